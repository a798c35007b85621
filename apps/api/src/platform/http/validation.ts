import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { listsOverTheirLimit } from './array-limits';
import { flatten, validationFailed } from './field-problems';
import { asValidationError, textProblems } from './text-fields';
import { rememberValidationRules } from './validation-rules-cache';

/** Deeper bodies are refused before validation, whose recursion would overflow the stack. */
const MAX_BODY_DEPTH = 32;

/** Iterative, so that the check itself cannot overflow the stack. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Refuses a body nested deeper than 32 levels with a 400, before anything walks it recursively
 * (validation, or CommandIdempotency's hash of the request).
 */
export function refuseDeepBody(body: unknown): void {
  if (!nestedDeeperThan(body, MAX_BODY_DEPTH)) return;
  throw validationFailed([
    { field: 'body', rules: { maxDepth: `at most ${MAX_BODY_DEPTH} levels of nesting` } },
  ]);
}

/**
 * The rules every request (body and query alike) passes before its own: nesting depth, list
 * sizes checked before any element, and well-formed text in every string field.
 */
class BoundedValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // A command whose fields are all optional may come without a body: read it as {}.
    if (metadata.type === 'body' && value === undefined) return this.transform({}, metadata);
    if (metadata.type === 'body') refuseDeepBody(value);
    const type = metadata.metatype;
    if ((metadata.type === 'body' || metadata.type === 'query') && type) {
      const tooLong = listsOverTheirLimit(value, type);
      if (tooLong.length > 0) throw validationFailed(tooLong);
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }

  protected override async validate(
    object: object,
    validatorOptions?: ValidatorOptions,
  ): Promise<ValidationError[]> {
    const errors = await super.validate(object, validatorOptions);
    return [...errors, ...textProblems(object).map(asValidationError)];
  }
}

/** Whitelisting, unknown properties forbidden, and a 400 that lists every bad field. */
export function validationPipe(): ValidationPipe {
  rememberValidationRules();
  return new BoundedValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(flatten(errors)),
  });
}

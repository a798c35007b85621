import {
  type ArgumentMetadata,
  BadRequestException,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';

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
 * (validation, or the idempotency interceptor's hash of the request).
 */
export function refuseDeepBody(body: unknown): void {
  if (!nestedDeeperThan(body, MAX_BODY_DEPTH)) return;
  throw new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'VALIDATION_FAILED',
    message: 'Invalid request: body',
    fields: [{ field: 'body', rules: { maxDepth: `at most ${MAX_BODY_DEPTH} levels of nesting` } }],
  });
}

class BoundedValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // A command whose fields are all optional may come without a body: read it as {}.
    if (metadata.type === 'body' && value === undefined) return super.transform({}, metadata);
    if (metadata.type === 'body') refuseDeepBody(value);
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

export interface FieldProblem {
  /** Dotted path of the field, e.g. `subjects.0.cadreId`. */
  field: string;
  /** Each broken rule with its message, e.g. { isUUID: 'cadreId must be a UUID' }. */
  rules: Record<string, string>;
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, rules: error.constraints }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelisting, unknown properties forbidden, and a 400 that lists every bad field. */
export function validationPipe(): ValidationPipe {
  return new BoundedValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
        message: `Invalid request: ${fields.map((problem) => problem.field).join(', ')}`,
        fields,
      });
    },
  });
}

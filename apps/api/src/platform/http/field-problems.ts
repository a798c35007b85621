import { BadRequestException, type ValidationError } from '@nestjs/common';

export interface FieldProblem {
  /** Dotted path of the field, e.g. `subjects.0.cadreId`. */
  field: string;
  /** Each broken rule with its message, e.g. { isUUID: 'cadreId must be a UUID' }. */
  rules: Record<string, string>;
}

/**
 * The most fields one 400 lists. A body of thousands of bad elements would otherwise answer
 * hundreds of kilobytes and cost the server more than the request did; the rest are counted.
 */
export const MAX_FIELD_PROBLEMS = 50;

/** class-validator's tree of errors as one problem per field, rules of a field merged. */
export function flatten(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  const problems = errors.flatMap((error): FieldProblem[] => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, rules: error.constraints }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
  return merged(problems);
}

/** One entry per field, in the order each field first appears. */
export function merged(problems: readonly FieldProblem[]): FieldProblem[] {
  const byField = new Map<string, Record<string, string>>();
  for (const { field, rules } of problems) {
    byField.set(field, { ...byField.get(field), ...rules });
  }
  return [...byField].map(([field, rules]) => ({ field, rules }));
}

/** The 400 every refused request answers: which fields, which rules, at most a bounded list. */
export function validationFailed(problems: readonly FieldProblem[]): BadRequestException {
  const fields = problems.slice(0, MAX_FIELD_PROBLEMS);
  const omitted = problems.length - fields.length;
  const names = fields.map((problem) => problem.field).join(', ');
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'VALIDATION_FAILED',
    message: `Invalid request: ${names}${omitted > 0 ? ` and ${omitted} more` : ''}`,
    fields,
    ...(omitted > 0 ? { omittedFields: omitted } : {}),
  });
}

/**
 * The 400 of a malformed request header (`Idempotency-Key`, `X-Correlation-Id`, `If-Match`): the
 * same answer as a refused field, with a message that says the header's form.
 */
export function headerMalformed(
  header: string,
  message: string,
  rule: Record<string, string>,
): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'VALIDATION_FAILED',
    message,
    fields: [{ field: header, rules: rule }],
  });
}

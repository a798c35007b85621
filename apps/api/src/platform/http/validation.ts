import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

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
  return new ValidationPipe({
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

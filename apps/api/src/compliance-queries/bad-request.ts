import { BadRequestException } from '@nestjs/common';

/** A 400 shaped like the validation pipe's, naming the one field and the rule it breaks. */
export function badField(field: string, rule: string, message: string): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'VALIDATION_FAILED',
    message: `Invalid request: ${field}`,
    fields: [{ field, rules: { [rule]: message } }],
  });
}

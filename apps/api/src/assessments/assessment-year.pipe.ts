import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/**
 * The `:year` of an assessment path: a whole number from 2000 to 2100, else a 400 shaped like the
 * body validation's, naming the field. Whether the year has begun is the domain's rule (422).
 */
@Injectable()
export class AssessmentYearPipe implements PipeTransform<string, number> {
  /** What the OpenAPI document says of the parameter. */
  static readonly openApi = {
    type: 'integer',
    minimum: FIRST_YEAR,
    maximum: LAST_YEAR,
  } as const;

  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR) return year;
    const message = `year must be a whole number from ${FIRST_YEAR} to ${LAST_YEAR}`;
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      code: 'VALIDATION_FAILED',
      message: 'Invalid request: year',
      fields: [{ field: 'year', rules: { isYear: message } }],
    });
  }
}

import { Injectable, type PipeTransform, applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { badField } from './bad-request';

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
const YEAR_RULE = `year must be a whole number from ${FIRST_YEAR} to ${LAST_YEAR}`;

/** `year` of a query string: a whole number from 2000 to 2100. */
export const YearField = () =>
  applyDecorators(
    ApiProperty({ minimum: FIRST_YEAR, maximum: LAST_YEAR, example: 2026 }),
    Type(() => Number),
    IsInt({ message: YEAR_RULE }),
    Min(FIRST_YEAR, { message: YEAR_RULE }),
    Max(LAST_YEAR, { message: YEAR_RULE }),
  );

/** An optional `year` of a query string: the same rule when given. */
export const OptionalYearField = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ minimum: FIRST_YEAR, maximum: LAST_YEAR, example: 2026, description }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message: YEAR_RULE }),
    Min(FIRST_YEAR, { message: YEAR_RULE }),
    Max(LAST_YEAR, { message: YEAR_RULE }),
  );

/** `:year` of a path: the same rule, the same 400. */
@Injectable()
export class ComplianceYearPipe implements PipeTransform<string, number> {
  /** What the OpenAPI document says of the parameter. */
  static readonly openApi = {
    type: 'integer',
    minimum: FIRST_YEAR,
    maximum: LAST_YEAR,
  } as const;

  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
    if (year >= FIRST_YEAR && year <= LAST_YEAR) return year;
    throw badField('year', 'isYear', YEAR_RULE);
  }
}

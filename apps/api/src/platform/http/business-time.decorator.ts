import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { isBusinessTime } from '@dutyledger/domain';
import { IsOptional, ValidateBy, type ValidationOptions } from 'class-validator';
import { documentRule } from './openapi/rule-schemas';

/** The shape of a business time, for OpenAPI: a day, or a date-time with its zone. */
export const BUSINESS_TIME_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$';

documentRule('isBusinessTime', () => ({ type: 'string', pattern: BUSINESS_TIME_PATTERN }));

/**
 * A business time as the domain accepts it: a real day (`2026-03-01`, read in the jurisdiction's
 * time zone) or a date-time with its zone. Checked here so that a zone-less time is a 400 naming
 * the field, not a 422.
 */
export const BusinessTime = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isBusinessTime',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isBusinessTime(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must be an ISO-8601 date, or a date-time with its zone (e.g. 2026-03-01T08:00:00+08:00)`,
      },
    },
    options,
  );

const BUSINESS_TIME_RULE =
  'Business time: a date (2026-03-01, the start of that day in DUTYLEDGER_TIME_ZONE) or a ' +
  'date-time with its zone (2026-03-01T08:00:00+08:00); never later than now. ';

/** When the fact happened; the request time when omitted. */
export const OccurredAt = (what: string) =>
  applyDecorators(
    ApiPropertyOptional({
      example: '2026-03-01T08:00:00+08:00',
      format: 'date-time',
      description: `${what}. ${BUSINESS_TIME_RULE}The request time when omitted.`,
    }),
    IsOptional(),
    BusinessTime(),
  );

/** When an organisation change took effect; the request time when omitted. */
export const EffectiveFrom = (what: string) =>
  applyDecorators(
    ApiPropertyOptional({
      example: '2024-01-01',
      format: 'date-time',
      description: `${what}. ${BUSINESS_TIME_RULE}The request time when omitted.`,
    }),
    IsOptional(),
    BusinessTime(),
  );

import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { UUID_V4_PATTERN } from './openapi/rule-schemas';

/**
 * A path id that must be a UUID v4; otherwise a 400 naming the parameter, like a bad body field.
 * The OpenAPI document says so.
 */
export const UuidParam =
  (name: string): ParameterDecorator =>
  (target, method, index) => {
    Param(
      name,
      new ParseUUIDPipe({
        version: '4',
        exceptionFactory: () =>
          new BadRequestException({
            statusCode: 400,
            error: 'Bad Request',
            code: 'VALIDATION_FAILED',
            message: `Invalid request: ${name}`,
            fields: [{ field: name, rules: { isUuid: `${name} must be a UUID (version 4)` } }],
          }),
      }),
    )(target, method, index);
    if (method === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, method);
    if (descriptor === undefined) return;
    ApiParam({
      name,
      schema: { type: 'string', format: 'uuid', pattern: UUID_V4_PATTERN, maxLength: 36 },
    })(target, method, descriptor);
  };

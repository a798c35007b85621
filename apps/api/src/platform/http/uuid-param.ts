import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

/** A path id that must be a UUID v4; otherwise a 400 naming the parameter, like a bad body field. */
export const UuidParam = (name: string) =>
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
  );

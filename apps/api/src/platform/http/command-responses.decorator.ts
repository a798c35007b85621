import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

/** The answers every command endpoint can give, for OpenAPI. */
export const CommandResponses = () =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Retry safely: same key, same answer',
    }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'Expected stream revision; 409 if it moved',
    }),
    ApiHeader({ name: 'X-Correlation-Id', required: false }),
    ApiCreatedResponse({ description: '{ id, revision, position }' }),
    ApiBadRequestResponse({ description: 'VALIDATION_FAILED: every bad field with its rules' }),
    ApiUnauthorizedResponse({ description: 'No, malformed or expired bearer token' }),
    ApiForbiddenResponse({ description: 'The role may not issue this command' }),
    ApiNotFoundResponse({ description: 'A referenced id does not exist' }),
    ApiConflictResponse({
      description: 'CONCURRENT_CHANGE: the stream moved (If-Match or lost races)',
    }),
    ApiGoneResponse({
      description: 'STREAM_DELETED: an operator deleted the stream; it is never written again',
    }),
    ApiUnprocessableEntityResponse({
      description: 'A domain rule was broken: its code and message',
    }),
  );

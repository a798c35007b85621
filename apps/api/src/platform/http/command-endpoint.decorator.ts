import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiProperty,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { IdempotentCommand } from '../idempotency/idempotent-command.decorator';

/** What a command answers (CommandResult), as the OpenAPI document describes it. */
export class CommandAnswer {
  @ApiProperty({ description: 'The id the command acted on' })
  id!: string;

  @ApiProperty({
    pattern: '^-?\\d{1,19}$',
    example: '3',
    description: 'The stream revision after the command: send it back in If-Match',
  })
  revision!: string;

  @ApiProperty({
    pattern: '^\\d{1,19}$',
    example: '143',
    description: 'The global position of its last event: GET /projections?until= it',
  })
  position!: string;
}

/**
 * What every command endpoint shares: `Idempotency-Key` (IdempotentCommand, on command routes
 * only: reads have no use for it), and the answers and headers it can give and take, for OpenAPI.
 */
export const CommandEndpoint = () =>
  applyDecorators(
    // First: it wraps the handler, and the decorators after it describe the wrapper.
    IdempotentCommand(),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Retry safely: same key, same answer',
      schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{8,100}$' },
    }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'Expected stream revision; 409 if it moved',
      schema: { type: 'string', pattern: '^(?:W/)?"?\\d{1,18}"?$', example: '"3"' },
    }),
    ApiHeader({
      name: 'X-Correlation-Id',
      required: false,
      description: 'Carried into every event the request causes (generated when absent)',
      schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,100}$' },
    }),
    ApiCreatedResponse({ type: CommandAnswer, description: 'The command was recorded' }),
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
      description: 'A domain rule was broken (or an Idempotency-Key reused): its code and message',
    }),
  );

import {
  MaxAppendSizeExceededError,
  RequiredMetadataPropertyMissingError,
  StreamDeletedError,
  StreamNotFoundError as ClientStreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { ExpectedRevision } from '../port/event-store.port';
import {
  InvalidAppendError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '../port/errors';

/** gRPC status code 3; the store rejected the request itself, not its timing. */
const GRPC_INVALID_ARGUMENT = 3;

/** Translates a client error raised by an append into the port's errors; others pass through. */
export function appendError(error: unknown, stream: string, expected: ExpectedRevision): unknown {
  if (error instanceof WrongExpectedVersionError) {
    return new WrongExpectedRevisionError(stream, expected, error.actualVersion);
  }
  if (error instanceof MaxAppendSizeExceededError) {
    return new InvalidAppendError(
      `The batch for ${stream} is larger than EventStoreDB's maximum append size of ${error.maxAppendSize} bytes`,
    );
  }
  if (error instanceof RequiredMetadataPropertyMissingError) {
    return new InvalidAppendError(
      `EventStoreDB requires ${error.requiredMetadataProperties.join(', ')} on every event`,
    );
  }
  if (error instanceof StreamDeletedError) {
    return new InvalidAppendError(`Stream ${stream} was deleted and cannot be written again`);
  }
  if (error instanceof Error && 'code' in error && error.code === GRPC_INVALID_ARGUMENT) {
    return new InvalidAppendError(`EventStoreDB refused the batch for ${stream}: ${error.message}`);
  }
  return error;
}

/** Translates a client error raised by a stream read into the port's errors. */
export function readError(error: unknown, stream: string): unknown {
  if (error instanceof ClientStreamNotFoundError || error instanceof StreamDeletedError) {
    return new StreamNotFoundError(stream);
  }
  return error;
}

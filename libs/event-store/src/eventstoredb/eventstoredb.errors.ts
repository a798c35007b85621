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
  streamNotFound,
  StreamTombstonedError,
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
  // The adapter never sends `stream_exists`, so the server says this of tombstoned streams only.
  if (error instanceof StreamDeletedError) return new StreamTombstonedError(stream);
  if (error instanceof Error && 'code' in error && error.code === GRPC_INVALID_ARGUMENT) {
    return new InvalidAppendError(`EventStoreDB refused the batch for ${stream}: ${error.message}`);
  }
  return error;
}

/** Translates a client error raised by a stream read into the port's errors. */
export function readError(error: unknown, stream: string): unknown {
  if (error instanceof ClientStreamNotFoundError) return streamNotFound(stream);
  if (error instanceof StreamDeletedError) return new StreamTombstonedError(stream);
  return error;
}

/** Translates a client error raised by a delete or a tombstone into the port's errors. */
export function deleteError(error: unknown, stream: string, expected: ExpectedRevision): unknown {
  if (error instanceof WrongExpectedVersionError) {
    // Over a delete the server sends the actual version as a signed number: -1 is no stream.
    const actual = error.actualVersion;
    return new WrongExpectedRevisionError(
      stream,
      expected,
      actual === 'no_stream' || actual < 0n ? 'no_stream' : actual,
    );
  }
  if (error instanceof StreamDeletedError) return new StreamTombstonedError(stream);
  return error;
}

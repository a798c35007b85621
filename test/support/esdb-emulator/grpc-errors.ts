/**
 * Call failures carried in status + trailers. The client reads the `exception` trailer first and
 * the status code second, and its error constructors read further trailers without checking, so
 * every trailer an error class reads is always set.
 */
import { Metadata, status, type ServerErrorResponse } from '@grpc/grpc-js';
import type { CurrentRevision, ExpectedRevision } from './expected-revision';

export type GrpcFailure = ServerErrorResponse & {
  code: status;
  details: string;
  metadata: Metadata;
};

export function grpcFailure(
  code: status,
  details: string,
  trailers: Record<string, string> = {},
): GrpcFailure {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(trailers)) metadata.set(key, value);
  return Object.assign(new Error(details), { code, details, metadata });
}

export const invalidArgument = (details: string): GrpcFailure =>
  grpcFailure(status.INVALID_ARGUMENT, details);

export const missingRequiredMetadata = (): GrpcFailure =>
  grpcFailure(status.INVALID_ARGUMENT, 'Missing required metadata properties: type, content-type', {
    exception: 'missing-required-metadata-property',
    'required-metadata-properties': 'type,content-type',
  });

export const maximumAppendSizeExceeded = (maxAppendSize: number): GrpcFailure =>
  grpcFailure(status.INVALID_ARGUMENT, `Maximum Append Size of ${maxAppendSize} Exceeded.`, {
    exception: 'maximum-append-size-exceeded',
    'maximum-append-size': String(maxAppendSize),
  });

/** A tombstoned stream (or its metastream): the client's StreamDeletedError. */
export const streamDeleted = (streamName: string): GrpcFailure =>
  grpcFailure(status.FAILED_PRECONDITION, `Event stream '${streamName}' is deleted.`, {
    exception: 'stream-deleted',
    'stream-name': streamName,
  });

/**
 * A delete or tombstone whose expected revision does not hold. The versions travel as the
 * server's signed numbers: -1 no stream, -2 any, -4 stream exists.
 */
export const deleteWrongExpectedVersion = (
  streamName: string,
  expected: ExpectedRevision,
  current: CurrentRevision,
): GrpcFailure => {
  const expectedVersion = expected.kind === 'revision' ? expected.revision : SIGNED[expected.kind];
  const actualVersion = current === 'no_stream' ? -1n : current;
  return grpcFailure(
    status.FAILED_PRECONDITION,
    `Delete failed due to WrongExpectedVersion. Stream: ${streamName}, Expected version: ${expectedVersion}, Actual version: ${actualVersion}`,
    {
      exception: 'wrong-expected-version',
      'stream-name': streamName,
      'expected-version': String(expectedVersion),
      'actual-version': String(actualVersion),
    },
  );
};

const SIGNED = { no_stream: -1n, any: -2n, stream_exists: -4n } as const;

/** The server is shutting down: the client's UnavailableError. */
export const goingAway = (): GrpcFailure =>
  grpcFailure(status.UNAVAILABLE, 'Server is shutting down');

/** A bug in the emulator: the call fails with INTERNAL so that the client never hangs on it. */
export const emulatorFault = (error: unknown): GrpcFailure =>
  grpcFailure(
    status.INTERNAL,
    `EventStoreDB emulator fault: ${error instanceof Error ? error.message : String(error)}`,
  );

/** Thrown while decoding a request that breaks the protocol; becomes INVALID_ARGUMENT. */
export class InvalidRequest extends Error {
  override readonly name = 'InvalidRequest';
}

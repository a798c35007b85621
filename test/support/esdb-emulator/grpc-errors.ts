/**
 * Call failures carried in status + trailers. The client reads the `exception` trailer first and
 * the status code second, and its error constructors read further trailers without checking, so
 * every trailer an error class reads is always set.
 */
import { Metadata, status, type ServerErrorResponse } from '@grpc/grpc-js';

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

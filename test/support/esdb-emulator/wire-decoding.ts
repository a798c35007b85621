/** Decoding of request fields shared by Append, BatchAppend and Read. Throws InvalidRequest. */
import { InvalidRequest } from './grpc-errors';
import { StreamIdentifier } from './proto';

const UINT64 = /^\d{1,20}$/;
const UINT64_MAX = 2n ** 64n - 1n;

/** uint64 fields travel as decimal strings; they stay BigInt from here on. */
export function parseUint64(text: string, field: string): bigint {
  const value = UINT64.test(text) ? BigInt(text) : -1n;
  if (value < 0n || value > UINT64_MAX)
    throw new InvalidRequest(`${field} is not a uint64: ${text}`);
  return value;
}

export function decodeStreamName(identifier: StreamIdentifier | undefined): string {
  const name = Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
  if (name.length === 0) throw new InvalidRequest('The stream name must not be empty');
  return name;
}

export function encodeStreamName(streamName: string): StreamIdentifier {
  return new StreamIdentifier().setStreamName(new Uint8Array(Buffer.from(streamName, 'utf8')));
}

/**
 * Stream metadata as a server applies it to stream reads: the last `$metadata` event of the
 * metastream `$$name` carries `$tb` (truncate before), `$maxCount` and `$maxAge` (seconds).
 * `$all` reads ignore them (a real server drops such events from `$all` only when it scavenges).
 */
import type { RecordedEvent } from './recorded-event';

/** `$tb` of a soft-deleted stream, and the revision of a tombstone: long.MaxValue. */
export const DELETED_STREAM = 2n ** 63n - 1n;

export const METADATA_EVENT_TYPE = '$metadata';
export const TOMBSTONE_EVENT_TYPE = '$streamDeleted';

export interface StreamMetadata {
  readonly truncateBefore?: bigint;
  readonly maxCount?: bigint;
  /** Seconds. */
  readonly maxAge?: bigint;
}

/** A metastream keeps only its last event, as a server's default metastream metadata says. */
const METASTREAM_METADATA: StreamMetadata = { maxCount: 1n };

export const isMetastream = (streamName: string) => streamName.startsWith('$$');
export const metastreamOf = (streamName: string) => `$$${streamName}`;
export const originalStreamOf = (metastream: string) => metastream.slice(2);

const TICKS_PER_SECOND = 10_000_000n;

/**
 * Reads the three keys from the raw JSON text: `$tb` of a deleted stream is 2^63 - 1, which a
 * JavaScript number cannot hold exactly, so the digits are read as they stand.
 */
export function parseStreamMetadata(data: Uint8Array | undefined): StreamMetadata {
  if (data === undefined) return {};
  const text = Buffer.from(data).toString('utf8');
  const read = (key: string) => {
    const match = new RegExp(`"\\$${key}"\\s*:\\s*(\\d{1,19})\\b`).exec(text);
    return match?.[1] === undefined ? undefined : BigInt(match[1]);
  };
  return { truncateBefore: read('tb'), maxCount: read('maxCount'), maxAge: read('maxAge') };
}

/** The metadata that applies to reads of `streamName`, given its metastream's events. */
export function metadataFor(
  streamName: string,
  metastreamEvents: readonly RecordedEvent[] | undefined,
): StreamMetadata {
  if (isMetastream(streamName)) return METASTREAM_METADATA;
  const last = metastreamEvents?.at(-1);
  return last?.type === METADATA_EVENT_TYPE ? parseStreamMetadata(last.data) : {};
}

export const isSoftDeleted = (metadata: StreamMetadata) =>
  metadata.truncateBefore !== undefined && metadata.truncateBefore >= DELETED_STREAM;

/** Which events of a stream a read may return: not truncated, within `$maxCount`, not expired. */
export function visibility(
  length: number,
  metadata: StreamMetadata,
  nowTicks: bigint,
): (event: RecordedEvent) => boolean {
  const last = BigInt(length - 1);
  let first = 0n;
  if (metadata.maxCount !== undefined) first = max(first, last - metadata.maxCount + 1n);
  if (metadata.truncateBefore !== undefined) first = max(first, metadata.truncateBefore);
  const oldest =
    metadata.maxAge === undefined ? undefined : nowTicks - metadata.maxAge * TICKS_PER_SECOND;
  return (event) => event.revision >= first && (oldest === undefined || event.created >= oldest);
}

/** Metadata that undeletes a soft-deleted stream: its other keys kept, `$tb` at `from`. */
export function undeletedMetadata(data: Uint8Array | undefined, from: bigint): Uint8Array {
  const text = data === undefined ? '{}' : Buffer.from(data).toString('utf8');
  const replaced = /"\$tb"\s*:\s*\d+/.test(text)
    ? text.replace(/"\$tb"\s*:\s*\d+/, `"$tb":${from}`)
    : text.replace(/^\s*\{/, `{"$tb":${from}${text.trim() === '{}' ? '' : ','}`);
  return new Uint8Array(Buffer.from(replaced, 'utf8'));
}

export function deletedMetadata(): Uint8Array {
  return new Uint8Array(Buffer.from(`{"$tb":${DELETED_STREAM}}`, 'utf8'));
}

const max = (a: bigint, b: bigint) => (a > b ? a : b);

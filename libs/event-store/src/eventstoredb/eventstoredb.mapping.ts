import type { JSONEventData, Position, RecordedEvent as StoredEvent } from '@eventstore/db-client';
import type { EventMetadata, ProposedEvent, RecordedEvent } from '../port/envelope';
import { UnreadableEventError } from '../port/errors';
import { asLogPosition, type LogPosition } from '../port/log-position';

/**
 * Positions are kept as the server gives them: the port's `position` is the $all commit position
 * and `preparePosition` the prepare position when it differs (events committed together by a
 * commit record share the commit). A bare port position P is `{ commit: P, prepare: P }`.
 */
export function allPosition(position: bigint | LogPosition): Position {
  const { commit, prepare } = asLogPosition(position);
  return { commit, prepare };
}

/** The hash-chain link computed for an event before it is written, and the scheme that hashed it. */
export interface ChainLink {
  hash: string;
  previousHash: string;
  hashScheme: number;
}

export { UnreadableEventError };

/** An event in EventStoreDB that is not a DutyLedger envelope (foreign writer, binary, damaged). */
function unreadable(
  event: Pick<StoredEvent, 'streamId' | 'revision' | 'id' | 'position'>,
  reason: string,
  commitPosition?: bigint,
): UnreadableEventError {
  const position = event.position?.commit ?? commitPosition ?? -1n;
  return new UnreadableEventError(event.streamId, event.revision, position, event.id, reason);
}

/**
 * The stored form: type = port type, data = JSON of `data`, custom metadata = the envelope's
 * metadata plus `schemaVersion` and the hash chain, and `$correlationId`/`$causationId` so that
 * EventStoreDB's own tooling (projections, the UI) sees them.
 */
export function toEventData(event: ProposedEvent, link: ChainLink): JSONEventData {
  return {
    id: event.id,
    contentType: 'application/json',
    type: event.type,
    data: event.data,
    metadata: {
      schemaVersion: event.schemaVersion,
      ...event.metadata,
      hash: link.hash,
      previousHash: link.previousHash,
      hashScheme: link.hashScheme,
      $correlationId: event.metadata.correlationId,
      $causationId: event.metadata.causationId,
    },
  };
}

/**
 * Maps an event read from EventStoreDB back to exactly what was proposed plus its place and links.
 * `commitPosition` is the read's own position, used when the server (< 22.6) omits the event's.
 */
export function toRecordedEvent(stored: StoredEvent, commitPosition?: bigint): RecordedEvent {
  if (!stored.isJson || !isObject(stored.data)) {
    throw unreadable(stored, 'does not carry JSON object data', commitPosition);
  }
  if (!isObject(stored.metadata)) {
    throw unreadable(stored, 'does not carry JSON object metadata', commitPosition);
  }
  const {
    schemaVersion,
    hash,
    previousHash,
    hashScheme,
    $correlationId: _correlationId,
    $causationId: _causationId,
    ...metadata
  } = stored.metadata;
  if (typeof schemaVersion !== 'number' || typeof hash !== 'string') {
    throw unreadable(stored, 'has no schema version or hash', commitPosition);
  }
  if (hashScheme !== undefined && typeof hashScheme !== 'number') {
    throw unreadable(stored, 'has a hash scheme that is not a number', commitPosition);
  }
  if (typeof previousHash !== 'string' || !isEventMetadata(metadata)) {
    throw unreadable(stored, 'has an incomplete envelope', commitPosition);
  }
  const position = stored.position?.commit ?? commitPosition;
  if (position === undefined) {
    throw unreadable(
      stored,
      'was read without a position (server older than 22.6)',
      commitPosition,
    );
  }
  const prepare = stored.position?.prepare;
  return {
    ...(prepare !== undefined && prepare !== position ? { preparePosition: prepare } : {}),
    id: stored.id,
    type: stored.type,
    schemaVersion,
    data: stored.data,
    metadata,
    stream: stored.streamId,
    revision: stored.revision,
    position,
    hash,
    previousHash,
    ...(hashScheme === undefined ? {} : { hashScheme }),
  };
}

/** EventStoreDB's own events: a `$` type (links, metadata, tombstones) or a `$` stream. */
export function isSystemEvent(stored: Pick<StoredEvent, 'streamId' | 'type'>): boolean {
  return stored.type.startsWith('$') || stored.streamId.startsWith('$');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEventMetadata(
  value: Record<string, unknown>,
): value is Record<string, unknown> & EventMetadata {
  const { actor } = value;
  return (
    isObject(actor) &&
    typeof actor.id === 'string' &&
    typeof actor.role === 'string' &&
    ['correlationId', 'causationId', 'occurredAt', 'recordedAt'].every(
      (key) => typeof value[key] === 'string',
    )
  );
}

import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  StreamNotFoundError as ClientStreamNotFoundError,
  type ReadRevision,
  type ResolvedEvent,
  type StreamingRead,
} from '@eventstore/db-client';
import type { RecordedEvent } from '../port/envelope';
import type { Direction, ReadStreamOptions } from '../port/event-store.port';
import { streamNotFound } from '../port/errors';
import type { EsdbClient } from './eventstoredb.client';
import { readError } from './eventstoredb.errors';
import { toRecordedEvent } from './eventstoredb.mapping';

export async function readStreamEvents(
  client: EsdbClient,
  stream: string,
  options: ReadStreamOptions,
): Promise<RecordedEvent[]> {
  const direction = options.direction ?? 'forwards';
  const events = await readStreamIfAny(client, stream, {
    direction,
    fromRevision: options.fromRevision ?? (direction === 'forwards' ? START : END),
    maxCount: options.maxCount,
  });
  if (!events) throw streamNotFound(stream);
  return events;
}

/**
 * The last `count` events of a stream (or those at and before `from`), newest first, read from
 * the leader because an append will be chained onto them; undefined when the stream does not exist.
 */
export function readBackwards(
  client: EsdbClient,
  stream: string,
  from: bigint | typeof END,
  count: number,
): Promise<RecordedEvent[] | undefined> {
  return readStreamIfAny(client, stream, {
    direction: 'backwards',
    fromRevision: from,
    maxCount: count,
    requiresLeader: true,
  });
}

async function readStreamIfAny(
  client: EsdbClient,
  stream: string,
  options: {
    direction: Direction;
    fromRevision: ReadRevision;
    maxCount: number | undefined;
    requiresLeader?: boolean;
  },
): Promise<RecordedEvent[] | undefined> {
  const events: RecordedEvent[] = [];
  try {
    const read = client.readStream(stream, {
      ...options,
      direction: options.direction === 'forwards' ? FORWARDS : BACKWARDS,
    });
    for await (const resolved of drain<ResolvedEvent>(read)) {
      if (resolved.event) events.push(toRecordedEvent(resolved.event, resolved.commitPosition));
    }
  } catch (error) {
    if (error instanceof ClientStreamNotFoundError) return undefined;
    throw readError(error, stream);
  }
  return events;
}

/** Iterates a client read, cancelling the gRPC call when the loop stops early. */
export async function* drain<E>(read: StreamingRead<E>): AsyncGenerator<E> {
  let finished = false;
  try {
    for await (const item of read as AsyncIterable<E>) yield item;
    finished = true;
  } finally {
    if (!finished) await read.cancel();
  }
}

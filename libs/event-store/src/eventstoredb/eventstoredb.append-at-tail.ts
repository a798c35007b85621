import { END } from '@eventstore/db-client';
import type { ProposedEvent, RecordedEvent } from '../port/envelope';
import type { AppendResult } from '../port/event-store.port';
import { WrongExpectedRevisionError } from '../port/errors';
import type { EsdbClient } from './eventstoredb.client';
import { chainedWrite } from './eventstoredb.chained-write';
import { refuseIfSoftDeleted } from './eventstoredb.deletion';
import { readBackwards } from './eventstoredb.read-stream';

/**
 * With `any`/`stream_exists`, a batch counts as already written when its first id is among the
 * stream's last `batch size + TAIL_LOOKBACK` events; a batch buried deeper is appended again.
 */
export const TAIL_LOOKBACK = 32;

/** How often `any`/`stream_exists` try to append after the tail they read before giving up. */
export const MAX_TAIL_ATTEMPTS = 25;

/** Upper bound of the random pause after a lost race, so that contenders fall out of step. */
const MAX_BACKOFF_MS = 100;

/**
 * `any`/`stream_exists`: chain onto the stream's last event and append with its exact revision.
 * Losing a race to another writer is not the caller's concern here (they asked for no particular
 * revision), so the tail is re-read and the append retried after a short random pause, up to
 * MAX_TAIL_ATTEMPTS times; only then does the conflict surface as WrongExpectedRevisionError.
 */
export async function appendAtTail(
  client: EsdbClient,
  stream: string,
  events: readonly ProposedEvent[],
  expected: 'any' | 'stream_exists',
): Promise<AppendResult> {
  let actual: bigint | 'no_stream' = 'no_stream';
  for (let attempt = 1; attempt <= MAX_TAIL_ATTEMPTS; attempt++) {
    const tail = await readBackwards(client, stream, END, events.length + TAIL_LOOKBACK);
    const last = tail?.[0];
    actual = last?.revision ?? 'no_stream';
    if (!last && expected === 'stream_exists') {
      await refuseIfSoftDeleted(client, stream);
      throw new WrongExpectedRevisionError(stream, expected, actual);
    }
    const written = tail ? alreadyWritten(tail, events) : 'no';
    if (written === 'partly') throw new WrongExpectedRevisionError(stream, expected, actual);
    if (written !== 'no') {
      return { nextExpectedRevision: written.revision, position: written.position };
    }
    try {
      return await chainedWrite(client, stream, events, last, expected);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      actual = error.actual;
    }
    if (attempt < MAX_TAIL_ATTEMPTS) {
      await pause(Math.random() * Math.min(MAX_BACKOFF_MS, 2 ** attempt));
    }
  }
  throw new WrongExpectedRevisionError(stream, expected, actual);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * EventStoreDB's rule for `any`: the batch's first id in the stream and all the others right
 * after it -> already written (answers its last event); only some of them -> `partly`.
 */
function alreadyWritten(
  tailNewestFirst: readonly RecordedEvent[],
  events: readonly ProposedEvent[],
): RecordedEvent | 'partly' | 'no' {
  const stored = [...tailNewestFirst].reverse();
  const start = stored.findIndex((event) => sameId(event.id, events[0]?.id));
  if (start < 0) return 'no';
  let matched: RecordedEvent | undefined;
  for (const [index, event] of events.entries()) {
    matched = stored[start + index];
    if (!matched || !sameId(matched.id, event.id)) return 'partly';
  }
  return matched ?? 'partly';
}

function sameId(a: string, b: string | undefined): boolean {
  return b !== undefined && a.toLowerCase() === b.toLowerCase();
}

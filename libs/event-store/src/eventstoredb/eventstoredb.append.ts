import { END } from '@eventstore/db-client';
import type { ProposedEvent } from '../port/envelope';
import type { AppendResult, ExpectedRevision } from '../port/event-store.port';
import { InvalidAppendError, WrongExpectedRevisionError } from '../port/errors';
import { appendAtTail } from './eventstoredb.append-at-tail';
import { chainedWrite } from './eventstoredb.chained-write';
import type { EsdbClient } from './eventstoredb.client';
import { refuseIfSoftDeleted } from './eventstoredb.deletion';
import { readBackwards } from './eventstoredb.read-stream';

/** How often an exact-revision append looks for the event at R when the stream moves meanwhile. */
const MAX_LOOKS = 3;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Appends with the hash chain. Hashes depend on the exact revision each event will get and on the
 * hash of the event before it, so every append is sent with an exact expected revision (or
 * `no_stream`) after reading the event it chains onto; the server's check then guarantees that
 * what was read is still the predecessor.
 */
export async function appendEvents(
  client: EsdbClient,
  stream: string,
  events: readonly ProposedEvent[],
  expected: ExpectedRevision,
): Promise<AppendResult> {
  checkBatch(stream, events);
  if (events.length === 0) return appendNothing(client, stream, expected);
  if (expected === 'any' || expected === 'stream_exists') {
    return appendAtTail(client, stream, events, expected);
  }
  // -1n is what an append of nothing answers for a missing stream: the same as `no_stream`.
  if (expected === 'no_stream' || expected === -1n) {
    return chainedWrite(client, stream, events, undefined, expected);
  }
  if (expected < -1n) throw new InvalidAppendError(`Expected revision ${expected} is negative`);
  return appendAfter(client, stream, events, expected);
}

/**
 * Exact revision R: chain onto the event at R. When R is below the current revision the server
 * decides: the same ids already stand after R -> it writes nothing and answers the original
 * result (the hashes computed here are then discarded with the rest of the request; the stored
 * chain is untouched); other ids -> wrong expected revision.
 */
async function appendAfter(
  client: EsdbClient,
  stream: string,
  events: readonly ProposedEvent[],
  expected: bigint,
): Promise<AppendResult> {
  for (let attempt = 1; ; attempt++) {
    const found = await readBackwards(client, stream, expected, 1);
    if (!found) {
      await refuseIfSoftDeleted(client, stream);
      throw new WrongExpectedRevisionError(stream, expected, 'no_stream');
    }
    const [atExpected] = found;
    if (atExpected?.revision === expected) {
      return chainedWrite(client, stream, events, atExpected, expected);
    }
    // No event at R: the stream is behind the writer. A backwards read from beyond the end
    // answers the last event; if it answered nothing, ask for the last event explicitly.
    const last = atExpected ?? (await readBackwards(client, stream, END, 1))?.[0];
    const actual = last?.revision ?? 'no_stream';
    if (actual === 'no_stream' || actual < expected || attempt >= MAX_LOOKS) {
      throw new WrongExpectedRevisionError(stream, expected, actual);
    }
    // The stream reached R between the two reads: look again.
  }
}

/** Zero events write nothing, but the expectation is still checked, as the SQLite store does. */
async function appendNothing(
  client: EsdbClient,
  stream: string,
  expected: ExpectedRevision,
): Promise<AppendResult> {
  const last = (await readBackwards(client, stream, END, 1))?.[0];
  if (!last) await refuseIfSoftDeleted(client, stream);
  const satisfied =
    expected === 'any' ||
    (expected === 'no_stream' && !last) ||
    (expected === 'stream_exists' && last !== undefined) ||
    (typeof expected === 'bigint' && last?.revision === expected);
  if (!satisfied) {
    throw new WrongExpectedRevisionError(stream, expected, last?.revision ?? 'no_stream');
  }
  return { nextExpectedRevision: last?.revision ?? -1n, position: 0n };
}

function checkBatch(stream: string, events: readonly ProposedEvent[]): void {
  if (stream.length === 0 || stream.length > 500 || stream.startsWith('$')) {
    throw new InvalidAppendError(
      `Stream name "${stream.slice(0, 50)}" must be 1 to 500 characters and not start with $`,
    );
  }
  for (const event of events) {
    if (!UUID.test(event.id)) {
      throw new InvalidAppendError(`Event id "${event.id.slice(0, 50)}" is not a UUID`);
    }
    if (event.type.length === 0 || event.type.startsWith('$')) {
      throw new InvalidAppendError(`Event type "${event.type}" must not be empty or start with $`);
    }
  }
}

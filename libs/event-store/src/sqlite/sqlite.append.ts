import type { Database } from 'better-sqlite3';
import type { ProposedEvent } from '../port/envelope';
import type { AppendResult, ExpectedRevision } from '../port/event-store.port';
import { InvalidAppendError, WrongExpectedRevisionError } from '../port/errors';
import { GENESIS_HASH, chainBatch } from '../integrity/hash-chain';
import { deletionOf, refuseDeleted } from './sqlite.deletion';
import { limitClause } from './sqlite.queries';
import { statement } from './sqlite.statements';

/**
 * EventStoreDB's limit on one append (data and metadata), kept here so that both stores accept
 * the same batches.
 */
export const MAX_APPEND_BYTES = 1024 * 1024;

interface Head {
  revision: bigint;
  hash: string;
}

type Plan =
  { kind: 'append'; head: Head | undefined } | { kind: 'already-written'; result: AppendResult };

/**
 * Appends inside the caller's write transaction. Follows EventStoreDB's rules for expected
 * revisions, including its idempotency: re-proposing ids that are already in place is a success
 * that writes nothing and answers what the first append answered.
 */
export function appendInTransaction(
  db: Database,
  stream: string,
  events: readonly ProposedEvent[],
  expected: ExpectedRevision,
): AppendResult {
  refuseDeleted(deletionOf(db, stream), stream);
  // Serialised once: the same text is measured against the size limit and stored.
  const texts = serialise(events);
  const head = statement<[string], { revision: number; hash: string }>(
    db,
    'SELECT revision, hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1',
  ).get(stream);
  const current = head ? { revision: BigInt(head.revision), hash: head.hash } : undefined;
  const plan = planAppend(db, stream, events, expected, current);
  if (plan.kind === 'already-written') return plan.result;
  if (events.length === 0) {
    return { nextExpectedRevision: current?.revision ?? -1n, position: 0n };
  }
  const firstRevision = (plan.head?.revision ?? -1n) + 1n;
  const links = chainBatch(stream, firstRevision, events, plan.head?.hash ?? GENESIS_HASH);
  const insert = statement(
    db,
    `INSERT INTO events (id, stream, revision, type, schema_version, data, metadata, hash, previous_hash, hash_scheme)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let position = 0n;
  events.forEach((event, index) => {
    const link = links[index];
    const text = texts[index];
    if (!link || !text) throw new Error('hash chain shorter than the batch');
    const info = insert.run(
      event.id,
      stream,
      firstRevision + BigInt(index),
      event.type,
      event.schemaVersion,
      text.data,
      text.metadata,
      link.hash,
      link.previousHash,
      link.hashScheme,
    );
    position = BigInt(info.lastInsertRowid);
  });
  return { nextExpectedRevision: firstRevision + BigInt(events.length - 1), position };
}

function planAppend(
  db: Database,
  stream: string,
  events: readonly ProposedEvent[],
  expected: ExpectedRevision,
  head: Head | undefined,
): Plan {
  const actual = head?.revision ?? 'no_stream';
  const wrong = () => new WrongExpectedRevisionError(stream, expected, actual);
  if (expected === 'any' || expected === 'stream_exists') {
    if (expected === 'stream_exists' && !head) throw wrong();
    const first = events[0];
    const found = first ? revisionOf(db, stream, first.id) : undefined;
    if (found === undefined) return { kind: 'append', head };
    return alreadyWritten(db, stream, events, found - 1n) ?? throwError(wrong());
  }
  const expectedRevision = expected === 'no_stream' ? -1n : expected;
  const currentRevision = head?.revision ?? -1n;
  if (expectedRevision === currentRevision) return { kind: 'append', head };
  if (expectedRevision < currentRevision && events.length > 0) {
    return alreadyWritten(db, stream, events, expectedRevision) ?? throwError(wrong());
  }
  throw wrong();
}

/** The batch is idempotent when its ids stand, in order, right after `after`. */
function alreadyWritten(
  db: Database,
  stream: string,
  events: readonly ProposedEvent[],
  after: bigint,
): Plan | undefined {
  const rows = statement<[string, bigint], { id: string; revision: number; position: number }>(
    db,
    'SELECT id, revision, position FROM events WHERE stream = ? AND revision > ? ORDER BY revision' +
      limitClause(events.length),
  ).all(stream, after);
  const same =
    rows.length === events.length && rows.every((row, index) => row.id === events[index]?.id);
  const last = rows.at(-1);
  if (!same || !last) return undefined;
  return {
    kind: 'already-written',
    result: { nextExpectedRevision: BigInt(last.revision), position: BigInt(last.position) },
  };
}

function revisionOf(db: Database, stream: string, id: string): bigint | undefined {
  const row = statement<[string, string], { revision: number }>(
    db,
    'SELECT revision FROM events WHERE stream = ? AND id = ?',
  ).get(stream, id);
  return row ? BigInt(row.revision) : undefined;
}

function throwError(error: Error): never {
  throw error;
}

/** The stored text of each event's data and metadata, refused when the batch is too large. */
function serialise(events: readonly ProposedEvent[]): { data: string; metadata: string }[] {
  let bytes = 0;
  const texts = events.map((event) => {
    const data = JSON.stringify(event.data);
    const metadata = JSON.stringify(event.metadata);
    bytes += Buffer.byteLength(data, 'utf8') + Buffer.byteLength(metadata, 'utf8');
    return { data, metadata };
  });
  if (bytes > MAX_APPEND_BYTES) {
    throw new InvalidAppendError(
      `The batch carries ${bytes} bytes of data and metadata; the most one append may carry is ${MAX_APPEND_BYTES}`,
    );
  }
  return texts;
}

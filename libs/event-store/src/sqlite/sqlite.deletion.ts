import type { Database } from 'better-sqlite3';
import { deletionExpected } from '../port/deletion-rules';
import {
  StreamDeletedError,
  StreamTombstonedError,
  WrongExpectedRevisionError,
} from '../port/errors';
import type { ExpectedRevision } from '../port/event-store.port';
import { statement } from './sqlite.statements';

/**
 * Deleted streams of the SQLite store, with EventStoreDB's meaning: a soft-deleted stream reads
 * as not found, a tombstoned one fails every read; neither is written again. Their events stay in
 * the log (`$all` keeps them, as EventStoreDB's does until it scavenges).
 */
export type Deletion = 'deleted' | 'tombstoned' | undefined;

export function prepareDeletionSchema(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS stream_deletions (
      stream TEXT PRIMARY KEY,
      tombstoned INTEGER NOT NULL
    );
  `);
}

/** Asked before every read and append of a stream: its statement is prepared once per connection. */
export function deletionOf(db: Database, stream: string): Deletion {
  const row = statement<[string], { tombstoned: number }>(
    db,
    'SELECT tombstoned FROM stream_deletions WHERE stream = ?',
  ).get(stream);
  if (row === undefined) return undefined;
  return row.tombstoned === 1 ? 'tombstoned' : 'deleted';
}

/** Throws the error of a deleted stream, if it is one. */
export function refuseDeleted(deletion: Deletion, stream: string): void {
  if (deletion === 'tombstoned') throw new StreamTombstonedError(stream);
  if (deletion === 'deleted') throw new StreamDeletedError(stream);
}

/** Soft delete, inside the caller's write transaction. */
export function deleteInTransaction(db: Database, stream: string, expected: ExpectedRevision) {
  refuseDeleted(deletionOf(db, stream), stream);
  const current = lastRevision(db, stream);
  if (current === 'no_stream' || !deletionExpected(expected, current)) {
    throw new WrongExpectedRevisionError(stream, expected, current);
  }
  db.prepare('INSERT INTO stream_deletions (stream, tombstoned) VALUES (?, 0)').run(stream);
}

/** Hard delete, inside the caller's write transaction. */
export function tombstoneInTransaction(db: Database, stream: string, expected: ExpectedRevision) {
  const deletion = deletionOf(db, stream);
  if (deletion === 'tombstoned') throw new StreamTombstonedError(stream);
  const current = deletion === 'deleted' ? 'no_stream' : lastRevision(db, stream);
  if (!deletionExpected(expected, current)) {
    throw new WrongExpectedRevisionError(stream, expected, current);
  }
  db.prepare(
    `INSERT INTO stream_deletions (stream, tombstoned) VALUES (?, 1)
     ON CONFLICT (stream) DO UPDATE SET tombstoned = 1`,
  ).run(stream);
}

function lastRevision(db: Database, stream: string): bigint | 'no_stream' {
  const row = db
    .prepare<[string], { revision: number | null }>(
      'SELECT MAX(revision) AS revision FROM events WHERE stream = ?',
    )
    .get(stream);
  return row?.revision === null || row?.revision === undefined ? 'no_stream' : BigInt(row.revision);
}

import Database from 'better-sqlite3';
import type { ProposedEvent } from '../port/envelope';
import {
  EventIdInUseError,
  InvalidAppendError,
  StreamDeletedError,
  StreamTombstonedError,
  WrongExpectedRevisionError,
} from '../port/errors';
import type { AppendResult, ExpectedRevision } from '../port/event-store.port';
import { appendInTransaction } from './sqlite.append';
import { statement } from './sqlite.statements';

export interface AppendRequest {
  stream: string;
  events: readonly ProposedEvent[];
  expected: ExpectedRevision;
}

/** An error as it crosses from the writer thread: plain data, rebuilt by `errorOf`. */
export type AppendFailure =
  | {
      kind: 'wrong-expected-revision';
      stream: string;
      expected: ExpectedRevision;
      actual: bigint | 'no_stream';
    }
  | { kind: 'invalid-append'; message: string }
  | { kind: 'event-id-in-use' }
  | { kind: 'stream-deleted'; stream: string; tombstoned: boolean }
  | { kind: 'error'; message: string; code?: string };

/**
 * Appends written together or not at all: one `append`, or an `appendAll` (a command's events
 * with the reservations it needs, in one transaction).
 */
export type AppendUnit = readonly AppendRequest[];

export type AppendOutcome =
  { ok: true; results: AppendResult[] } | { ok: false; failure: AppendFailure };

/**
 * Group commit: every unit of `units`, in order, inside one write transaction, so that the whole
 * group costs one fsync. Each unit runs in a savepoint of its own: one whose append breaks a rule
 * (a wrong expected revision, also against an earlier append of the same group; an id used in
 * another stream; too large) is rolled back whole and fails alone, and the positions of the others
 * stay gap-free. Answers one outcome per unit once the transaction has committed; when the
 * transaction itself fails (I/O, a lock held past the busy timeout) it throws and none of the
 * group was written.
 */
export function commitGroup(db: Database.Database, units: readonly AppendUnit[]): AppendOutcome[] {
  const outcomes: AppendOutcome[] = [];
  statement(db, 'BEGIN IMMEDIATE').run();
  try {
    for (const unit of units) {
      statement(db, 'SAVEPOINT append').run();
      try {
        const results = unit.map((request) =>
          appendInTransaction(db, request.stream, request.events, request.expected),
        );
        statement(db, 'RELEASE append').run();
        outcomes.push({ ok: true, results });
      } catch (error) {
        statement(db, 'ROLLBACK TO append').run();
        statement(db, 'RELEASE append').run();
        outcomes.push({ ok: false, failure: failureOf(error) });
      }
    }
    statement(db, 'COMMIT').run();
  } catch (error) {
    if (db.inTransaction) statement(db, 'ROLLBACK').run();
    throw error;
  }
  return outcomes;
}

export function failureOf(error: unknown): AppendFailure {
  if (error instanceof WrongExpectedRevisionError) {
    return {
      kind: 'wrong-expected-revision',
      stream: error.stream,
      expected: error.expected,
      actual: error.actual,
    };
  }
  if (error instanceof InvalidAppendError)
    return { kind: 'invalid-append', message: error.message };
  if (error instanceof StreamDeletedError) {
    const tombstoned = error instanceof StreamTombstonedError;
    return { kind: 'stream-deleted', stream: error.stream, tombstoned };
  }
  // (stream, revision) cannot collide: the head was read in this transaction. So it is the id.
  if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
    return { kind: 'event-id-in-use' };
  }
  if (error instanceof Database.SqliteError) {
    return { kind: 'error', message: error.message, code: error.code };
  }
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

export function errorOf(failure: AppendFailure): Error {
  switch (failure.kind) {
    case 'wrong-expected-revision':
      return new WrongExpectedRevisionError(failure.stream, failure.expected, failure.actual);
    case 'invalid-append':
      return new InvalidAppendError(failure.message);
    case 'event-id-in-use':
      return new EventIdInUseError();
    case 'stream-deleted':
      return failure.tombstoned
        ? new StreamTombstonedError(failure.stream)
        : new StreamDeletedError(failure.stream);
    default:
      return Object.assign(new Error(failure.message), failure.code ? { code: failure.code } : {});
  }
}

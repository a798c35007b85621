import Database from 'better-sqlite3';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { isTransient } from './transient-errors';

function postgres(code: string, message = 'failed'): DatabaseError {
  const error = new DatabaseError(message, 0, 'error');
  error.code = code;
  return error;
}

const wrapped = (driverError: Error) => new QueryFailedError('UPDATE x', [], driverError);

describe('transient database errors', () => {
  it('knows busy and locked SQLite, through TypeORM’s wrapper', () => {
    expect(isTransient(new Database.SqliteError('database is locked', 'SQLITE_BUSY'))).toBe(true);
    expect(isTransient(wrapped(new Database.SqliteError('locked', 'SQLITE_LOCKED')))).toBe(true);
    expect(isTransient(wrapped(new Database.SqliteError('stale', 'SQLITE_BUSY_SNAPSHOT')))).toBe(
      true,
    );
  });

  it('knows PostgreSQL serialization failures, deadlocks, lost and refused connections', () => {
    for (const code of ['40001', '40P01', '55P03', '57P01', '08006', '08001', '53300']) {
      expect(isTransient(wrapped(postgres(code)))).toBe(true);
    }
    expect(isTransient(new Error('Connection terminated unexpectedly'))).toBe(true);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    expect(isTransient(new Error('query failed', { cause: refused }))).toBe(true);
  });

  it('takes every other failure as the event’s own: a bug, a constraint, bad data', () => {
    expect(isTransient(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
      false,
    );
    expect(isTransient(wrapped(postgres('23505', 'duplicate key')))).toBe(false);
    expect(isTransient(wrapped(postgres('22021', 'invalid byte sequence for encoding UTF8')))).toBe(
      false,
    );
    expect(
      isTransient(wrapped(new Database.SqliteError('UNIQUE failed', 'SQLITE_CONSTRAINT_UNIQUE'))),
    ).toBe(false);
    expect(isTransient('not even an error')).toBe(false);
  });
});

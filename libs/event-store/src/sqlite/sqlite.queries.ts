import type { Database } from 'better-sqlite3';
import type { AllFilter, ReadAllOptions, ReadStreamOptions } from '../port/event-store.port';
import type { EventRow } from './sqlite.rows';
import { asLogPosition, type LogPosition } from '../port/log-position';
import { statement } from './sqlite.statements';

const COLUMNS =
  'position, id, stream, revision, type, schema_version, data, metadata, hash, previous_hash, hash_scheme';

const STREAM_FORWARDS = `SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC`;
const STREAM_BACKWARDS = `SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC`;

/**
 * A LIMIT written into a statement's text, never bound. SQLite (built with STAT4, as
 * better-sqlite3 is) plans with the value bound to a LIMIT, so a statement whose LIMIT is a
 * parameter is prepared again on every run: 15–25 µs a run where the whole statement takes 4–5
 * (test/bench/README.md, "A bound LIMIT"). Statements are kept per text (sqlite.statements.ts), and
 * the few limits used (none, 1, a page, a batch's length) make few texts. No maxCount, or a
 * negative one, is no limit.
 */
export function limitClause(maxCount: number | undefined): string {
  if (maxCount === undefined || maxCount < 0) return '';
  if (!Number.isSafeInteger(maxCount)) {
    throw new RangeError(`maxCount must be a whole number, not ${maxCount}`);
  }
  return ` LIMIT ${maxCount}`;
}

export function selectStream(db: Database, stream: string, options: ReadStreamOptions): EventRow[] {
  const backwards = options.direction === 'backwards';
  const from = options.fromRevision ?? (backwards ? BigInt(Number.MAX_SAFE_INTEGER) : 0n);
  return statement<[string, bigint], EventRow>(
    db,
    `${backwards ? STREAM_BACKWARDS : STREAM_FORWARDS}${limitClause(options.maxCount)}`,
  ).all(stream, from);
}

export function streamExists(db: Database, stream: string): boolean {
  return statement(db, 'SELECT 1 FROM events WHERE stream = ? LIMIT 1').get(stream) !== undefined;
}

/**
 * Turns a filter into a WHERE fragment and its parameters. `byTypeIndex` lets SQLite find the
 * types through their index (a count); a page read walks the log in position order instead.
 */
function filterClause(
  filter: AllFilter | undefined,
  byTypeIndex = false,
): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  const prefixes = filter?.streamPrefixes ?? [];
  if (prefixes.length > 0) {
    parts.push(`(${prefixes.map(() => 'substr(stream, 1, length(?)) = ?').join(' OR ')})`);
    for (const prefix of prefixes) params.push(prefix, prefix);
  }
  const types = filter?.eventTypes ?? [];
  if (types.length > 0) {
    // `+type`: walk the log in position order and stop at the page's LIMIT. Through the type
    // index SQLite would sort every matching event after the position, for each page.
    parts.push(`${byTypeIndex ? '' : '+'}type IN (${types.map(() => '?').join(', ')})`);
    params.push(...types);
  }
  return { sql: parts.map((part) => ` AND ${part}`).join(''), params };
}

/** The statement countAfter runs (exported for its query plan's test). */
export function countAfterSql(
  filter: AllFilter | undefined,
  limit: number,
): { sql: string; params: string[] } {
  const { sql: where, params } = filterClause(filter, true);
  const sql = `SELECT COUNT(*) AS count FROM (SELECT 1 FROM events WHERE position > ?${where}${limitClause(limit)})`;
  return { sql, params };
}

/**
 * Counts the events after row position `after` that match `filter`, up to `limit`. Unlike a
 * page read (see filterClause), a count wants the type index: it seeks each type's range after
 * the position and reads index entries only, so it costs at most `limit` of them per type.
 */
export function countAfter(
  db: Database,
  after: bigint,
  filter: AllFilter | undefined,
  limit: number,
): number {
  const { sql, params } = countAfterSql(filter, limit);
  const row = statement<(string | bigint)[], { count: number }>(db, sql).get(after, ...params);
  return row?.count ?? 0;
}

/** The statement a read of the whole log runs (exported for its query plan's test). */
export function selectAllSql(options: ReadAllOptions): { sql: string; params: string[] } {
  const backwards = options.direction === 'backwards';
  const { sql: where, params } = filterClause(options.filter);
  const limit = limitClause(options.maxCount);
  const sql = backwards
    ? `SELECT ${COLUMNS} FROM events WHERE position < ?${where} ORDER BY position DESC${limit}`
    : `SELECT ${COLUMNS} FROM events WHERE position >= ?${where} ORDER BY position ASC${limit}`;
  return { sql, params };
}

export function selectAll(db: Database, options: ReadAllOptions): EventRow[] {
  const backwards = options.direction === 'backwards';
  const { sql, params } = selectAllSql(options);
  const from =
    options.fromPosition === undefined
      ? backwards
        ? BigInt(Number.MAX_SAFE_INTEGER)
        : 0n
      : rowPositionFrom(asLogPosition(options.fromPosition), backwards);
  return statement<(string | bigint)[], EventRow>(db, sql).all(from, ...params);
}

/**
 * A SQLite event at position n sits at `{ commit: n, prepare: n }`. Forwards from P means rows at
 * or after the row position answered; backwards, rows strictly before it.
 */
function rowPositionFrom(from: LogPosition, backwards: boolean): bigint {
  const beyondCommit = from.prepare > from.commit;
  if (backwards) return beyondCommit ? from.commit + 1n : from.commit;
  return beyondCommit ? from.commit + 1n : from.commit;
}

/** The row position after which a subscription starting after `from` (exclusive) resumes. */
export function rowPositionAfter(from: LogPosition): bigint {
  return from.prepare < from.commit ? from.commit - 1n : from.commit;
}

/** The highest position written so far, or 0 for an empty store. */
export function headPosition(db: Database): bigint {
  const row = statement<[], { head: number | null }>(
    db,
    'SELECT MAX(position) AS head FROM events',
  ).get();
  return BigInt(row?.head ?? 0);
}

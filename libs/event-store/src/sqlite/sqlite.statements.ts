import type { Database, Statement } from 'better-sqlite3';

/** Beyond this many distinct statements on one connection, the oldest is dropped. */
const MAX_STATEMENTS = 200;

const caches = new WeakMap<Database, Map<string, Statement>>();

/**
 * The connection's prepared statement for `sql`, prepared once: preparing parses and plans the SQL
 * every time, which cost more than running these small indexed statements.
 */
export function statement<Params extends unknown[] = unknown[], Row = unknown>(
  db: Database,
  sql: string,
): Statement<Params, Row> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    if (cache.size >= MAX_STATEMENTS) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    cache.set(sql, prepared);
  }
  return prepared as Statement<Params, Row>;
}

/**
 * SQLSTATE classes and codes of PostgreSQL errors that say nothing about the event: the same write
 * may well succeed a moment later (connection lost or refused, serialization failure, deadlock,
 * lock not available, server shutting down or out of connections).
 */
const POSTGRES_TRANSIENT = /^(08|40001$|40P01$|55P03$|57P0[123]$|53300$|53400$)/;

/** SQLite: another connection holds the lock (busy_timeout ran out), or a snapshot went stale. */
const SQLITE_TRANSIENT = /^SQLITE_(BUSY|LOCKED)(_|$)/;

/** Node's socket errors on the way to a database server. */
const NETWORK_TRANSIENT = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** Messages of drivers that lose a connection without a code (pg, TypeORM's pool). */
const LOST_CONNECTION =
  /Connection terminated|connection (is )?closed|Client has encountered a connection error|timeout exceeded when trying to connect/i;

function codeOf(error: object): string | undefined {
  const { code } = error as { code?: unknown };
  return typeof code === 'string' ? code : undefined;
}

/**
 * Whether a failed write is worth trying again as it is: the database was busy, locked, in a
 * serialization conflict or unreachable. Anything else (a bug in a projection, a constraint, an
 * event it cannot handle) would fail again the same way. Looks through the wrappers TypeORM and
 * drivers put around the cause (`driverError`, `cause`).
 */
export function isTransient(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let at: unknown = error; typeof at === 'object' && at !== null && !seen.has(at);) {
    seen.add(at);
    const code = codeOf(at);
    if (code !== undefined) {
      if (SQLITE_TRANSIENT.test(code) || NETWORK_TRANSIENT.has(code)) return true;
      if (/^[0-9A-Z]{5}$/.test(code) && POSTGRES_TRANSIENT.test(code)) return true;
    }
    if (at instanceof Error && LOST_CONNECTION.test(at.message)) return true;
    const wrapped = at as { driverError?: unknown; cause?: unknown };
    at = wrapped.driverError ?? wrapped.cause;
  }
  return false;
}

import type { Database } from 'better-sqlite3';
import { prepareDeletionSchema } from './sqlite.deletion';

/**
 * One table holds the log. `position` is the global order: an AUTOINCREMENT key allocated inside
 * the write transaction, so positions are never reused and a reader never sees a gap that fills
 * later (writers are serialised by SQLite's write lock).
 */
export function prepareSchema(db: Database): void {
  // WAL + synchronous=FULL: an acknowledged append has been fsynced and survives power loss.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 10000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      position INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      stream TEXT NOT NULL,
      revision INTEGER NOT NULL,
      type TEXT NOT NULL,
      schema_version INTEGER NOT NULL,
      data TEXT NOT NULL,
      metadata TEXT NOT NULL,
      hash TEXT NOT NULL,
      previous_hash TEXT NOT NULL,
      hash_scheme INTEGER,
      UNIQUE (stream, revision)
    );
    CREATE INDEX IF NOT EXISTS events_type ON events (type, position);
  `);
  // A store written before hash schemes existed: its events (NULL) keep the original scheme.
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(events)').all();
  if (!columns.some((column) => column.name === 'hash_scheme')) {
    db.exec('ALTER TABLE events ADD COLUMN hash_scheme INTEGER');
  }
  prepareDeletionSchema(db);
}

/** The journal mode and synchronous level of one connection (synchronous is per connection). */
export function durabilityOf(db: Database): { journalMode: string; synchronous: string } {
  const levels = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];
  const level = Number(db.pragma('synchronous', { simple: true }));
  return {
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: levels[level] ?? String(level),
  };
}

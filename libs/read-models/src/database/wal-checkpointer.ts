import { Worker } from 'node:worker_threads';
import type { DataSource } from 'typeorm';
import { sqliteConnectionOf } from './sqlite-connection';

/** How often the checkpointer thread copies the WAL's new pages into the database file. */
const CHECKPOINT_INTERVAL_MS = 200;

/**
 * Pages of WAL after which a commit on the projector's own connection checkpoints after all: only
 * when the checkpointer thread cannot keep up (or is gone) does the projector's thread do it.
 * SQLite's default is 1,000 pages (4 MiB).
 */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 16_384;
const SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES = 1_000;

/**
 * The checkpointer thread: a connection of its own that runs a PASSIVE checkpoint (it copies what
 * no reader still needs and never waits for a lock) every interval, until told to stop.
 */
const CHECKPOINTER_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 0');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy (another process checkpoints, a schema change): the next turn tries again.
  }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Takes the WAL checkpoints of a SQLite read-model database off the projector's thread. SQLite
 * checkpoints in the connection that commits, once the WAL passes 1,000 pages: the projector's
 * commit then copies those pages into the database file and syncs it, holding its thread for tens
 * of milliseconds each time (the api's, with DUTYLEDGER_PROJECTOR=in-process). Here a thread of its
 * own does it every 200 ms, and the projector's connection checkpoints only past
 * FALLBACK_AUTOCHECKPOINT_PAGES (test/bench/README.md, "WAL checkpoints off the projector's
 * thread"). On PostgreSQL there is nothing to do.
 */
export class WalCheckpointer {
  private worker: Worker | undefined;

  constructor(private readonly dataSource: DataSource) {}

  /** Starts the thread (once) and raises the projector connection's own threshold. */
  start(): void {
    const sqlite = sqliteConnectionOf(this.dataSource);
    if (sqlite === undefined || this.worker !== undefined) return;
    if (sqlite.memory) return;
    sqlite.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
    const worker = new Worker(CHECKPOINTER_THREAD, {
      eval: true,
      workerData: {
        sqlite: require.resolve('better-sqlite3'),
        file: sqlite.name,
        intervalMs: CHECKPOINT_INTERVAL_MS,
      },
    });
    // A checkpointer that fails leaves the projector's connection to checkpoint past the fallback.
    worker.on('error', () => this.fallBack(worker));
    worker.on('exit', () => this.fallBack(worker));
    // It never keeps the process alive on its own.
    worker.unref();
    this.worker = worker;
  }

  /** Whether the thread runs (tests). */
  running(): boolean {
    return this.worker !== undefined;
  }

  /** Stops the thread and gives the projector's connection SQLite's own threshold back. */
  async stop(): Promise<void> {
    const worker = this.worker;
    if (worker === undefined) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    // Held while it ends: a process with nothing else left to do would otherwise exit before it
    // (and before whatever its shutdown does after this).
    worker.ref();
    worker.postMessage('stop');
    await exited;
  }

  private fallBack(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const sqlite = sqliteConnectionOf(this.dataSource);
    if (sqlite !== undefined && this.dataSource.isInitialized) {
      sqlite.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES}`);
    }
  }
}

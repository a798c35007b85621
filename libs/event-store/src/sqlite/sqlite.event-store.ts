import { EventEmitter } from 'node:events';
import Database from 'better-sqlite3';
import type { ProposedEvent, RecordedEvent } from '../port/envelope';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeToAllOptions,
  Subscription,
} from '../port/event-store.port';
import { InvalidAppendError, StreamNotFoundError, StreamTombstonedError } from '../port/errors';
import { appendInTransaction, checkAppendSize } from './sqlite.append';
import { deleteInTransaction, deletionOf, tombstoneInTransaction } from './sqlite.deletion';
import { headPosition, selectAll, selectStream, streamExists } from './sqlite.queries';
import { toRecordedEvent } from './sqlite.rows';
import { prepareSchema } from './sqlite.schema';
import { privateDatabaseFile } from './private-files';
import { SqliteSubscription, type LogPage, type LogSource } from './sqlite.subscription';

export interface SqliteEventStoreOptions {
  /** How often a subscriber looks for events written by another process. */
  pollIntervalMs?: number;
}

/** The embedded event store: one SQLite file, WAL, fsync on every commit. */
export class SqliteEventStore implements EventStore, LogSource {
  private readonly appended = new EventEmitter().setMaxListeners(0);
  private readonly pollIntervalMs: number;
  private appendSignal = 0;

  private constructor(
    private readonly db: Database.Database,
    options: SqliteEventStoreOptions,
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
  }

  static open(file: string, options: SqliteEventStoreOptions = {}): SqliteEventStore {
    privateDatabaseFile(file);
    const db = new Database(file);
    prepareSchema(db);
    return new SqliteEventStore(db, options);
  }

  append(
    stream: string,
    events: readonly ProposedEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    try {
      checkStreamName(stream);
      checkAppendSize(events);
      const result = this.db
        .transaction(() => appendInTransaction(this.db, stream, events, expected))
        .immediate();
      if (events.length > 0) this.signalAppend();
      return Promise.resolve(result);
    } catch (error) {
      return Promise.reject(translate(error));
    }
  }

  readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const deletion = deletionOf(this.db, stream);
    if (deletion === 'tombstoned') return Promise.reject(new StreamTombstonedError(stream));
    if (deletion === 'deleted') return Promise.reject(new StreamNotFoundError(stream));
    const rows = selectStream(this.db, stream, options);
    if (rows.length === 0 && !streamExists(this.db, stream)) {
      return Promise.reject(new StreamNotFoundError(stream));
    }
    return Promise.resolve(rows.map(toRecordedEvent));
  }

  deleteStream(stream: string, expected: ExpectedRevision): Promise<void> {
    return this.inWriteTransaction(() => deleteInTransaction(this.db, stream, expected));
  }

  tombstoneStream(stream: string, expected: ExpectedRevision): Promise<void> {
    return this.inWriteTransaction(() => tombstoneInTransaction(this.db, stream, expected));
  }

  readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return Promise.resolve(selectAll(this.db, options).map(toRecordedEvent));
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    return new SqliteSubscription(this, options, this.pollIntervalMs);
  }

  close(): Promise<void> {
    this.signalAppend();
    this.db.close();
    return Promise.resolve();
  }

  /** The durability settings of the store's own connection, for health checks and tests. */
  durability(): { journalMode: string; synchronous: string } {
    const levels = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];
    const level = Number(this.db.pragma('synchronous', { simple: true }));
    return {
      journalMode: String(this.db.pragma('journal_mode', { simple: true })),
      synchronous: levels[level] ?? String(level),
    };
  }

  /** @internal LogSource for subscriptions. */
  pageAfter(position: bigint, options: SubscribeToAllOptions, limit: number): LogPage {
    return this.db.transaction(() => ({
      events: selectAll(this.db, {
        fromPosition: position + 1n,
        maxCount: limit,
        filter: options.filter,
      }).map(toRecordedEvent),
      head: headPosition(this.db),
      signal: this.appendSignal,
    }))();
  }

  /** @internal */
  head(): bigint {
    return headPosition(this.db);
  }

  /** @internal */
  waitForAppend(signal: number, ms: number): { promise: Promise<void>; cancel: () => void } {
    let cancel = (): void => undefined;
    if (signal !== this.appendSignal) return { promise: Promise.resolve(), cancel };
    const promise = new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.appended.off('append', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.appended.on('append', done);
      cancel = done;
    });
    return { promise, cancel };
  }

  private inWriteTransaction(work: () => void): Promise<void> {
    try {
      this.db.transaction(work).immediate();
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(translate(error));
    }
  }

  private signalAppend(): void {
    this.appendSignal += 1;
    this.appended.emit('append');
  }
}

function checkStreamName(stream: string): void {
  if (stream.length === 0 || stream.length > 500 || stream.startsWith('$')) {
    throw new InvalidAppendError(
      `Stream name "${stream.slice(0, 50)}" must be 1 to 500 characters and not start with $`,
    );
  }
}

function translate(error: unknown): Error {
  if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
    return new InvalidAppendError(`An event id of the batch is already used in another stream`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

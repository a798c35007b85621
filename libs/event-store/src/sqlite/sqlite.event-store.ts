import { EventEmitter } from 'node:events';
import Database from 'better-sqlite3';
import type { ProposedEvent, RecordedEvent } from '../port/envelope';
import type {
  AppendResult,
  CountAfterOptions,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  StreamAppend,
  SubscribeToAllOptions,
  Subscription,
} from '../port/event-store.port';
import { type LogPosition, asLogPosition } from '../port/log-position';
import { InvalidAppendError, StreamTombstonedError, streamNotFound } from '../port/errors';
import { deleteInTransaction, deletionOf, tombstoneInTransaction } from './sqlite.deletion';
import {
  countAfter,
  headPosition,
  rowPositionAfter,
  selectAll,
  selectStream,
  streamExists,
} from './sqlite.queries';
import { toRecordedEvent } from './sqlite.rows';
import { prepareSchema } from './sqlite.schema';
import { SqliteSubscription, type LogPage, type LogSource } from './sqlite.subscription';
import { SqliteWriter } from './sqlite.writer';
import { privateDatabaseFile } from './private-files';

export interface SqliteEventStoreOptions {
  /** How often a subscriber looks for events written by another process. */
  pollIntervalMs?: number;
}

/**
 * The embedded event store: one SQLite file, WAL, fsync on every commit. Appends go to a writer
 * thread with a connection of its own that commits the appends arriving together in one
 * transaction (group commit); reads and subscriptions use this thread's connection, which sees
 * every append once it has been acknowledged.
 */
export class SqliteEventStore implements EventStore, LogSource {
  private readonly appended = new EventEmitter().setMaxListeners(0);
  private readonly pollIntervalMs: number;
  private readonly writer: SqliteWriter;
  private appendSignal = 0;

  private constructor(
    private readonly db: Database.Database,
    file: string,
    options: SqliteEventStoreOptions,
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.writer = new SqliteWriter(file, () => this.signalAppend());
  }

  static open(file: string, options: SqliteEventStoreOptions = {}): SqliteEventStore {
    privateDatabaseFile(file);
    const db = new Database(file);
    prepareSchema(db);
    return new SqliteEventStore(db, file, options);
  }

  append(
    stream: string,
    events: readonly ProposedEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    return this.appendAll([{ stream, events, expected }]).then(([result]) => {
      if (result === undefined) throw new Error(`The append to ${stream} has no result`);
      return result;
    });
  }

  /** In one savepoint of one group commit: all the appends or none. */
  appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    for (const { stream } of appends) {
      const refused = invalidStreamName(stream);
      if (refused) return Promise.reject(refused);
    }
    return this.writer.append(appends);
  }

  readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const deletion = deletionOf(this.db, stream);
    if (deletion === 'tombstoned') return Promise.reject(new StreamTombstonedError(stream));
    if (deletion === 'deleted') return Promise.reject(streamNotFound(stream));
    const rows = selectStream(this.db, stream, options);
    // Forwards from the start with room for a row, no row means no stream: no second query.
    const wholeFromStart =
      options.direction !== 'backwards' &&
      (options.fromRevision ?? 0n) === 0n &&
      options.maxCount !== 0;
    if (rows.length === 0 && (wholeFromStart || !streamExists(this.db, stream))) {
      return Promise.reject(streamNotFound(stream));
    }
    return Promise.resolve(rows.map(toRecordedEvent));
  }

  /**
   * Deletions are rare operator acts: they run on this connection in a write transaction of
   * their own (SQLite serialises them with the writer thread's group commits).
   */
  deleteStream(stream: string, expected: ExpectedRevision): Promise<void> {
    return this.inWriteTransaction(() => deleteInTransaction(this.db, stream, expected));
  }

  tombstoneStream(stream: string, expected: ExpectedRevision): Promise<void> {
    return this.inWriteTransaction(() => tombstoneInTransaction(this.db, stream, expected));
  }

  readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return Promise.resolve(selectAll(this.db, options).map(toRecordedEvent));
  }

  countAfter(after: bigint | LogPosition, options: CountAfterOptions): Promise<number> {
    const from = rowPositionAfter(asLogPosition(after));
    return Promise.resolve(countAfter(this.db, from, options.filter, options.limit));
  }

  /** Starts the writer thread and opens its connection (otherwise the first append does). */
  readyForAppends(): Promise<void> {
    return this.writer.ready();
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    return new SqliteSubscription(this, options, this.pollIntervalMs);
  }

  async close(): Promise<void> {
    await this.writer.close();
    this.signalAppend();
    this.db.close();
  }

  /** @internal Whether the writer thread runs. */
  writerRunning(): boolean {
    return this.writer.running();
  }

  /** @internal How many transactions the writer has acknowledged. */
  committedGroups(): number {
    return this.writer.committedGroups();
  }

  /** @internal How many messages of appends went to the writer thread. */
  sentMessages(): number {
    return this.writer.sentMessages();
  }

  /**
   * The durability settings of the connection that writes (the writer thread's), for health
   * checks and tests.
   */
  durability(): Promise<{ journalMode: string; synchronous: string }> {
    return this.writer.durability();
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
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private signalAppend(): void {
    this.appendSignal += 1;
    this.appended.emit('append');
  }
}

function invalidStreamName(stream: string): InvalidAppendError | undefined {
  if (stream.length === 0 || stream.length > 500 || stream.startsWith('$')) {
    return new InvalidAppendError(
      `Stream name "${stream.slice(0, 50)}" must be 1 to 500 characters and not start with $`,
    );
  }
  return undefined;
}

import type { ProposedEvent, RecordedEvent } from './envelope';
import type { LogPosition } from './log-position';

/**
 * What a writer expects of a stream before appending:
 * an exact revision (the revision of its last event), or one of EventStoreDB's three states.
 */
export type ExpectedRevision = bigint | 'no_stream' | 'any' | 'stream_exists';

export interface AppendResult {
  /** Revision of the last event written: pass it as the expected revision of the next append. */
  nextExpectedRevision: bigint;
  /** Global position of the last event written. */
  position: bigint;
}

/** One append of `appendAll`: a stream, its events and the revision expected of it. */
export interface StreamAppend {
  stream: string;
  events: readonly ProposedEvent[];
  expected: ExpectedRevision;
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  direction?: Direction;
  /** Inclusive. Defaults to the start (forwards) or the end (backwards). */
  fromRevision?: bigint;
  /** Defaults to every event. */
  maxCount?: number;
}

/** Selects events from the global log. Both lists empty or absent means every event. */
export interface AllFilter {
  /** Stream name prefixes, e.g. `case-` for the case category. */
  streamPrefixes?: readonly string[];
  eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  direction?: Direction;
  /**
   * Forwards: events at or after this position. Backwards: events strictly before it
   * (EventStoreDB's rule). Defaults to the start (forwards) or the end (backwards). A bare
   * position P is `{ commit: P, prepare: P }`.
   */
  fromPosition?: bigint | LogPosition;
  maxCount?: number;
  filter?: AllFilter;
}

/** What `countAfter` counts: the events matching `filter`, up to `limit` of them. */
export interface CountAfterOptions {
  filter?: AllFilter;
  /** The count stops here: the cost is bounded by it, not by the log. */
  limit: number;
}

export interface SubscribeToAllOptions {
  /**
   * Exclusive: the event at this position is not delivered again. `start` delivers everything.
   * Give a checkpoint as the full LogPosition of the last event handled (`logPositionOf`): a bare
   * position P means `{ commit: P, prepare: P }`, after every event committed at P.
   */
  from: bigint | LogPosition | 'start' | 'end';
  filter?: AllFilter;
  /**
   * Called now and then with a position up to which the store has looked, so that a filtered
   * subscriber can move its checkpoint past events it did not receive.
   */
  onCheckpoint?: (position: LogPosition) => Promise<void> | void;
}

/** A catch-up subscription: yields past events, then live ones, with no gap and no duplicate. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  /** Stops delivery; the iterator then ends. */
  close(): Promise<void>;
}

/** The event store port: the embedded SQLite store and EventStoreDB both implement it. */
export interface EventStore {
  /**
   * Appends atomically, checking the expected revision. Re-appending the same event ids at the
   * same place is idempotent (returns the original result and writes nothing). A deleted stream
   * is never written again, whatever the expected revision: its hash chain must not restart.
   * @throws WrongExpectedRevisionError, InvalidAppendError, StreamDeletedError (tombstoned:
   * StreamTombstonedError)
   */
  append(
    stream: string,
    events: readonly ProposedEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult>;

  /**
   * Several appends, in order, each checked and written as `append` writes it; one result per
   * append. The first that fails is thrown. Where the store has transactions across streams
   * (SQLite) they are written together or none of them, with one fsync; on EventStoreDB, which has
   * none, one after another, and those before the one that failed stand.
   * @throws as `append`
   */
  appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]>;

  /**
   * @throws StreamNotFoundError when the stream has no events or was deleted,
   * StreamTombstonedError when it was tombstoned.
   */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  /**
   * Soft delete: the stream then reads as not found and refuses appends (StreamDeletedError);
   * its events stay in the global log, which is append-only. The expected revision is checked as
   * for an append; a stream without events has nothing to delete (WrongExpectedRevisionError).
   * The ledger itself never deletes: this is an operator's tool (e.g. retention).
   * @throws WrongExpectedRevisionError, StreamDeletedError
   */
  deleteStream(stream: string, expected: ExpectedRevision): Promise<void>;

  /**
   * Hard delete: reads, appends and deletes of the stream fail with StreamTombstonedError for
   * good. A soft-deleted stream, or a name never written, counts as having no events: `any` or
   * `no_stream` tombstones it.
   * @throws WrongExpectedRevisionError, StreamTombstonedError
   */
  tombstoneStream(stream: string, expected: ExpectedRevision): Promise<void>;

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;

  /**
   * How many events of the global log lie after `after` (exclusive, as a subscription from it)
   * and match the filter, counted up to `limit`: how far a reader stands behind, without
   * reading the events themselves where the store can count them.
   */
  countAfter(after: bigint | LogPosition, options: CountAfterOptions): Promise<number>;

  subscribeToAll(options: SubscribeToAllOptions): Subscription;

  /**
   * Readies what the first append needs (SQLite: the writer thread and its connection;
   * EventStoreDB: the connection), which each store otherwise sets up on the first append: a
   * process that takes commands calls it at start, so that its first caller does not wait for it.
   * Rejects when the store cannot be written; appends then try again.
   */
  readyForAppends(): Promise<void>;

  close(): Promise<void>;
}

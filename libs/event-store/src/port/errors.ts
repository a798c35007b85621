import type { ExpectedRevision } from './event-store.port';

/** The stream is not where the writer expected it: someone else appended first. */
export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    /** The stream's current revision, or `no_stream` when it has no events. */
    readonly actual: bigint | 'no_stream',
  ) {
    super(
      `Stream ${stream}: expected revision ${String(expected)}, but the stream is at ${String(actual)}`,
    );
  }
}

export class StreamNotFoundError extends Error {
  override readonly name = 'StreamNotFoundError';
  constructor(readonly stream: string) {
    super(`Stream ${stream} was not found`);
  }
}

/**
 * A StreamNotFoundError without a stack: it is an expected answer (every command that creates an
 * entity reads its stream first), and V8 walks the stack for every error it makes (~6 µs at 20
 * frames, more through awaits). Its message names the stream, which is all a reader needs.
 */
export function streamNotFound(stream: string): StreamNotFoundError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new StreamNotFoundError(stream);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A proposed batch breaks a rule of the store itself (size, names, malformed event). */
export class InvalidAppendError extends Error {
  override readonly name: string = 'InvalidAppendError';
}

/**
 * An event id of the batch is already stored in another stream. Only stores that keep event ids
 * unique across streams raise it (the SQLite store); EventStoreDB checks ids per stream.
 */
export class EventIdInUseError extends InvalidAppendError {
  override readonly name = 'EventIdInUseError';
  constructor() {
    super('An event id of the batch is already used in another stream');
  }
}

/**
 * A stored event that can no longer be read as one (its data or metadata is not JSON any more):
 * the store names it, so that verification can report it like any other broken link.
 */
export class UnreadableEventError extends Error {
  override readonly name = 'UnreadableEventError';
  constructor(
    readonly stream: string,
    readonly revision: bigint,
    readonly position: bigint,
    readonly eventId: string,
    readonly reason: string,
  ) {
    super(
      `The stored event ${eventId} (${stream} revision ${revision}, position ${position}) cannot be read: ${reason}`,
    );
  }
}

/**
 * The stream was deleted: the ledger never writes it again, so that no chain restarts at a
 * revision that already had events. A soft-deleted stream reads as not found; see the subclass
 * for a tombstoned one.
 */
export class StreamDeletedError extends Error {
  override readonly name: string = 'StreamDeletedError';
  constructor(
    readonly stream: string,
    message = `Stream ${stream} was deleted; it cannot be written again`,
  ) {
    super(message);
  }
}

/** The stream was tombstoned (deleted for good): reads fail too, not only appends. */
export class StreamTombstonedError extends StreamDeletedError {
  override readonly name = 'StreamTombstonedError';
  constructor(stream: string) {
    super(stream, `Stream ${stream} was tombstoned; it can be neither read nor written`);
  }
}

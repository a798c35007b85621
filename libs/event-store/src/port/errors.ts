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

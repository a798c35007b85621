import type { RecordedEvent } from '@dutyledger/event-store';

/** The same event type registered twice: each type has one data type, version and shape. */
export class DuplicateEventTypeError extends Error {
  override readonly name = 'DuplicateEventTypeError';
  constructor(readonly type: string) {
    super(`Event type ${type} is registered already`);
  }
}

/** A stored event of a type the codec does not know: the build is older than the store. */
export class UnregisteredEventTypeError extends Error {
  override readonly name = 'UnregisteredEventTypeError';
  constructor(readonly event: Pick<RecordedEvent, 'type' | 'stream' | 'revision'>) {
    super(
      `Event type ${event.type} (${event.stream} revision ${event.revision}) is not registered`,
    );
  }
}

/** A stored event whose data (after upcasting) does not have its type's shape. */
export class MalformedEventError extends Error {
  override readonly name = 'MalformedEventError';
  constructor(
    readonly event: Pick<RecordedEvent, 'type' | 'stream' | 'revision' | 'schemaVersion'>,
    readonly problem: string,
  ) {
    super(
      `Stored ${event.type} v${event.schemaVersion} (${event.stream} revision ${event.revision}) is malformed: ${problem}`,
    );
  }
}

/** An event of a type the reader does not handle (a fold of another stream, a projection). */
export class UnexpectedEventTypeError extends Error {
  override readonly name = 'UnexpectedEventTypeError';
  constructor(
    readonly event: Pick<RecordedEvent, 'type' | 'stream' | 'revision'>,
    readonly reader: string,
  ) {
    super(`${reader} does not handle ${event.type} (${event.stream} revision ${event.revision})`);
  }
}

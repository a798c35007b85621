import type { RecordedEvent } from './envelope';

/**
 * A place in the global log as EventStoreDB gives it: the position of the record that committed
 * an event and the position of the event's own record. They are equal for everything a 23.10
 * server writes and for the SQLite store; events written in one transaction closed by a commit
 * record (explicit transactions, logs written before EventStoreDB 20.6) share the commit position
 * and differ by prepare, prepare < commit. The log is ordered by commit, then prepare.
 */
export interface LogPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

/** Before every event: where a reader starts that has read nothing. */
export const LOG_START: LogPosition = { commit: 0n, prepare: 0n };

/** The full place of a stored event (its `position` is the commit part). */
export function logPositionOf(event: Pick<RecordedEvent, 'position' | 'preparePosition'>) {
  return { commit: event.position, prepare: event.preparePosition ?? event.position };
}

/** A bare position P stands for `{ commit: P, prepare: P }`. */
export function asLogPosition(position: bigint | LogPosition): LogPosition {
  return typeof position === 'bigint' ? { commit: position, prepare: position } : position;
}

/** Negative, zero or positive as `a` is before, at or after `b` in the log. */
export function compareLogPositions(a: LogPosition, b: LogPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

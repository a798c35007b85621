/** An event as a client proposes it, after validation. Ids are lowercase UUID strings. */
export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  /** Already normalised: `application/json` or `application/octet-stream`. */
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

/**
 * An event once written. `prepare` is the log offset of its own record; `commit` is the offset of
 * the record that committed it: the same record for the implicit commits a 23.10 server writes
 * (commit == prepare), a later commit record shared by a whole transaction for writes with commit
 * records (explicit transactions, logs written before 20.6), so then prepare < commit.
 */
export interface RecordedEvent extends ProposedEvent {
  readonly streamName: string;
  readonly revision: bigint;
  readonly commit: bigint;
  readonly prepare: bigint;
  /** .NET ticks (100 ns) since the Unix epoch. */
  readonly created: bigint;
}

/** A `$all` position as the wire carries it. */
export interface LogPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const positionOf = (event: RecordedEvent): LogPosition => ({
  commit: event.commit,
  prepare: event.prepare,
});

/** Negative, zero or positive as `a` is before, at or after `b` in `$all`. */
export function comparePositions(a: LogPosition, b: LogPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

export function normaliseContentType(contentType: string): string {
  return contentType === 'application/json' ? 'application/json' : 'application/octet-stream';
}

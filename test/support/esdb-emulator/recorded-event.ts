/** An event as a client proposes it, after validation. Ids are lowercase UUID strings. */
export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  /** Already normalised: `application/json` or `application/octet-stream`. */
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

/** An event once written. Its `$all` position has commit == prepare == `position`. */
export interface RecordedEvent extends ProposedEvent {
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: bigint;
  /** .NET ticks (100 ns) since the Unix epoch. */
  readonly created: bigint;
}

/** A `$all` position as the wire carries it. */
export interface LogPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const positionOf = (event: RecordedEvent): LogPosition => ({
  commit: event.position,
  prepare: event.position,
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

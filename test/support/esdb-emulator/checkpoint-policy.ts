import { comparePositions, type LogPosition } from './recorded-event';

/**
 * When a filtered `$all` subscription sends `checkpoint`. During catch-up: after every interval
 * of events considered (matched or not), at the last matched event's position. Live: every
 * interval-th event committed to `$all`, at that event's position. The count runs on from
 * catch-up into live (a 23.10 server hands its catch-up counter to the live subscription), so the
 * first live checkpoint comes as soon as the interval is complete. Never older than the last sent.
 */
export class CheckpointPolicy {
  private considered = 0;
  private live = false;
  private lastSent: LogPosition | undefined;

  /** `lastMatched` starts at the subscription's start position when it has one. */
  constructor(
    private readonly interval: number,
    private lastMatched: LogPosition | undefined,
  ) {}

  /** The checkpoint due after the event at `position`, if any. */
  afterEvent(position: LogPosition, matched: boolean): LogPosition | undefined {
    if (matched) this.lastMatched = position;
    this.considered += 1;
    if (this.considered % this.interval !== 0) return undefined;
    const checkpoint = this.live ? position : this.lastMatched;
    if (checkpoint === undefined) return undefined;
    if (this.lastSent !== undefined && comparePositions(checkpoint, this.lastSent) < 0) {
      return undefined;
    }
    this.lastSent = checkpoint;
    return checkpoint;
  }

  /** Catch-up is over: checkpoints now come at the event that completes an interval. */
  goLive(): void {
    this.live = true;
  }
}

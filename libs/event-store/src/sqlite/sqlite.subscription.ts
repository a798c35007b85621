import type { RecordedEvent } from '../port/envelope';
import type { SubscribeToAllOptions, Subscription } from '../port/event-store.port';
import { asLogPosition } from '../port/log-position';
import { rowPositionAfter } from './sqlite.queries';

/** One page of the log after a position, read in one snapshot with the head at that moment. */
export interface LogPage {
  events: RecordedEvent[];
  /** The head of the whole log when the page was read: everything up to it was considered. */
  head: bigint;
  /** How many in-process appends had been signalled when the page was read. */
  signal: number;
}

export interface LogSource {
  pageAfter(position: bigint, options: SubscribeToAllOptions, limit: number): LogPage;
  head(): bigint;
  /**
   * Resolves when something was appended after `signal` (at once if it already was), or after
   * `ms`, whichever comes first.
   */
  waitForAppend(signal: number, ms: number): { promise: Promise<void>; cancel: () => void };
}

const PAGE_SIZE = 500;

/**
 * A catch-up subscription over the SQLite log: pages through what is stored, then waits for an
 * in-process append signal or the poll interval (for writers in other processes on the same file).
 */
export class SqliteSubscription implements Subscription {
  private closed = false;
  private cancelWait: (() => void) | undefined;

  constructor(
    private readonly source: LogSource,
    private readonly options: SubscribeToAllOptions,
    private readonly pollIntervalMs: number,
  ) {}

  async close(): Promise<void> {
    this.closed = true;
    this.cancelWait?.();
    return Promise.resolve();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<RecordedEvent> {
    const { from, onCheckpoint } = this.options;
    let after =
      from === 'start'
        ? 0n
        : from === 'end'
          ? this.source.head()
          : rowPositionAfter(asLogPosition(from));
    let checkpointed = after;
    try {
      while (!this.closed) {
        const page = this.source.pageAfter(after, this.options, PAGE_SIZE);
        for (const event of page.events) {
          if (this.closed) return;
          yield event;
          after = event.position;
        }
        if (page.events.length === PAGE_SIZE) continue;
        // Caught up: everything up to the head was considered, matched or not.
        if (page.head > after) after = page.head;
        if (onCheckpoint && after > checkpointed) {
          await onCheckpoint({ commit: after, prepare: after });
          checkpointed = after;
        }
        const { promise, cancel } = this.source.waitForAppend(page.signal, this.pollIntervalMs);
        this.cancelWait = cancel;
        await promise;
      }
    } finally {
      this.closed = true;
    }
  }
}

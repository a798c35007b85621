import {
  END,
  START,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type Position,
} from '@eventstore/db-client';
import type { RecordedEvent } from '../port/envelope';
import type { AllFilter, SubscribeToAllOptions, Subscription } from '../port/event-store.port';
import type { LogPosition } from '../port/log-position';
import type { EsdbClient } from './eventstoredb.client';
import { matchesFilter, subscriptionFilter } from './eventstoredb.filter';
import { allPosition, toRecordedEvent } from './eventstoredb.mapping';

/**
 * A server checkpoint, put into the client's output stream right where the server sent it, so
 * that the consumer sees it after every event sent before it (see `checkpointReached`).
 */
class CheckpointMarker {
  constructor(readonly position: LogPosition) {}
}

type Item = AllStreamResolvedEvent | CheckpointMarker;

const CLOSED = Symbol('closed');

/**
 * A catch-up subscription to $all over the client's own (filtered, server-side) subscription.
 *
 * Back-pressure: the client's subscription is a Node stream that buffers up to its high-water
 * mark; while the consumer does not ask for the next event, it stops reading and gRPC flow
 * control holds the server back, so a slow consumer never makes the buffer grow.
 */
export class EventStoreDbSubscription implements Subscription {
  private readonly source: AllStreamSubscription;
  private readonly filter: AllFilter | undefined;
  private readonly onCheckpoint: SubscribeToAllOptions['onCheckpoint'];
  private closed = false;
  private wake: (() => void) | undefined;

  constructor(
    client: EsdbClient,
    options: SubscribeToAllOptions,
    private readonly onClosed: (subscription: EventStoreDbSubscription) => void,
  ) {
    this.filter = options.filter;
    this.onCheckpoint = options.onCheckpoint;
    const { from } = options;
    this.source = client.subscribeToAll({
      fromPosition: from === 'start' ? START : from === 'end' ? END : allPosition(from),
      filter: subscriptionFilter(
        options.filter,
        options.onCheckpoint
          ? (subscription, position) => this.mark(subscription, position)
          : undefined,
      ),
    });
    // Failures reach the consumer through iteration; without a listener an error emitted
    // before anyone iterates would crash the process.
    this.source.on('error', () => undefined);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<RecordedEvent> {
    const items = (this.source as AsyncIterable<Item>)[Symbol.asyncIterator]();
    try {
      for (;;) {
        const next = await this.nextItem(items);
        if (next === CLOSED || next.done === true) return;
        const item = next.value;
        if (item instanceof CheckpointMarker) {
          await this.onCheckpoint?.(item.position);
          continue;
        }
        const event = item.event;
        if (event && matchesFilter(event, this.filter)) yield toRecordedEvent(event);
      }
    } catch (error) {
      if (!this.closed) throw error;
    } finally {
      await this.close();
    }
  }

  /** Stops delivery: a pending `next()` ends at once, and the gRPC call is cancelled. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.wake?.();
    try {
      await this.source.unsubscribe();
    } catch {
      // The call never started or is already gone: nothing left to cancel.
    }
    this.source.destroy();
    this.onClosed(this);
  }

  /**
   * The client calls `checkpointReached` while handling the checkpoint message, when the events
   * before it may still sit unread in its buffer. Handing the position to the consumer then could
   * let it store a checkpoint past events it has not handled; queueing a marker behind them
   * (a Transform may push from within its transform step) keeps the order.
   */
  private mark(subscription: AllStreamSubscription, position: Position): void {
    if (!this.closed) {
      subscription.push(
        new CheckpointMarker({ commit: position.commit, prepare: position.prepare }),
      );
    }
  }

  private nextItem(items: AsyncIterator<Item>): Promise<IteratorResult<Item> | typeof CLOSED> {
    if (this.closed) return Promise.resolve(CLOSED);
    return new Promise((resolve, reject) => {
      this.wake = () => resolve(CLOSED);
      items.next().then(
        (result) => {
          this.wake = undefined;
          resolve(result);
        },
        (error: unknown) => {
          this.wake = undefined;
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }
}

import { EventStoreDBClient } from '@eventstore/db-client';
import type { ProposedEvent, RecordedEvent } from '../port/envelope';
import type {
  AppendResult,
  CountAfterOptions,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  StreamAppend,
  SubscribeToAllOptions,
  Subscription,
} from '../port/event-store.port';
import {
  type LogPosition,
  asLogPosition,
  compareLogPositions,
  logPositionOf,
} from '../port/log-position';
import { appendEvents } from './eventstoredb.append';
import type { EsdbClient } from './eventstoredb.client';
import { deleteStream, tombstoneStream } from './eventstoredb.deletion';
import { readAllEvents } from './eventstoredb.read-all';
import { readStreamEvents } from './eventstoredb.read-stream';
import { StreamQueue } from './eventstoredb.stream-queue';
import { EventStoreDbSubscription } from './eventstoredb.subscription';

/**
 * The event store on EventStoreDB (client 6.2, server 23.10+). Revisions and positions are
 * bigints end to end; a port position is the $all commit position, with the prepare position
 * beside it when they differ (see `allPosition`).
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly subscriptions = new Set<EventStoreDbSubscription>();
  private readonly tailAppends = new StreamQueue();

  constructor(private readonly client: EsdbClient) {}

  /** From `esdb://host:2113?tls=false` and the like; nothing is sent before the first call. */
  static connect(connectionString: string): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString));
  }

  append(
    stream: string,
    events: readonly ProposedEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const append = () => appendEvents(this.client, stream, events, expected);
    const atTail = expected === 'any' || expected === 'stream_exists';
    return atTail ? this.tailAppends.run(stream, append) : append();
  }

  /** EventStoreDB has no transaction across streams: one append after another. */
  async appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const results: AppendResult[] = [];
    for (const { stream, events, expected } of appends) {
      results.push(await this.append(stream, events, expected));
    }
    return results;
  }

  readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return readStreamEvents(this.client, stream, options);
  }

  deleteStream(stream: string, expected: ExpectedRevision): Promise<void> {
    return deleteStream(this.client, stream, expected);
  }

  tombstoneStream(stream: string, expected: ExpectedRevision): Promise<void> {
    return tombstoneStream(this.client, stream, expected);
  }

  readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return readAllEvents(this.client, options);
  }

  /**
   * EventStoreDB has no count: the events are read (page by page, filtered on the client, as
   * readAll does) and counted, at most `limit` of them past the position.
   */
  async countAfter(after: bigint | LogPosition, options: CountAfterOptions): Promise<number> {
    const from = asLogPosition(after);
    const read = await readAllEvents(this.client, {
      fromPosition: from,
      // The event at `after` itself comes back first when it matches.
      maxCount: options.limit + 1,
      filter: options.filter,
    });
    const past = read.filter((event) => compareLogPositions(logPositionOf(event), from) > 0);
    return Math.min(past.length, options.limit);
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = new EventStoreDbSubscription(this.client, options, (closed) =>
      this.subscriptions.delete(closed),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** The client connects on its first call: one read of the log's last event makes that call. */
  async readyForAppends(): Promise<void> {
    await readAllEvents(this.client, { direction: 'backwards', maxCount: 1 });
  }

  /** Closes the open subscriptions, then disposes the client. */
  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }
}

/** Shared set-up for the emulator's own specs (not part of the emulator's API). */
import {
  EventStoreDBClient,
  jsonEvent,
  type JSONEventType,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { start, type EsdbEmulatorOptions, type RunningEsdbEmulator } from './esdb-emulator';

export interface EmulatorFixture {
  readonly emulator: RunningEsdbEmulator;
  readonly client: EventStoreDBClient;
}

/** One emulator and one real client per spec file; state reset after every test. */
export function useEmulator(options: EsdbEmulatorOptions = {}): () => EmulatorFixture {
  let fixture: EmulatorFixture | undefined;
  beforeAll(async () => {
    const emulator = await start(options);
    fixture = { emulator, client: EventStoreDBClient.connectionString(emulator.connectionString) };
  });
  afterEach(() => fixture?.emulator.reset());
  afterAll(async () => {
    await fixture?.client.dispose();
    await fixture?.emulator.stop();
  });
  return () => {
    if (fixture === undefined) throw new Error('The emulator fixture is not started');
    return fixture;
  };
}

export const anEvent = (type: string, data: Record<string, unknown> = {}, id?: string) =>
  jsonEvent<JSONEventType>({ type, data, ...(id === undefined ? {} : { id }) });

export type Recorded = NonNullable<ResolvedEvent['event']>;

/** A server's own events (`$` types or streams): the emulator writes them as a server does. */
export const isSystem = (event: Recorded) =>
  event.type.startsWith('$') || event.streamId.startsWith('$');

/** The events clients wrote: system events left out. */
export const userEvents = (events: readonly Recorded[]) => events.filter((e) => !isSystem(e));

/** Drains a read into its recorded events. */
export async function recordedEvents(read: AsyncIterable<ResolvedEvent>): Promise<Recorded[]> {
  const events: Recorded[] = [];
  for await (const resolved of read) if (resolved.event !== undefined) events.push(resolved.event);
  return events;
}

/** Promises that settle once a condition over arriving messages holds, or time out. */
export class Arrivals {
  private failure: Error | undefined;
  private readonly checks = new Set<() => void>();

  /** Re-evaluates the pending conditions; call it whenever something arrived. */
  notify(): void {
    for (const check of [...this.checks]) check();
  }

  fail(error: unknown): void {
    this.failure = error instanceof Error ? error : new Error(String(error));
    this.notify();
  }

  until(done: () => boolean, what: string, timeoutMs = 3_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const settleWith = (outcome: () => void) => {
        clearTimeout(timer);
        this.checks.delete(check);
        outcome();
      };
      const check = () => {
        const failure = this.failure;
        if (failure !== undefined) settleWith(() => reject(failure));
        else if (done()) settleWith(resolve);
      };
      const timer = setTimeout(
        () => settleWith(() => reject(new Error(`Timed out waiting for ${what}`))),
        timeoutMs,
      );
      this.checks.add(check);
      check();
    });
  }
}

/** What stream and `$all` subscriptions have in common. */
interface Subscribed {
  on(event: string | symbol, listener: (...args: unknown[]) => void): unknown;
}

function recordedIn(resolved: unknown): Recorded | undefined {
  if (typeof resolved !== 'object' || resolved === null || !('event' in resolved)) return undefined;
  return (resolved as ResolvedEvent).event;
}

/** Collects what a real client's subscription delivers, so a test can wait for the n-th event. */
export class Delivered {
  readonly events: Recorded[] = [];
  private caughtUp = false;
  private ended = false;
  private readonly arrivals = new Arrivals();

  constructor(subscription: Subscribed) {
    subscription.on('data', (resolved: unknown) => {
      const event = recordedIn(resolved);
      if (event !== undefined) this.events.push(event);
      this.arrivals.notify();
    });
    subscription.on('caughtUp', () => {
      this.caughtUp = true;
      this.arrivals.notify();
    });
    subscription.on('end', () => {
      this.ended = true;
      this.arrivals.notify();
    });
    subscription.on('error', (error: unknown) => this.arrivals.fail(error));
  }

  /** The first `count` events, once they arrived. */
  async first(count: number): Promise<Recorded[]> {
    await this.arrivals.until(() => this.events.length >= count, `${count} events`);
    return this.events.slice(0, count);
  }

  /** The first `count` events clients wrote, once they arrived (system events passed over). */
  async firstUser(count: number): Promise<Recorded[]> {
    await this.arrivals.until(() => userEvents(this.events).length >= count, `${count} events`);
    return userEvents(this.events).slice(0, count);
  }

  /** Resolves once the server said the subscription is live. */
  live(): Promise<void> {
    return this.arrivals.until(() => this.caughtUp, 'caught_up');
  }

  /** Resolves once the server ended the subscription. */
  end(): Promise<void> {
    return this.arrivals.until(() => this.ended, 'the end of the subscription');
  }
}

/** Polls `condition` until it holds; fails after `timeoutMs`. */
export async function eventually(condition: () => boolean, what: string, timeoutMs = 3_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await settle(10);
  }
}

/** Lets in-flight messages arrive before asserting that nothing more came. */
export const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

export const revisionsOf = (events: readonly Recorded[]) => events.map((event) => event.revision);
export const typesOf = (events: readonly Recorded[]) => events.map((event) => event.type);

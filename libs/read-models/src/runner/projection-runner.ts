import {
  compareLogPositions,
  type EventStore,
  LOG_START,
  type LogPosition,
  type RecordedEvent,
  type Subscription,
  UpcasterRegistry,
} from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import { type RunnerFaults, applyBatch } from './apply-batch';
import { CheckpointMovedError, ensureCheckpoints } from './checkpoints';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  upcasters?: UpcasterRegistry;
  clock?: () => Date;
  onError?: (error: unknown) => void;
  /** Most events applied in one transaction (default 500). */
  batchSize?: number;
  /** Test support: crash points. */
  faults?: RunnerFaults;
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

function deferred(): Deferred {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

const NOTHING_READY = Symbol('nothing-ready');

const nextTurn = () =>
  new Promise<typeof NOTHING_READY>((resolve) => setImmediate(() => resolve(NOTHING_READY)));

/**
 * Feeds the log to the projections in batches. A projection's rows for a batch and its checkpoint
 * are written in one transaction, and the checkpoint only moves if it is still where this runner
 * left it, so a crash can neither skip nor repeat an event and a rebuild swapped in meanwhile is
 * respected. When a batch fails, it is applied again one event per transaction and the event that
 * fails is parked with its error (dead letter); that projection moves on, the others never notice.
 */
export class ProjectionRunner {
  private readonly checkpoints = new Map<string, LogPosition>();
  private subscription: Subscription | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private considered = 0n;
  private outstanding: Deferred | undefined;
  private readonly waiters = new Set<{ position: bigint; resolve: () => void }>();
  private readonly listeners = new Set<(position: bigint) => void>();
  private readonly upcasters: UpcasterRegistry;
  private readonly clock: () => Date;
  private readonly batchSize: number;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.clock = options.clock ?? (() => new Date());
    this.batchSize = options.batchSize ?? 500;
  }

  async start(): Promise<void> {
    this.stopping = false;
    await this.subscribe();
    this.loop = this.run().catch((error: unknown) => this.options.onError?.(error));
  }

  /** Finishes the batch in flight, then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.subscription?.close();
    await this.loop;
    for (const waiter of this.waiters) waiter.resolve();
    this.waiters.clear();
  }

  /** Resolves when the runner has ended: stopped, or crashed (the promise then rejects). */
  get ended(): Promise<void> {
    return this.loop ?? Promise.resolve();
  }

  /**
   * Resolves once every event up to `position` (a commit position) has been considered by every
   * projection. Events committed together share a commit position (EventStoreDB logs written
   * before 20.6): the wait may then end once the first of them was considered.
   */
  waitFor(position: bigint): Promise<void> {
    if (this.considered >= position) return Promise.resolve();
    return new Promise((resolve) => this.waiters.add({ position, resolve }));
  }

  get position(): bigint {
    return this.considered;
  }

  /** Called whenever the runner has considered more of the log; returns an unsubscribe. */
  onProgress(listener: (position: bigint) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async subscribe(): Promise<void> {
    const stored = await ensureCheckpoints(
      this.dataSource.manager,
      this.projections.map((projection) => projection.name),
    );
    for (const [name, position] of stored) this.checkpoints.set(name, position);
    // The projection furthest behind decides where to read from; the others skip what they have.
    const from = [...this.checkpoints.values()].reduce<LogPosition | undefined>(
      (earliest, position) =>
        earliest === undefined || compareLogPositions(position, earliest) < 0 ? position : earliest,
      undefined,
    );
    if (from !== undefined) this.advance(from.commit);
    this.subscription = this.store.subscribeToAll({
      from: from === undefined || from.commit === 0n ? 'start' : from,
      filter: { eventTypes: [...new Set(this.projections.flatMap((p) => p.eventTypes))] },
      onCheckpoint: async (position) => {
        // Everything before a checkpoint was handed over already: wait until it is applied.
        while (this.outstanding) await this.outstanding.promise;
        this.advance(position.commit);
      },
    });
  }

  private async run(): Promise<void> {
    for (;;) {
      try {
        await this.consume();
        return;
      } catch (error) {
        if (!(error instanceof CheckpointMovedError) || this.stopping) throw error;
        await this.subscription?.close();
        await this.subscribe();
      }
    }
  }

  private async consume(): Promise<void> {
    const subscription = this.subscription;
    if (!subscription) return;
    const iterator = subscription[Symbol.asyncIterator]();
    try {
      let pending = iterator.next();
      for (;;) {
        const first = await pending;
        if (first.done || this.stopping) return;
        const batch = [first.value];
        const outstanding = deferred();
        this.outstanding = outstanding;
        pending = iterator.next();
        while (batch.length < this.batchSize) {
          const ready = await Promise.race([pending, nextTurn()]);
          if (ready === NOTHING_READY || ready.done) break;
          batch.push(ready.value);
          pending = iterator.next();
        }
        try {
          await this.dispatch(batch);
        } finally {
          this.outstanding = undefined;
          outstanding.resolve();
        }
        const last = batch[batch.length - 1];
        if (last) this.advance(last.position);
      }
    } finally {
      await subscription.close();
    }
  }

  private advance(position: bigint): void {
    if (position <= this.considered) return;
    this.considered = position;
    for (const waiter of this.waiters) {
      if (waiter.position <= position) {
        waiter.resolve();
        this.waiters.delete(waiter);
      }
    }
    for (const listener of this.listeners) listener(position);
  }

  private async dispatch(batch: readonly RecordedEvent[]): Promise<void> {
    const context = { upcasters: this.upcasters, clock: this.clock, faults: this.options.faults };
    for (const projection of this.projections) {
      const from = this.checkpoints.get(projection.name) ?? LOG_START;
      const to = await applyBatch(this.dataSource, projection, batch, from, context);
      this.checkpoints.set(projection.name, to);
    }
  }
}

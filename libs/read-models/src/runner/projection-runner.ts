import { DEFAULT_TIME_ZONE, type JurisdictionCalendar, calendarFor } from '@dutyledger/domain';
import type { EventStore, RecordedEvent, Subscription } from '@dutyledger/event-store';
import { UpcasterRegistry } from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import {
  DEFAULT_RETRY,
  type RetryPolicy,
  type RunnerFaults,
  applyBatch,
  withRetries,
} from './apply-batch';
import { CheckpointMovedError, ensureCheckpoints, passOver } from './checkpoints';
import type { Projection } from './projection';
import { isTransient } from './transient-errors';

export interface ProjectionRunnerOptions {
  upcasters?: UpcasterRegistry;
  clock?: () => Date;
  /** The jurisdiction's calendar (DUTYLEDGER_TIME_ZONE); the default jurisdiction's when left out. */
  calendar?: JurisdictionCalendar;
  onError?: (error: unknown) => void;
  /** Most events applied in one transaction (default 500). */
  batchSize?: number;
  /** Test support: crash points. */
  faults?: RunnerFaults;
  /** How writes that fail for a transient reason are retried (default 5 tries from 100 ms). */
  retry?: RetryPolicy;
  /** Told of each transient failure that outlasted the retries; the runner waits and resumes. */
  onTransientFailure?: (error: unknown) => void;
}

/** A batch being applied: settles true once applied, false if it failed. */
interface Deferred {
  promise: Promise<boolean>;
  resolve: (applied: boolean) => void;
}

function deferred(): Deferred {
  let resolve: (applied: boolean) => void = () => undefined;
  const promise = new Promise<boolean>((settle) => (resolve = settle));
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
  private readonly checkpoints = new Map<string, bigint>();
  private subscription: Subscription | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private considered = 0n;
  private outstanding: Deferred | undefined;
  private readonly waiters = new Set<{ position: bigint; resolve: () => void }>();
  private readonly listeners = new Set<(position: bigint) => void>();
  private readonly upcasters: UpcasterRegistry;
  private readonly clock: () => Date;
  private readonly calendar: JurisdictionCalendar;
  private readonly batchSize: number;
  private wakeFromPause: () => void = () => undefined;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.clock = options.clock ?? (() => new Date());
    this.calendar = options.calendar ?? calendarFor(DEFAULT_TIME_ZONE);
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
    this.wakeFromPause();
    await this.subscription?.close();
    await this.loop;
    for (const waiter of this.waiters) waiter.resolve();
    this.waiters.clear();
  }

  /** Resolves when the runner has ended: stopped, or crashed (the promise then rejects). */
  get ended(): Promise<void> {
    return this.loop ?? Promise.resolve();
  }

  /** Resolves once every event up to `position` has been considered by every projection. */
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
    // The subscription starts after the checkpoint furthest behind (exclusive).
    const positions = [...this.checkpoints.values()];
    const from = positions.length === 0 ? 0n : positions.reduce((a, b) => (a < b ? a : b));
    if (from > this.considered) this.advance(from);
    this.subscription = this.store.subscribeToAll({
      from: from === 0n ? 'start' : from,
      filter: { eventTypes: [...new Set(this.projections.flatMap((p) => p.eventTypes))] },
      onCheckpoint: async (position) => {
        // Everything before a checkpoint was handed over already: wait until it is applied.
        // If it failed, nothing may pass over its events: the runner resumes before them.
        for (let batch = this.outstanding; batch; batch = this.outstanding) {
          if (!(await batch.promise)) return;
        }
        await this.passOver(position);
        this.advance(position);
      },
    });
  }

  /**
   * Consumes until stopped. A checkpoint moved by a rebuild, or a database that stayed busy or
   * unreachable through the retries, makes it resume from the stored checkpoints (after a pause
   * that grows while the failure lasts); any other error ends the runner.
   */
  private async run(): Promise<void> {
    const retry = this.options.retry ?? DEFAULT_RETRY;
    let pause = retry.firstDelayMs;
    for (;;) {
      try {
        if (!this.subscription) await this.subscribe();
        await this.consume();
        return;
      } catch (error) {
        if (this.stopping) throw error;
        await this.subscription?.close();
        this.subscription = undefined;
        if (error instanceof CheckpointMovedError) continue;
        if (!isTransient(error)) throw error;
        this.options.onTransientFailure?.(error);
        await this.pause(pause);
        pause = Math.min(pause * 2, retry.maxDelayMs);
      }
    }
  }

  /** Waits `ms`, or less if the runner is stopped meanwhile. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeFromPause = () => {
        clearTimeout(timer);
        resolve();
      };
    });
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
        let applied = false;
        try {
          await this.dispatch(batch);
          applied = true;
        } finally {
          this.outstanding = undefined;
          outstanding.resolve(applied);
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
    const context = {
      upcasters: this.upcasters,
      clock: this.clock,
      calendar: this.calendar,
      faults: this.options.faults,
      retry: this.options.retry,
    };
    for (const projection of this.projections) {
      const from = this.checkpoints.get(projection.name) ?? 0n;
      const to = await applyBatch(this.dataSource, projection, batch, from, context);
      this.checkpoints.set(projection.name, to);
    }
    const last = batch[batch.length - 1];
    if (last) await this.passOver(last.position);
  }

  /** Every projection has considered the log up to `position`: their checkpoints say so. */
  private async passOver(position: bigint): Promise<void> {
    const behind = new Map([...this.checkpoints].filter(([, at]) => at < position));
    if (behind.size === 0) return;
    await withRetries(
      () => this.dataSource.transaction((manager) => passOver(manager, behind, position)),
      this.options.retry,
    );
    for (const name of behind.keys()) this.checkpoints.set(name, position);
  }
}

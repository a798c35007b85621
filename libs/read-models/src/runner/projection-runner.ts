import { DEFAULT_TIME_ZONE, type JurisdictionCalendar, calendarFor } from '@dutyledger/domain';
import {
  compareLogPositions,
  type EventStore,
  LOG_START,
  type LogPosition,
  logPositionOf,
  type RecordedEvent,
  type Subscription,
  UpcasterRegistry,
} from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import { DEFAULT_RETRY, applyBatch, withRetries } from './apply-batch';
import { CheckpointMovedError, ensureCheckpoints, passOver } from './checkpoints';
import type { Projection } from './projection';
import { isTransient } from './transient-errors';
import { TransactionSlices } from './transaction-slices';
import type { ProjectionRunnerOptions } from './projection-runner-options';

export type { ProjectionRunnerOptions } from './projection-runner-options';

/** The lease of a projection being applied expired: resubscribe with what is still held. */
class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';
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
  private readonly checkpoints = new Map<string, LogPosition>();
  /** The projections the current subscription feeds: every one, or those leased. */
  private active: readonly Projection[] = [];
  private subscription: Subscription | undefined;
  /** The lease set changed: end the current subscription and subscribe again. */
  private restarting = false;
  private wakeIdle: (() => void) | undefined;
  private unwatchLease: (() => void) | undefined;
  private finished = false;
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
  private readonly now: () => number;
  private readonly slices: TransactionSlices;
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
    this.slices = new TransactionSlices(options.transactionBudgetMs, this.batchSize);
    this.now = options.now ?? (() => performance.now());
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.finished = false;
    const { lease } = this.options;
    this.options.checkpointer?.start();
    if (lease) {
      await lease.start();
      this.unwatchLease = lease.onChange(() => this.restart());
    }
    await this.subscribe();
    this.loop = this.run().catch(async (error: unknown) => {
      // A runner that cannot go on gives its projections to another process at once.
      await this.options.lease?.stop().catch(() => undefined);
      this.options.onError?.(error);
    });
    void this.loop.then(() => (this.finished = true));
  }

  /** Finishes the batch in flight, then stops (and gives its leases up). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeFromPause();
    this.wakeIdle?.();
    await this.subscription?.close();
    await this.loop;
    this.unwatchLease?.();
    await this.options.lease?.stop();
    for (const waiter of this.waiters) waiter.resolve();
    this.waiters.clear();
    await this.options.checkpointer?.stop();
  }

  /** Whether the runner was started and has not ended (stopped or failed). */
  get running(): boolean {
    return this.loop !== undefined && !this.finished;
  }

  /** The projections this runner applies now (all of them without a lease). */
  get applying(): readonly string[] {
    return this.active.map((projection) => projection.name);
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

  private restart(): void {
    this.restarting = true;
    this.wakeIdle?.();
    void this.subscription?.close();
  }

  private async subscribe(): Promise<void> {
    const held = this.options.lease?.held();
    this.active = held ? this.projections.filter((p) => held.has(p.name)) : this.projections;
    this.checkpoints.clear();
    this.subscription = undefined;
    if (this.active.length === 0) return;
    const stored = await ensureCheckpoints(
      this.dataSource.manager,
      this.active.map((projection) => projection.name),
    );
    for (const [name, position] of stored) this.checkpoints.set(name, position);
    // The subscription starts after the checkpoint furthest behind (exclusive); the others skip
    // what they have.
    const from = [...this.checkpoints.values()].reduce<LogPosition | undefined>(
      (earliest, position) =>
        earliest === undefined || compareLogPositions(position, earliest) < 0 ? position : earliest,
      undefined,
    );
    if (from !== undefined) this.advance(from.commit);
    this.subscription = this.store.subscribeToAll({
      from: from === undefined || from.commit === 0n ? 'start' : from,
      filter: { eventTypes: [...new Set(this.active.flatMap((p) => p.eventTypes))] },
      onCheckpoint: async (position) => {
        // Everything before a checkpoint was handed over already: wait until it is applied.
        // If it failed, nothing may pass over its events: the runner resumes before them.
        for (let batch = this.outstanding; batch; batch = this.outstanding) {
          if (!(await batch.promise)) return;
        }
        await this.passOver(position);
        this.advance(position.commit);
      },
    });
  }

  /**
   * Consumes until stopped. A checkpoint moved by a rebuild, a lease lost or changed, or a
   * database that stayed busy or unreachable through the retries, makes it resume from the
   * stored checkpoints (after a pause that grows while the failure lasts); any other error ends
   * the runner.
   */
  private async run(): Promise<void> {
    const retry = this.options.retry ?? DEFAULT_RETRY;
    let pause = retry.firstDelayMs;
    let resubscribe = false;
    for (;;) {
      try {
        if (resubscribe) {
          resubscribe = false;
          this.restarting = false;
          await this.subscription?.close();
          await this.subscribe();
        }
        await this.consume();
        if (this.stopping || !this.restarting) return;
        resubscribe = true;
      } catch (error) {
        if (this.stopping) throw error;
        resubscribe = true;
        if (error instanceof CheckpointMovedError || error instanceof LeaseLostError) continue;
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
    if (this.restarting) return;
    const subscription = this.subscription;
    // Nothing leased: wait for the lease set to change (or for stop).
    if (!subscription) return this.idle();
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
        // A SQLite page read and batch write finish without waiting on I/O: without a turn of the
        // event loop between batches, a catch-up would keep the network (the api) waiting to its end.
        await nextTurn();
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

  private idle(): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      this.wakeIdle = () => {
        this.wakeIdle = undefined;
        resolve();
      };
    });
  }

  private async dispatch(batch: readonly RecordedEvent[]): Promise<void> {
    const held = this.options.lease?.held();
    if (held && this.active.some((projection) => !held.has(projection.name))) {
      throw new LeaseLostError('A projection this runner applied is no longer leased to it');
    }
    const context = {
      upcasters: this.upcasters,
      clock: this.clock,
      calendar: this.calendar,
      faults: this.options.faults,
      retry: this.options.retry,
    };
    for (const projection of this.active) {
      for (let at = 0; at < batch.length;) {
        const size = this.slices.next(projection.name, batch.length);
        const slice = at === 0 && size >= batch.length ? batch : batch.slice(at, at + size);
        await this.options.beforeTransaction?.();
        const from = this.checkpoints.get(projection.name) ?? LOG_START;
        const started = this.now();
        const to = await applyBatch(this.dataSource, projection, slice, from, context);
        this.checkpoints.set(projection.name, to);
        this.slices.took(projection.name, size, slice.length, this.now() - started);
        at += slice.length;
        // Each transaction is whole here: a turn of the loop between them lets a projector on
        // the api's loop (DUTYLEDGER_PROJECTOR=in-process) stall it for one transaction, not for
        // the whole batch.
        await nextTurn();
      }
    }
    const last = batch[batch.length - 1];
    if (last) await this.passOver(logPositionOf(last));
  }

  /** Every projection has considered the log up to `position`: their checkpoints say so. */
  private async passOver(position: LogPosition): Promise<void> {
    const behind = new Map(
      [...this.checkpoints].filter(([, at]) => compareLogPositions(at, position) < 0),
    );
    if (behind.size === 0) return;
    await withRetries(
      () => this.dataSource.transaction((manager) => passOver(manager, behind, position)),
      this.options.retry,
    );
    for (const name of behind.keys()) this.checkpoints.set(name, position);
  }
}

import type { EventStore, RecordedEvent, Subscription } from '@dutyledger/event-store';
import { UpcasterRegistry } from '@dutyledger/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { ParkedEvent } from './parked-event.entity';
import { ProjectionCheckpoint } from './projection-checkpoint.entity';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  upcasters?: UpcasterRegistry;
  clock?: () => Date;
  onError?: (error: unknown) => void;
}

/**
 * Feeds the log to the projections. Each event is applied to each projection that reads it in one
 * transaction with that projection's checkpoint, so a crash can neither skip nor repeat it; an
 * event a projection cannot apply is parked with its error and the projection moves on.
 */
export class ProjectionRunner {
  private readonly checkpoints = new Map<string, bigint>();
  private subscription: Subscription | undefined;
  private loop: Promise<void> | undefined;
  private considered = 0n;
  private readonly waiters = new Set<{ position: bigint; resolve: () => void }>();
  private readonly upcasters: UpcasterRegistry;
  private readonly clock: () => Date;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.clock = options.clock ?? (() => new Date());
  }

  async start(): Promise<void> {
    const rows = await this.dataSource.getRepository(ProjectionCheckpoint).find();
    for (const projection of this.projections) {
      const row = rows.find((candidate) => candidate.projection === projection.name);
      this.checkpoints.set(projection.name, row?.position ?? 0n);
    }
    const from = [...this.checkpoints.values()].reduce((a, b) => (a < b ? a : b), 0n);
    this.considered = from;
    this.subscription = this.store.subscribeToAll({
      from: from === 0n ? 'start' : from,
      filter: { eventTypes: [...new Set(this.projections.flatMap((p) => p.eventTypes))] },
      onCheckpoint: (position) => this.advance(position),
    });
    const subscription = this.subscription;
    this.loop = (async () => {
      for await (const event of subscription) {
        await this.dispatch(event);
        this.advance(event.position);
      }
    })().catch((error: unknown) => this.options.onError?.(error));
  }

  /** Finishes the event in flight, then stops. */
  async stop(): Promise<void> {
    await this.subscription?.close();
    await this.loop;
    for (const waiter of this.waiters) waiter.resolve();
    this.waiters.clear();
  }

  /** Resolves once every event up to `position` has been considered by every projection. */
  waitFor(position: bigint): Promise<void> {
    if (this.considered >= position) return Promise.resolve();
    return new Promise((resolve) => this.waiters.add({ position, resolve }));
  }

  get position(): bigint {
    return this.considered;
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
  }

  private async dispatch(stored: RecordedEvent): Promise<void> {
    for (const projection of this.projections) {
      if (!projection.eventTypes.includes(stored.type)) continue;
      if ((this.checkpoints.get(projection.name) ?? 0n) >= stored.position) continue;
      try {
        const event = this.upcasters.upcast(stored);
        await this.dataSource.transaction(async (manager) => {
          await projection.apply(event, manager);
          await this.saveCheckpoint(manager, projection.name, stored.position);
        });
      } catch (error) {
        await this.dataSource.transaction(async (manager) => {
          await manager.getRepository(ParkedEvent).insert({
            projection: projection.name,
            position: stored.position,
            eventId: stored.id,
            eventType: stored.type,
            error: error instanceof Error ? (error.stack ?? error.message) : String(error),
            parkedAt: this.clock().toISOString(),
          });
          await this.saveCheckpoint(manager, projection.name, stored.position);
        });
      }
      this.checkpoints.set(projection.name, stored.position);
    }
  }

  private async saveCheckpoint(manager: EntityManager, projection: string, position: bigint) {
    await manager.getRepository(ProjectionCheckpoint).save({ projection, position });
  }
}

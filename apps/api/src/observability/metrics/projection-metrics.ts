import type { EventStore } from '@dutyledger/event-store';
import { type Projection, projectionStatus } from '@dutyledger/read-models';
import { Gauge, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { CHECK_TIMEOUT_MS, within } from '../../health/readiness';

/**
 * Lag, parked events and position of every projection, and the head of the store, read from the
 * stores before each scrape (as `GET /projections` does, so true wherever the projector runs).
 * The cost is bounded: lag is counted up to 1,000 events per projection, and a read that takes
 * over 2 s is left out of that scrape (`dutyledger_projection_status_read_ok 0`, and logged)
 * rather than holding it.
 */
export class ProjectionMetrics {
  private readonly read: Gauge;
  private readonly head: Gauge;
  private readonly lag: Gauge<'projection'>;
  private readonly parked: Gauge<'projection'>;
  private readonly position: Gauge<'projection'>;

  constructor(
    registry: Registry,
    private readonly store: EventStore,
    private readonly readModels: DataSource,
    private readonly projections: readonly Projection[],
    private readonly onError: (error: unknown) => void,
  ) {
    const registers = [registry];
    this.read = new Gauge({
      name: 'dutyledger_projection_status_read_ok',
      help: '1 when the projection figures of this scrape could be read, 0 when not (see the log)',
      registers,
    });
    this.head = new Gauge({
      name: 'dutyledger_event_store_head_position',
      help: 'Global position of the newest event in the store',
      registers,
    });
    this.lag = new Gauge({
      name: 'dutyledger_projection_lag_events',
      help: 'Events of the types a projection reads that it has not applied yet (counted up to 1000)',
      labelNames: ['projection'],
      registers,
    });
    this.parked = new Gauge({
      name: 'dutyledger_projection_parked_events',
      help: 'Events a projection parked (dead letters) and has not retried',
      labelNames: ['projection'],
      registers,
    });
    this.position = new Gauge({
      name: 'dutyledger_projection_position',
      help: 'Global position up to which a projection has applied the log',
      labelNames: ['projection'],
      registers,
    });
  }

  /** Reads the figures again; called before each scrape. */
  async refresh(): Promise<void> {
    const status = await within(
      () => projectionStatus(this.readModels, this.store, this.projections),
      this.onError,
      CHECK_TIMEOUT_MS,
    );
    for (const gauge of [this.head, this.lag, this.parked, this.position]) gauge.reset();
    this.read.set(status.ok ? 1 : 0);
    if (!status.ok) return;
    this.head.set(Number(status.value.headPosition));
    for (const projection of status.value.projections) {
      this.lag.labels(projection.name).set(projection.lag);
      this.parked.labels(projection.name).set(projection.parked);
      this.position.labels(projection.name).set(Number(projection.position));
    }
  }
}

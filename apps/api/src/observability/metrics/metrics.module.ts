import { Global, Logger, Module } from '@nestjs/common';
import type { EventStore } from '@dutyledger/event-store';
import { APPEND_OBSERVER, EVENT_STORE, READ_MODELS } from '@dutyledger/wiring';
import { PROJECTIONS } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { ApiMetrics } from './api-metrics';
import { MetricsController } from './metrics.http';
import { ProjectionMetrics } from './projection-metrics';

/**
 * `GET /metrics` and what it counts. Global, because the stores module (which opens the event
 * store) looks for the append observer: every append of this process is timed.
 */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    { provide: ApiMetrics, useFactory: () => new ApiMetrics() },
    { provide: APPEND_OBSERVER, useExisting: ApiMetrics },
    {
      provide: ProjectionMetrics,
      inject: [ApiMetrics, EVENT_STORE, READ_MODELS],
      useFactory: (metrics: ApiMetrics, store: EventStore, readModels: DataSource) => {
        const logger = new Logger('Metrics');
        return new ProjectionMetrics(metrics.registry, store, readModels, PROJECTIONS, (error) =>
          logger.warn(`Reading the projection status failed: ${String(error)}`),
        );
      },
    },
  ],
  exports: [ApiMetrics, APPEND_OBSERVER],
})
export class MetricsModule {}

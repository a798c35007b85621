import { Logger, Module } from '@nestjs/common';
import type { EventStore } from '@dutyledger/event-store';
import { EVENT_STORE, READ_MODELS } from '@dutyledger/wiring';
import { PROJECTIONS, projectionStatus } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { LiveController } from './live/live.http';
import { ProjectionStatusFeed } from './live/projection-status.feed';
import { GetSessionController } from './session/get-session.http';
import { DashboardShellController } from './shell/dashboard-shell.http';

/** The web dashboard: its page and files at `/`, who is signed in, and the live status stream. */
@Module({
  controllers: [DashboardShellController, GetSessionController, LiveController],
  providers: [
    {
      provide: ProjectionStatusFeed,
      inject: [READ_MODELS, EVENT_STORE],
      useFactory: (readModels: DataSource, store: EventStore) => {
        const logger = new Logger('LiveFeed');
        return new ProjectionStatusFeed(
          () => projectionStatus(readModels, store, PROJECTIONS),
          undefined,
          (error) => logger.warn(`Reading the projection status failed: ${String(error)}`),
        );
      },
    },
  ],
})
export class DashboardModule {}

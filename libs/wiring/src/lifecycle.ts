import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { DutyLedgerConfig } from '@dutyledger/config';
import type { EventStore } from '@dutyledger/event-store';
import type { ProjectionRunner } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { CONFIG, EVENT_STORE, PROJECTION_RUNNER, READ_MODELS } from './tokens';

/** Starts the in-process projector when configured, and closes everything in order on shutdown. */
@Injectable()
export class Lifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Lifecycle');

  constructor(
    @Inject(CONFIG) private readonly config: DutyLedgerConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.runProjector) await this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    if (this.readModels.isInitialized) await this.readModels.destroy();
    await this.store.close();
    this.logger.log('Stores closed');
  }
}

import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { DutyLedgerConfig } from '@dutyledger/config';
import type { EventStore } from '@dutyledger/event-store';
import { CLOCK, type Clock, CONFIG, EVENT_STORE, LogCheckpointer } from '@dutyledger/wiring';

/**
 * Records a signed checkpoint of the log every DUTYLEDGER_CHECKPOINT_INTERVAL_SECONDS while the
 * api runs and the log moves; stopped before the stores close.
 */
@Injectable()
export class LogCheckpointsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Checkpoints');
  private readonly checkpointer: LogCheckpointer;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CONFIG) config: DutyLedgerConfig,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.checkpointer = new LogCheckpointer(store, config, clock);
  }

  onApplicationBootstrap(): void {
    this.checkpointer.start((error) =>
      this.logger.error(
        `A checkpoint could not be recorded: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.checkpointer.stop();
  }
}

import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore } from '@dutyledger/event-store';
import { EVENT_STORE } from '@dutyledger/wiring';

/**
 * Readies the event store's write path while the api starts (the embedded store's writer thread
 * and its connection, EventStoreDB's connection), instead of on the first command: that command
 * waited 150–400 ms for it (test/bench/README.md, start-up). Not awaited: listening does not wait for it, and
 * a store that cannot be readied now is tried again by the first append.
 */
@Injectable()
export class AppendsReadyLifecycle implements OnApplicationBootstrap {
  private readonly logger = new Logger('EventStore');

  constructor(@Inject(EVENT_STORE) private readonly store: Pick<EventStore, 'readyForAppends'>) {}

  onApplicationBootstrap(): void {
    this.store
      .readyForAppends()
      .catch((error: unknown) =>
        this.logger.warn(
          `The event store's write path is not ready yet: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  }
}

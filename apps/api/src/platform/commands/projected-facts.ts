import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { EventStore } from '@dutyledger/event-store';
import {
  EVENT_STORE,
  READ_MODELS,
  REQUESTS_IN_FLIGHT,
  type RequestsInFlight,
} from '@dutyledger/wiring';
import { type Projection, hasApplied, headPosition } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';

/** How long a command waits for a read model to catch up before answering 503. */
const WAIT_MS = 5_000;
const POLL_MS = 25;

/**
 * Facts a command needs from a read model (e.g. a cadre's eligibility, the posts held in a year:
 * they span many streams). The read model is first brought up to the store's head as the command
 * sees it, so a command never decides on facts older than the last write: if the projector cannot
 * catch up in time the command fails closed with 503, it never decides on stale facts.
 */
@Injectable()
export class ProjectedFacts {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REQUESTS_IN_FLIGHT) private readonly requests: RequestsInFlight,
  ) {}

  async read<T>(projection: Projection, query: (readModels: DataSource) => Promise<T>): Promise<T> {
    const head = await headPosition(this.store);
    // An in-process projector waits for the requests in flight: this one waits for it.
    await this.requests.asideWhile(() => this.caughtUp(projection, head));
    return query(this.readModels);
  }

  private async caughtUp(projection: Projection, head: bigint): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    while (!(await hasApplied(this.readModels, this.store, projection, head))) {
      if (Date.now() > deadline) {
        throw new ServiceUnavailableException({
          statusCode: 503,
          error: 'Service Unavailable',
          code: 'PROJECTIONS_BEHIND',
          message: `The ${projection.name} read model is behind the event store; try again shortly (GET /projections shows its lag)`,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

import type { RecordedEvent } from '@dutyledger/event-store';
import type { EntityManager } from 'typeorm';

/** A read model's evolve: applies one event to its rows inside the runner's transaction. */
export interface Projection {
  /** Stable name; the key of its checkpoint. */
  readonly name: string;
  /** The stored event types it reads. */
  readonly eventTypes: readonly string[];
  apply(event: RecordedEvent, manager: EntityManager): Promise<void>;
}

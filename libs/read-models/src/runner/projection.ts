import type { JurisdictionCalendar } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import type { EntityManager, ObjectLiteral } from 'typeorm';

/** A TypeORM entity class (every read-model row class has a no-argument constructor). */
export type EntityClass = new () => ObjectLiteral;

/**
 * What the world lends a projection besides the event: the jurisdiction's calendar, so months and
 * years are the jurisdiction's (DUTYLEDGER_TIME_ZONE), never the machine's or UTC. Rows bucketed
 * with one calendar stay so: changing the zone needs `projections rebuild`.
 */
export interface ProjectionContext {
  readonly calendar: JurisdictionCalendar;
}

/** A read model's evolve: applies one event to its rows inside the runner's transaction. */
export interface Projection {
  /** Stable name; the key of its checkpoint and of its parked events. */
  readonly name: string;
  /** The stored event types it reads. */
  readonly eventTypes: readonly string[];
  /**
   * The tables it owns and nothing else writes: rebuilt aside, compared and swapped in together.
   * Each must have a primary key.
   */
  readonly entities: readonly EntityClass[];
  /**
   * Applies one event. Called in order of position, inside a transaction that also moves the
   * projection's checkpoint, possibly together with the events before and after it (a batch).
   * A throw rolls the batch back; the runner then applies the batch one event at a time and parks
   * the event that throws.
   */
  apply(event: RecordedEvent, manager: EntityManager, context: ProjectionContext): Promise<void>;
}

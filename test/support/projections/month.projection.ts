import type { RecordedEvent } from '@dutyledger/event-store';
import type { EntityClass, Projection, ProjectionContext } from '@dutyledger/read-models';
import { Column, Entity, type EntityManager, PrimaryColumn } from 'typeorm';

/** The month an event happened in, by the calendar its projection was given. */
export interface EventMonth {
  eventId: string;
  month: string;
}

export interface MonthProjection extends Projection {
  readonly entity: EntityClass;
}

/**
 * A read model for runner tests of the calendar: one row per event with the month (in the
 * calendar handed to `apply`) of its business time. `poisonous()` true makes it fail on events
 * whose data says `poison: true`, so it can be parked and retried.
 */
export function monthProjection(
  name: string,
  options: { poisonous?: () => boolean } = {},
): MonthProjection {
  class EventMonthRow implements EventMonth {
    eventId = '';
    month = '';
  }
  PrimaryColumn({ type: 'varchar', length: 36 })(EventMonthRow.prototype, 'eventId');
  Column({ type: 'varchar', length: 7 })(EventMonthRow.prototype, 'month');
  Entity({ name: `month_${name}` })(EventMonthRow);
  return {
    name,
    entity: EventMonthRow,
    eventTypes: ['Tallied'],
    entities: [EventMonthRow],
    async apply(
      event: RecordedEvent,
      manager: EntityManager,
      { calendar }: ProjectionContext,
    ): Promise<void> {
      if (event.data.poison === true && (options.poisonous?.() ?? false)) {
        throw new Error(`cannot place poisoned event ${event.id}`);
      }
      await manager
        .getRepository<EventMonth>(EventMonthRow)
        .insert({ eventId: event.id, month: calendar.monthOf(event.metadata.occurredAt) });
    },
  };
}

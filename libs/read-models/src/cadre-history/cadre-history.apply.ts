import type { DomainEvent } from '@dutyledger/domain';
import { toUtcIso } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import type { EntityManager } from 'typeorm';

/** Applies one stored event of a given type to the cadre-history tables. */
export type Apply = (event: RecordedEvent, manager: EntityManager) => Promise<void>;

/** The event's data in the shape of its (current, upcast) domain type. */
export const dataOf = <E extends DomainEvent>(event: RecordedEvent): E['data'] =>
  event.data as unknown as E['data'];

/** Times are stored in canonical UTC form, so that comparing the text compares the instants. */
export const utc = (iso: string): string => toUtcIso(iso);

/** A row the event must find: the event log guarantees it, so a miss is parked, not guessed. */
export function found<Row>(row: Row | null, what: string, event: RecordedEvent): Row {
  if (row === null) throw new Error(`${event.type} ${event.id}: no ${what} in the cadre history`);
  return row;
}

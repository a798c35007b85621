import { toUtcIso } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import type { EntityManager } from 'typeorm';
import type { Appliers as AppliersOf } from '../runner/typed-projection';

/** What applies each event type to the cadre-history tables, given the event typed. */
export type Appliers = AppliersOf<[EntityManager]>;

/** Times are stored in canonical UTC form, so that comparing the text compares the instants. */
export const utc = (iso: string): string => toUtcIso(iso);

/** A row the event must find: the event log guarantees it, so a miss is parked, not guessed. */
export function found<Row>(row: Row | null, what: string, event: RecordedEvent): Row {
  if (row === null) throw new Error(`${event.type} ${event.id}: no ${what} in the cadre history`);
  return row;
}

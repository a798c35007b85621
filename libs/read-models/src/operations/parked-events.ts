import { DEFAULT_TIME_ZONE, type JurisdictionCalendar, calendarFor } from '@dutyledger/domain';
import type { EventStore, UpcasterRegistry } from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import { describeError } from '../runner/apply-batch';
import { ParkedEvent } from '../runner/parked-event.entity';
import type { Projection } from '../runner/projection';
import { plainManager } from '../runner/plain-manager';

/** The parked events, oldest first, of one projection or of all. */
export function listParked(
  dataSource: DataSource,
  options: { projection?: string; limit?: number } = {},
): Promise<ParkedEvent[]> {
  return dataSource.getRepository(ParkedEvent).find({
    where: options.projection ? { projection: options.projection } : {},
    order: { position: 'ASC', id: 'ASC' },
    take: options.limit ?? 100,
  });
}

export type RetryOutcome =
  | { parkedId: number; outcome: 'APPLIED' }
  | { parkedId: number; outcome: 'FAILED_AGAIN'; error: string };

/**
 * Applies a parked event again (after the projection was fixed). On success the row leaves the
 * dead-letter table in the same transaction; on failure it stays with the new error.
 */
export async function retryParked(
  dataSource: DataSource,
  store: EventStore,
  projections: readonly Projection[],
  upcasters: UpcasterRegistry,
  parkedId: number,
  calendar: JurisdictionCalendar = calendarFor(DEFAULT_TIME_ZONE),
): Promise<RetryOutcome> {
  const repository = dataSource.getRepository(ParkedEvent);
  const parked = await repository.findOneBy({ id: parkedId });
  if (!parked) throw new Error(`No parked event has id ${parkedId}`);
  const projection = projections.find((candidate) => candidate.name === parked.projection);
  if (!projection) throw new Error(`No projection is named ${parked.projection}`);
  const [event] = await store.readAll({
    fromPosition: { commit: parked.position, prepare: parked.preparePosition },
    maxCount: 1,
  });
  if (!event || event.id !== parked.eventId) {
    throw new Error(`The store holds no event ${parked.eventId} at position ${parked.position}`);
  }
  try {
    await dataSource.transaction(async (manager) => {
      await projection.apply(upcasters.upcast(event), plainManager(manager), { calendar });
      await manager.getRepository(ParkedEvent).delete({ id: parkedId });
    });
    return { parkedId, outcome: 'APPLIED' };
  } catch (error) {
    const text = describeError(error);
    await repository.update({ id: parkedId }, { error: text });
    return { parkedId, outcome: 'FAILED_AGAIN', error: text };
  }
}

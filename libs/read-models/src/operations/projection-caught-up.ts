import type { EventStore } from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import { storedRows } from '../database/stored-rows';
import type { Projection } from '../runner/projection';
import { ProjectionCheckpoint } from '../runner/projection-checkpoint.entity';

/**
 * Has `projection` applied (or parked) every event it reads up to `position`? True when its
 * checkpoint has reached the position, or no event it reads lies between the two.
 */
export async function hasApplied(
  dataSource: DataSource,
  store: EventStore,
  projection: Projection,
  position: bigint,
): Promise<boolean> {
  // Plain SQL (decision 0010): every command that reads facts asks this first.
  const row = await storedRows(dataSource, ProjectionCheckpoint).findOne({
    projection: projection.name,
  });
  const checkpoint = row?.position ?? 0n;
  if (checkpoint >= position) return true;
  const [next] = await store.readAll({
    fromPosition: checkpoint + 1n,
    maxCount: 1,
    filter: { eventTypes: projection.eventTypes },
  });
  return next === undefined || next.position > position;
}

/** The position of the newest event in the store (0 when it is empty). */
export async function headPosition(store: EventStore): Promise<bigint> {
  const [newest] = await store.readAll({ direction: 'backwards', maxCount: 1 });
  return newest?.position ?? 0n;
}

import { type EventStore, LOG_START } from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import { ParkedEvent } from '../runner/parked-event.entity';
import type { Projection } from '../runner/projection';
import { checkpointPosition } from '../runner/checkpoints';
import { leaseHolders } from '../runner/projection-lease';
import { ProjectionCheckpoint } from '../runner/projection-checkpoint.entity';

/** Lag is counted up to this many events; beyond it the answer says "at least". */
export const LAG_COUNT_LIMIT = 1000;

export interface ProjectionStatus {
  name: string;
  /** The position of the last event the projection applied or parked (a string: it is 64-bit). */
  position: string;
  /** How many stored events it reads lie beyond its position (at most LAG_COUNT_LIMIT). */
  lag: number;
  /** True when there were more than LAG_COUNT_LIMIT: `lag` is then a lower bound. */
  lagAtLeast: boolean;
  parked: number;
  caughtUp: boolean;
  /** The projector process applying it now (`host:pid/random`); null when none holds its lease. */
  heldBy: string | null;
}

export interface ProjectionStatusReport {
  /** The position of the newest event in the store ("0" when it is empty). */
  headPosition: string;
  projections: ProjectionStatus[];
}

/** Per projection: where it is, how far behind the store, and how many events it parked. */
export async function projectionStatus(
  dataSource: DataSource,
  store: EventStore,
  projections: readonly Projection[],
): Promise<ProjectionStatusReport> {
  const [newest] = await store.readAll({ direction: 'backwards', maxCount: 1 });
  const checkpoints = await dataSource.getRepository(ProjectionCheckpoint).find();
  const parked = await dataSource
    .getRepository(ParkedEvent)
    .createQueryBuilder('parked')
    .select('parked.projection', 'projection')
    .addSelect('COUNT(*)', 'count')
    .groupBy('parked.projection')
    .getRawMany<{ projection: string; count: string | number }>();
  const holders = await leaseHolders(dataSource);
  const statuses = await Promise.all(
    projections.map(async (projection): Promise<ProjectionStatus> => {
      const row = checkpoints.find((candidate) => candidate.projection === projection.name);
      const at = row ? checkpointPosition(row) : LOG_START;
      const position = at.commit;
      // Counted, not read: up to one more than the limit says whether there were more.
      const behind = await store.countAfter(at, {
        filter: { eventTypes: projection.eventTypes },
        limit: LAG_COUNT_LIMIT + 1,
      });
      const lag = Math.min(behind, LAG_COUNT_LIMIT);
      return {
        name: projection.name,
        position: position.toString(),
        lag,
        lagAtLeast: behind > LAG_COUNT_LIMIT,
        parked: Number(parked.find((row) => row.projection === projection.name)?.count ?? 0),
        caughtUp: behind === 0,
        heldBy: holders.get(projection.name) ?? null,
      };
    }),
  );
  return { headPosition: (newest?.position ?? 0n).toString(), projections: statuses };
}

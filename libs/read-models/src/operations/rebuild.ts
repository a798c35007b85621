import { DEFAULT_TIME_ZONE, type JurisdictionCalendar, calendarFor } from '@dutyledger/domain';
import type { EventStore, LogPosition, UpcasterRegistry } from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import type { ReadModelDatabase } from '../database/read-model-data-source';
import type { BatchContext } from '../runner/apply-batch';
import type { Projection } from '../runner/projection';
import { type CatchUpProgress, catchUp } from './catch-up';
import { rebuildInMemory } from './rebuild-in-memory';
import { type SideDatabase, openSideDatabase } from './side-database';

export interface ProjectionJob {
  store: EventStore;
  /** The live read-model connection and what it is connected to. */
  live: DataSource;
  database: ReadModelDatabase;
  projection: Projection;
  upcasters: UpcasterRegistry;
  clock?: () => Date;
  /** The jurisdiction's calendar the live read model was built with (default jurisdiction's if left out). */
  calendar?: JurisdictionCalendar;
  onProgress?: (progress: CatchUpProgress) => void;
}

export interface RebuildResult {
  projection: string;
  events: number;
  /** The commit position the rebuilt read model reached. */
  position: bigint;
  parked: number;
}

/** What a rebuild or a verification hands each batch: the job's upcasters, clock and calendar. */
export function batchContextOf(job: ProjectionJob): BatchContext {
  return {
    upcasters: job.upcasters,
    clock: job.clock ?? (() => new Date()),
    calendar: job.calendar ?? calendarFor(DEFAULT_TIME_ZONE),
  };
}

/** Replays the whole log into a side database: the projection as a fresh start would build it. */
export async function buildAside(
  job: ProjectionJob,
  until?: LogPosition,
): Promise<{ side: SideDatabase; position: LogPosition; events: number }> {
  const side = await openSideDatabase(job.database, job.projection);
  let events = 0;
  try {
    const position = await catchUp(
      side.dataSource,
      job.store,
      job.projection,
      batchContextOf(job),
      {
        until,
        onProgress: (progress) => {
          events = progress.events;
          job.onProgress?.(progress);
        },
      },
    );
    return { side, position, events };
  } catch (error) {
    await side.drop();
    throw error;
  }
}

/**
 * Rebuilds one projection from position zero and swaps it in atomically: see `rebuildInMemory`.
 * A runner still feeding the old tables notices the moved checkpoint at its next batch and
 * resumes from the rebuilt position.
 */
export async function rebuildProjection(job: ProjectionJob): Promise<RebuildResult> {
  const [result] = await rebuildInMemory({ ...job, projections: [job.projection] });
  if (!result) throw new Error(`${job.projection.name} was not rebuilt`);
  return result;
}

import { DEFAULT_TIME_ZONE, type JurisdictionCalendar, calendarFor } from '@dutyledger/domain';
import type { EventStore, LogPosition, UpcasterRegistry } from '@dutyledger/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import type { ReadModelDatabase } from '../database/read-model-data-source';
import type { BatchContext } from '../runner/apply-batch';
import { setCheckpoint } from '../runner/checkpoints';
import { ParkedEvent } from '../runner/parked-event.entity';
import type { Projection } from '../runner/projection';
import { type CatchUpProgress, catchUp } from './catch-up';
import { type SideDatabase, liveTable, openSideDatabase } from './side-database';

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
 * Rebuilds one projection from position zero into fresh tables and swaps them in atomically: one
 * transaction replaces the live rows, the parked events and the checkpoint, so readers see the old
 * read model until the commit and the new one after it. A runner still feeding the old tables
 * notices the moved checkpoint at its next batch and resumes from the rebuilt position.
 */
export async function rebuildProjection(job: ProjectionJob): Promise<RebuildResult> {
  const { side, position, events } = await buildAside(job);
  try {
    const parked = await side.dataSource.getRepository(ParkedEvent).count();
    await side.attach(job.live);
    try {
      await job.live.transaction((manager) => swapIn(manager, job, side, position));
    } finally {
      await side.detach(job.live);
    }
    return { projection: job.projection.name, events, position: position.commit, parked };
  } finally {
    await side.drop();
  }
}

async function swapIn(
  manager: EntityManager,
  job: ProjectionJob,
  side: SideDatabase,
  position: LogPosition,
): Promise<void> {
  for (const entity of job.projection.entities) {
    const metadata = job.live.getMetadata(entity);
    const columns = metadata.columns.map((column) => `"${column.databaseName}"`).join(', ');
    const target = liveTable(job.database, metadata.tableName);
    await manager.query(`DELETE FROM ${target}`);
    await manager.query(
      `INSERT INTO ${target} (${columns}) SELECT ${columns} FROM ${side.table(metadata.tableName)}`,
    );
    if (job.database.kind === 'postgres') {
      for (const column of metadata.columns.filter((c) => c.generationStrategy === 'increment')) {
        await manager.query(
          `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT MAX("${column.databaseName}") FROM ${target}), 0) + 1, false)`,
          [target, column.databaseName],
        );
      }
    }
  }
  const parked = job.live.getMetadata(ParkedEvent);
  const kept = parked.columns
    .filter((column) => column.generationStrategy !== 'increment')
    .map((column) => `"${column.databaseName}"`)
    .join(', ');
  await manager.getRepository(ParkedEvent).delete({ projection: job.projection.name });
  await manager.query(
    `INSERT INTO ${liveTable(job.database, parked.tableName)} (${kept}) SELECT ${kept} FROM ${side.table(parked.tableName)} ORDER BY "position"`,
  );
  await setCheckpoint(manager, job.projection.name, position);
}

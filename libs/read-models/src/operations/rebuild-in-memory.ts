import { DEFAULT_TIME_ZONE, calendarFor } from '@dutyledger/domain';
import {
  compareLogPositions,
  LOG_START,
  type LogPosition,
  logPositionOf,
  type RecordedEvent,
} from '@dutyledger/event-store';
import type { EntityManager } from 'typeorm';
import { describeError } from '../runner/apply-batch';
import { setCheckpoint } from '../runner/checkpoints';
import { MemoryManager, MemoryTables } from '../runner/in-memory/buffered-manager';
import { ParkedEvent } from '../runner/parked-event.entity';
import type { Projection, ProjectionContext } from '../runner/projection';
import { liveTable } from './side-database';
import { replaceRows } from './swap-rows';
import type { ProjectionJob, RebuildResult } from './rebuild';

export interface RebuildJob extends Omit<ProjectionJob, 'projection'> {
  projections: readonly Projection[];
  /** Events read from the store per page (default 2,000): the log is never held whole. */
  pageSize?: number;
}

interface Parked {
  event: RecordedEvent;
  error: unknown;
  at: Date;
}

/** One projection being rebuilt: its tables in memory and what it reached. */
class InMemoryBuild {
  readonly tables: MemoryTables;
  manager: MemoryManager;
  events = 0;
  at: LogPosition = LOG_START;
  readonly parked: Parked[] = [];
  readonly types: ReadonlySet<string>;

  constructor(
    readonly projection: Projection,
    job: RebuildJob,
  ) {
    this.tables = new MemoryTables(job.live);
    this.manager = new MemoryManager(job.live, this.tables);
    this.types = new Set(projection.eventTypes);
  }

  /** Applies one event; one that throws is taken back and parked, as the runner does. */
  async apply(event: RecordedEvent, context: ProjectionContext, clock: () => Date): Promise<void> {
    this.tables.mark();
    try {
      await this.projection.apply(event, this.manager, context);
    } catch (error) {
      this.tables.undo();
      // The projection's per-transaction memos may hold what was taken back: start afresh.
      this.manager = new MemoryManager(this.manager.connection, this.tables);
      this.parked.push({ event, error, at: clock() });
    }
    this.events++;
    this.at = logPositionOf(event);
  }
}

/**
 * Rebuilds projections from position zero at memory speed: the log is read once, page by page,
 * and each projection applies it to tables held in memory (the same code the runner runs, against
 * a manager of memory tables). Then each projection is swapped in with one transaction: its live
 * rows are replaced by multi-row inserts, its parked events and its checkpoint set, so readers
 * see the old read model until the commit and the new one after it. TypeORM keeps the schema.
 */
export async function rebuildInMemory(job: RebuildJob): Promise<RebuildResult[]> {
  const builds = job.projections.map((projection) => new InMemoryBuild(projection, job));
  const context: ProjectionContext = { calendar: job.calendar ?? calendarFor(DEFAULT_TIME_ZONE) };
  const clock = job.clock ?? (() => new Date());
  const [newest] = await job.store.readAll({ direction: 'backwards', maxCount: 1 });
  const through = newest === undefined ? LOG_START : logPositionOf(newest);
  const eventTypes = [...new Set(job.projections.flatMap((p) => p.eventTypes))];
  const pageSize = job.pageSize ?? 2_000;
  let at = LOG_START;
  let pages = 0;
  for (;;) {
    // Pages of the log in position order, only the types some projection handles, as the
    // runner reads them: the store leaves out the others (a third of a log may be reservations)
    // before reading their data, and walks the log in order to do it (no sort per page).
    const page = await job.store.readAll({
      fromPosition: at,
      maxCount: pageSize,
      filter: { eventTypes },
    });
    const after = page.filter((event) => compareLogPositions(logPositionOf(event), at) > 0);
    for (const recorded of after) {
      const event = job.upcasters.upcast(recorded);
      for (const build of builds) {
        if (build.types.has(event.type)) await build.apply(event, context, clock);
      }
    }
    const last = after[after.length - 1];
    if (last) at = logPositionOf(last);
    // A fresh manager per page, as the runner has a fresh transaction per batch.
    if (++pages % 10 === 0) {
      for (const build of builds) build.manager = new MemoryManager(job.live, build.tables);
    }
    for (const build of builds) job.onProgress?.({ events: build.events, position: at.commit });
    if (after.length === 0 || page.length < pageSize) break;
  }
  const results: RebuildResult[] = [];
  for (const build of builds) {
    const position = compareLogPositions(through, build.at) > 0 ? through : build.at;
    await job.live.transaction((manager) => swapIn(manager, job, build, position));
    // Its rows are in the database now: their memory serves the next projection's swap.
    for (const table of build.tables.all()) table.clear();
    results.push({
      projection: build.projection.name,
      events: build.events,
      position: position.commit,
      parked: build.parked.length,
    });
  }
  return results;
}

async function swapIn(
  manager: EntityManager,
  job: RebuildJob,
  build: InMemoryBuild,
  position: LogPosition,
): Promise<void> {
  const written = new Map(build.tables.all().map((table) => [table.metadata.target, table]));
  for (const entity of build.projection.entities) {
    const metadata = job.live.getMetadata(entity);
    const target = liveTable(job.database, metadata.tableName);
    await replaceRows(manager, metadata.tableName, target, written.get(metadata.target));
  }
  await manager.getRepository(ParkedEvent).delete({ projection: build.projection.name });
  for (const { event, error, at } of build.parked) {
    await manager.getRepository(ParkedEvent).insert({
      projection: build.projection.name,
      position: event.position,
      preparePosition: logPositionOf(event).prepare,
      eventId: event.id,
      eventType: event.type,
      error: describeError(error),
      parkedAt: at.toISOString(),
    });
  }
  await setCheckpoint(manager, build.projection.name, position);
}

import { compareLogPositions, LOG_START, type LogPosition } from '@dutyledger/event-store';
import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { checkpointPosition } from '../runner/checkpoints';
import type { EntityClass } from '../runner/projection';
import { ParkedEvent } from '../runner/parked-event.entity';
import { ProjectionCheckpoint } from '../runner/projection-checkpoint.entity';
import { catchUp } from './catch-up';
import { type ProjectionJob, batchContextOf, buildAside } from './rebuild';

export interface RowDifference {
  table: string;
  /** The row's primary key, as JSON. */
  key: string;
  /** The live row, or null when only the rebuild has it. */
  live: Record<string, unknown> | null;
  /** The rebuilt row, or null when only the live read model has it. */
  rebuilt: Record<string, unknown> | null;
}

export interface VerifyResult {
  projection: string;
  /** The commit position both sides were compared at. */
  position: bigint;
  rows: number;
  differences: RowDifference[];
}

type Outcome =
  { result: VerifyResult; moved?: undefined } | { result?: undefined; moved: LogPosition };

/** How many times the comparison chases a live read model that keeps moving. */
const ATTEMPTS = 5;

/**
 * Rebuilds the projection aside up to the live checkpoint and reports every row that differs
 * from the live read model. The live rows are read in one snapshot together with their
 * checkpoint; if the live side moved on meanwhile, the rebuild catches up and compares again.
 */
export async function verifyProjection(job: ProjectionJob): Promise<VerifyResult> {
  const name = job.projection.name;
  const liveCheckpoint = async (manager: EntityManager): Promise<LogPosition> => {
    const row = await manager.getRepository(ProjectionCheckpoint).findOneBy({ projection: name });
    return row ? checkpointPosition(row) : LOG_START;
  };
  const { side, position: built } = await buildAside(job, await liveCheckpoint(job.live.manager));
  let position = built;
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const outcome = await snapshot<Outcome>(job.live, job.database.kind, async (manager) => {
        const at = await liveCheckpoint(manager);
        if (compareLogPositions(at, position) !== 0) return { moved: at };
        const differences: RowDifference[] = [];
        let rows = 0;
        for (const entity of [...job.projection.entities, ParkedEvent]) {
          const compared = await compareTable(manager, side.dataSource, entity, name);
          rows += compared.rows;
          differences.push(...compared.differences);
        }
        return { result: { projection: name, position: position.commit, rows, differences } };
      });
      if (outcome.result) return outcome.result;
      if (compareLogPositions(outcome.moved, position) < 0) {
        throw new Error(`The live checkpoint of ${name} moved back (a rebuild?): verify again`);
      }
      position = await catchUp(side.dataSource, job.store, job.projection, batchContextOf(job), {
        until: outcome.moved,
      });
    }
    throw new Error(`The live read model of ${name} kept moving: verify again when it is quieter`);
  } finally {
    await side.drop();
  }
}

function snapshot<T>(
  dataSource: DataSource,
  kind: 'sqlite' | 'postgres',
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return kind === 'postgres'
    ? dataSource.transaction('REPEATABLE READ', work)
    : dataSource.transaction(work);
}

/** Plain JSON of a row: bigints as strings, dates as ISO, keys in order. */
function plain(row: ObjectLiteral): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(row).sort()) {
    const value: unknown = row[key];
    result[key] =
      typeof value === 'bigint'
        ? value.toString()
        : value instanceof Date
          ? value.toISOString()
          : value;
  }
  return result;
}

async function compareTable(
  live: EntityManager,
  side: DataSource,
  entity: EntityClass,
  projection: string,
): Promise<{ rows: number; differences: RowDifference[] }> {
  const metadata = side.getMetadata(entity);
  const isParked = entity === ParkedEvent;
  const where = isParked ? { projection } : {};
  const keyOf = (row: Record<string, unknown>) =>
    JSON.stringify(
      isParked
        ? [row.position, row.eventId]
        : metadata.primaryColumns.map((column) => row[column.propertyName]),
    );
  const strip = (row: Record<string, unknown>) => {
    if (!isParked) return row;
    // A parked row's id, time and stack trace depend on when it was parked, not on what.
    const { id: _id, parkedAt: _parkedAt, error: _error, ...rest } = row;
    return rest;
  };
  const liveRows = (await live.getRepository(entity).find({ where })).map(plain).map(strip);
  const sideRows = (await side.getRepository(entity).find({ where })).map(plain).map(strip);
  const rebuilt = new Map(sideRows.map((row) => [keyOf(row), row]));
  const differences: RowDifference[] = [];
  for (const row of liveRows) {
    const key = keyOf(row);
    const twin = rebuilt.get(key);
    rebuilt.delete(key);
    if (!twin || JSON.stringify(twin) !== JSON.stringify(row)) {
      differences.push({ table: metadata.tableName, key, live: row, rebuilt: twin ?? null });
    }
  }
  for (const [key, row] of rebuilt) {
    differences.push({ table: metadata.tableName, key, live: null, rebuilt: row });
  }
  return { rows: liveRows.length, differences };
}

import { LOG_START, type LogPosition } from '@dutyledger/event-store';
import type { EntityManager } from 'typeorm';
import { QueryResult } from 'typeorm/query-runner/QueryResult';
import { statementFor, tableName } from '../database/stored-rows';
import { ProjectionCheckpoint } from './projection-checkpoint.entity';

/**
 * Thrown inside a batch's transaction when the projection's checkpoint is no longer where this
 * runner left it: a rebuild swapped new tables in, or another runner moved it. The batch is rolled
 * back and the runner resumes from the stored checkpoint.
 */
export class CheckpointMovedError extends Error {
  override readonly name = 'CheckpointMovedError';
  constructor(
    readonly projection: string,
    readonly expected: LogPosition,
  ) {
    super(`The checkpoint of ${projection} is no longer at ${expected.commit}/${expected.prepare}`);
  }
}

/** A stored checkpoint as a log position (commit and prepare). */
export const checkpointPosition = (row: ProjectionCheckpoint): LogPosition => ({
  commit: row.position,
  prepare: row.preparePosition,
});

/** Every projection gets a checkpoint row at the start of the log the first time it is seen. */
export async function ensureCheckpoints(
  manager: EntityManager,
  names: readonly string[],
): Promise<Map<string, LogPosition>> {
  const repository = manager.getRepository(ProjectionCheckpoint);
  const rows = await repository.find();
  const positions = new Map<string, LogPosition>();
  for (const name of names) {
    const row = rows.find((candidate) => candidate.projection === name);
    if (!row) {
      await repository
        .createQueryBuilder()
        .insert()
        .values({ projection: name, position: 0n, preparePosition: 0n })
        .orIgnore()
        .execute();
    }
    positions.set(name, row ? checkpointPosition(row) : LOG_START);
  }
  return positions;
}

/** The compare-and-set of `moveCheckpoint`, per data source (its table's name and quoting). */
const moves = new WeakMap<object, string>();

function moveStatement(manager: EntityManager): string {
  const dataSource = manager.connection;
  let sql = moves.get(dataSource);
  if (sql === undefined) {
    const table = tableName(dataSource, dataSource.getMetadata(ProjectionCheckpoint));
    sql = statementFor(
      dataSource,
      `UPDATE ${table} SET "position" = ?, "preparePosition" = ? ` +
        'WHERE "projection" = ? AND "position" = ? AND "preparePosition" = ?',
    );
    moves.set(dataSource, sql);
  }
  return sql;
}

/**
 * Moves a checkpoint from `from` to `to` in the caller's transaction, only if it is still at
 * `from` (compare-and-set), so that a rebuild swapped in meanwhile is never overwritten. Every
 * projection's checkpoint moves with every batch, so it is one plain statement: TypeORM's update
 * builder cost 154 µs a move where the statement takes 11 (decision 0010; test/bench/README.md,
 * "A checkpoint's move").
 */
export async function moveCheckpoint(
  manager: EntityManager,
  projection: string,
  from: LogPosition,
  to: LogPosition,
): Promise<void> {
  const runner = manager.queryRunner;
  if (runner === undefined) throw new Error('A checkpoint moves inside a transaction only');
  const result: unknown = await runner.query(
    moveStatement(manager),
    [
      to.commit.toString(),
      to.prepare.toString(),
      projection,
      from.commit.toString(),
      from.prepare.toString(),
    ],
    true,
  );
  if (!(result instanceof QueryResult) || result.affected !== 1) {
    throw new CheckpointMovedError(projection, from);
  }
}

/** Sets a checkpoint unconditionally (a rebuild swapping its tables in). */
export async function setCheckpoint(
  manager: EntityManager,
  projection: string,
  position: LogPosition,
): Promise<void> {
  await manager
    .getRepository(ProjectionCheckpoint)
    .save({ projection, position: position.commit, preparePosition: position.prepare });
}

/**
 * Moves the checkpoints of projections that read none of the events up to `to` (the log was
 * considered that far for all of them), in one transaction, each only if still where its runner
 * left it: a projection's position then says how far the log was considered for it, not only the
 * last event it applied, so a client waiting for a position sees every projection reach it.
 */
export async function passOver(
  manager: EntityManager,
  behind: ReadonlyMap<string, LogPosition>,
  to: LogPosition,
): Promise<void> {
  for (const [projection, from] of behind) await moveCheckpoint(manager, projection, from, to);
}

import type { DataSource, EntityManager } from 'typeorm';
import { plainRows, tableName } from '../../database/stored-rows';
import { QueueCount } from './queue-count.entity';
import type { QueuedCase } from './queued-case.entity';

/**
 * A slice of the queue: its filters on status, kind and opening department ('' for any; a status of
 * '' is any open status).
 */
export type QueueSlice = Pick<QueueCount, 'status' | 'kind' | 'openedByDepartmentId'>;

/** What decides the slices a row is counted in. */
export type CountedRow = Pick<QueuedCase, 'status' | 'kind' | 'openedByDepartmentId' | 'openedKey'>;

/** How many cases the slice holds, as stored: one row read through the primary key. */
export async function casesCounted(dataSource: DataSource, slice: QueueSlice): Promise<number> {
  const counts = tableName(dataSource, dataSource.getMetadata(QueueCount));
  const rows = await plainRows<{ cases: number | string }>(
    dataSource,
    `SELECT "counted"."cases" AS "cases" FROM ${counts} "counted" WHERE "counted"."status" = ? ` +
      'AND "counted"."kind" = ? AND "counted"."openedByDepartmentId" = ?',
    [slice.status, slice.kind, slice.openedByDepartmentId],
  );
  return Number(rows[0]?.cases ?? 0);
}

/** The slice a queue filter reads: each filter it leaves out is ''. */
export function sliceOf(filter: {
  status?: string;
  kind?: string;
  departmentId?: string;
}): QueueSlice {
  return {
    status: filter.status ?? '',
    kind: filter.kind ?? '',
    openedByDepartmentId: filter.departmentId ?? '',
  };
}

/**
 * The slices a case is counted in: an open one in eight (its status or any open status, its kind
 * or any, its department or any); a closed one (its `openedKey` is null: queue-order.ts) in the
 * four of CLOSED (its kind or any, its department or any), which the list of closed cases reads.
 */
export function slicesOf(row: CountedRow | null): QueueSlice[] {
  if (row === null) return [];
  const slices: QueueSlice[] = [];
  for (const status of row.openedKey === null ? [row.status] : [row.status, ''])
    for (const kind of [row.kind, ''])
      for (const openedByDepartmentId of [row.openedByDepartmentId, ''])
        slices.push({ status, kind, openedByDepartmentId });
  return slices;
}

const keyOf = (slice: QueueSlice) =>
  JSON.stringify([slice.status, slice.kind, slice.openedByDepartmentId]);

/**
 * Moves the counts from the slices of a row as it stood (`before`, null for a new case) to those
 * of the row as it stands now: a slice both are counted in does not move; a count that reaches 0
 * is deleted, so the rows are the same however the counts got there (a rebuild compares equal).
 */
export async function moveQueueCounts(
  manager: EntityManager,
  before: CountedRow | null,
  after: CountedRow,
): Promise<void> {
  // Most events move no slice: the case keeps its status, kind, department and openness.
  const same = (column: keyof CountedRow) => before?.[column] === after[column];
  if (same('status') && same('kind') && same('openedByDepartmentId') && same('openedKey')) return;
  const moves = new Map<string, QueueSlice & { by: number }>();
  const move = (slices: readonly QueueSlice[], by: 1 | -1) => {
    for (const slice of slices) {
      const key = keyOf(slice);
      const moved = moves.get(key) ?? { ...slice, by: 0 };
      moved.by += by;
      moves.set(key, moved);
    }
  };
  move(slicesOf(before), -1);
  move(slicesOf(after), 1);
  const counts = manager.getRepository(QueueCount);
  for (const { by, ...slice } of moves.values()) {
    if (by === 0) continue;
    const counted = await counts.findOneBy({ ...slice });
    const cases = (counted?.cases ?? 0) + by;
    if (cases < 0) throw new Error(`the queue would count ${cases} cases in ${keyOf(slice)}`);
    if (counted === null) await counts.insert({ ...slice, cases });
    else if (cases === 0) await counts.delete({ ...slice });
    else await counts.update({ ...slice }, { cases });
  }
}

import type { QueryRunner } from 'typeorm';

/** The columns of the queue that slice its counts (cases/queue/queue-counts.ts). */
const SLICED = ['status', 'kind', 'openedByDepartmentId'] as const;
type Sliced = (typeof SLICED)[number];

/**
 * Counts the cases `where` picks, as the projection counts them, in each slice that keeps the
 * columns `kept` and any of the others ('' for any): a row per value with cases, none with none.
 * The same statements on SQLite and PostgreSQL.
 */
async function countCases(
  queryRunner: QueryRunner,
  where: string,
  slices: readonly (readonly Sliced[])[],
): Promise<void> {
  for (const kept of slices) {
    const selected = SLICED.map((column) => (kept.includes(column) ? `"${column}"` : "''"));
    const grouped =
      kept.length > 0 ? `GROUP BY ${kept.map((column) => `"${column}"`).join(', ')}` : '';
    await queryRunner.query(
      'INSERT INTO "caseworker_queue_counts" ("status", "kind", "openedByDepartmentId", "cases") ' +
        `SELECT ${selected.join(', ')}, COUNT(*) FROM "caseworker_queue_cases" ` +
        `WHERE ${where} ${grouped} HAVING COUNT(*) > 0`,
    );
  }
}

/** Every subset of `columns`. */
function subsets(columns: readonly Sliced[]): Sliced[][] {
  return columns.reduce<Sliced[][]>(
    (sets, column) => [...sets, ...sets.map((set) => [...set, column])],
    [[]],
  );
}

/** The open cases' counts: eight slices each (its status or any open one, kind, department). */
export async function countQueuedCases(queryRunner: QueryRunner): Promise<void> {
  await countCases(queryRunner, '"openedKey" IS NOT NULL', subsets(SLICED));
}

/** The closed cases' counts: the four slices of CLOSED each (its kind or any, department or any). */
export async function countClosedCases(queryRunner: QueryRunner): Promise<void> {
  const slices = subsets(['kind', 'openedByDepartmentId']).map((set): Sliced[] => [
    'status',
    ...set,
  ]);
  await countCases(queryRunner, '"openedKey" IS NULL', slices);
}

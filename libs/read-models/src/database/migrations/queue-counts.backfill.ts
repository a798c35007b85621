import type { QueryRunner } from 'typeorm';

/** The columns of the queue that slice its counts (cases/queue/queue-counts.ts). */
const SLICED = ['status', 'kind', 'openedByDepartmentId'] as const;

/**
 * Counts the open cases of the queue as the projection would have counted them: for each of the
 * eight slices (each column its value or '' for any), a row per value with cases, none with none.
 * The same statements on SQLite and PostgreSQL.
 */
export async function countQueuedCases(queryRunner: QueryRunner): Promise<void> {
  for (let mask = 0; mask < 2 ** SLICED.length; mask += 1) {
    const kept = SLICED.filter((_, at) => (mask & (1 << at)) !== 0);
    const selected = SLICED.map((column) => (kept.includes(column) ? `"${column}"` : "''"));
    const grouped =
      kept.length > 0 ? `GROUP BY ${kept.map((column) => `"${column}"`).join(', ')}` : '';
    await queryRunner.query(
      `INSERT INTO "caseworker_queue_counts" ("status", "kind", "openedByDepartmentId", "cases") ` +
        `SELECT ${selected.join(', ')}, COUNT(*) FROM "caseworker_queue_cases" ` +
        `WHERE "openedKey" IS NOT NULL ${grouped} HAVING COUNT(*) > 0`,
    );
  }
}

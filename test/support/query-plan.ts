import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The plan the engine chooses for a query, as text: SQLite's `EXPLAIN QUERY PLAN` details, one a
 * line; PostgreSQL's `EXPLAIN` with sequential scans, bitmap scans and sorts priced out, so that
 * on a test table of a few rows the planner still shows whether an index can deliver the rows in
 * the order asked (it sorts, or scans the table, only when no index can).
 */
export async function queryPlan(
  dataSource: DataSource,
  query: SelectQueryBuilder<ObjectLiteral> | [string, unknown[]],
): Promise<string> {
  const [sql, parameters] = Array.isArray(query) ? query : query.getQueryAndParameters();
  if (dataSource.options.type !== 'postgres') {
    const rows: { detail: string }[] = await dataSource.query(
      `EXPLAIN QUERY PLAN ${sql}`,
      parameters,
    );
    return rows.map((row) => row.detail).join('\n');
  }
  return dataSource.transaction(async (manager) => {
    for (const setting of ['enable_seqscan', 'enable_bitmapscan', 'enable_sort']) {
      await manager.query(`SET LOCAL ${setting} = off`);
    }
    const rows: { 'QUERY PLAN': string }[] = await manager.query(`EXPLAIN ${sql}`, parameters);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

/** Whether the plan reads the table through an index, with no full scan and no sort of its rows. */
export function readsThroughIndex(plan: string): boolean {
  const full = /^SCAN \S+$/m.test(plan) || /Seq Scan/.test(plan);
  const sorts = /TEMP B-TREE/.test(plan) || /(^|->)\s*(Incremental )?Sort\s+\(/m.test(plan);
  const indexed =
    /USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY|Index (Only )?Scan|Bitmap Index Scan/.test(
      plan,
    );
  return indexed && !full && !sorts;
}

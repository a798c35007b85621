import type { DataSource } from 'typeorm';
import { plainRows, tableName } from '../database/stored-rows';
import { CadreHistoryHolding } from './cadre-history-holding.entity';

/**
 * The posts a cadre held at some moment in [from, until) (UTC instants): a tenure counts when it
 * began before `until` and had not ended by `from`.
 */
export async function postsHeldBetween(
  dataSource: DataSource,
  cadreId: string,
  from: string,
  until: string,
): Promise<string[]> {
  const holdings = tableName(dataSource, dataSource.getMetadata(CadreHistoryHolding));
  const rows = await plainRows<{ postId: string }>(
    dataSource,
    `SELECT DISTINCT "postId" FROM ${holdings} WHERE "cadreId" = ? AND "heldFrom" < ? ` +
      'AND ("heldUntil" IS NULL OR "heldUntil" > ?) ORDER BY "postId"',
    [cadreId, until, from],
  );
  return rows.map((row) => row.postId);
}

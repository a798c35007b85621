import type { DataSource } from 'typeorm';
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
  const rows = await dataSource
    .getRepository(CadreHistoryHolding)
    .createQueryBuilder('holding')
    .select('DISTINCT holding.postId', 'postId')
    .where('holding.cadreId = :cadreId', { cadreId })
    .andWhere('holding.heldFrom < :until', { until })
    .andWhere('(holding.heldUntil IS NULL OR holding.heldUntil > :from)', { from })
    .orderBy('holding.postId')
    .getRawMany<{ postId: string }>();
  return rows.map((row) => row.postId);
}

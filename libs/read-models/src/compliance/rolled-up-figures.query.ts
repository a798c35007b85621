import type { DataSource } from 'typeorm';
import { placeholders, plainRows, tableName } from '../database/stored-rows';
import { ComplianceTotal } from './compliance-total.entity';
import type { StoredFigure } from './compliance.figures';

/**
 * The statement `rolledUpFigures` runs (`?` placeholders, with its parameters): the `AT` totals
 * of the year and the `FROM` totals of the year and before, of the listed departments, each
 * through the primary key (departmentId, kind, year, figure). Exported for the query-plan spec.
 */
export function rolledUpStatement(
  dataSource: DataSource,
  year: number,
  departmentIds: readonly string[],
): [string, unknown[]] {
  const totals = tableName(dataSource, dataSource.getMetadata(ComplianceTotal));
  const listed = `"total"."departmentId" IN (${placeholders(departmentIds.length)})`;
  const selected =
    'SELECT "total"."departmentId" AS "departmentId", "total"."figure" AS "figure", ' +
    '"total"."amount" AS "amount"';
  return [
    `${selected} FROM ${totals} "total" WHERE ${listed} AND "total"."kind" = 'AT' ` +
      'AND "total"."year" = ? UNION ALL ' +
      `${selected} FROM ${totals} "total" WHERE ${listed} AND "total"."kind" = 'FROM' ` +
      'AND "total"."year" <= ?',
    [...departmentIds, year, ...departmentIds, year],
  ];
}

/**
 * The figures of `year` of each listed department rolled up (it and every department under it),
 * as stored by the compliance projection (compliance-totals.ts): one statement over the listed
 * departments' own totals, whatever their jurisdictions hold (decision 0012).
 */
export async function rolledUpFigures(
  dataSource: DataSource,
  year: number,
  departmentIds: readonly string[],
): Promise<Map<string, Map<StoredFigure, number>>> {
  const figures = new Map<string, Map<StoredFigure, number>>();
  if (departmentIds.length === 0) return figures;
  type Row = { departmentId: string; figure: StoredFigure; amount: string | number };
  const rows = await plainRows<Row>(
    dataSource,
    ...rolledUpStatement(dataSource, year, departmentIds),
  );
  for (const { departmentId, figure, amount } of rows) {
    const sums = figures.get(departmentId) ?? new Map<StoredFigure, number>();
    sums.set(figure, (sums.get(figure) ?? 0) + Number(amount));
    figures.set(departmentId, sums);
  }
  return figures;
}

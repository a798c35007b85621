import type { AccidentGrade } from '@dutyledger/domain';
import { ACCIDENT_GRADES } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { ComplianceFact } from './compliance-fact.entity';
import { accidentFigure } from './compliance.figures';

export type AccidentMonth = { month: string } & Record<AccidentGrade, number>;

/** The months from `from` to `to` (`YYYY-MM`, both included). */
export function monthsBetween(from: string, to: string): string[] {
  const [fromYear = 0, fromMonth = 1] = from.split('-').map(Number);
  const [toYear = 0, toMonth = 1] = to.split('-').map(Number);
  const months: string[] = [];
  for (let index = fromYear * 12 + fromMonth - 1; index <= toYear * 12 + toMonth - 1; index++) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    months.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
  }
  return months;
}

/**
 * Accidents by the month they happened and their latest grade, every month of the range present
 * (zeros included); only those of `departmentIds` when given.
 */
export async function accidentsByMonth(
  dataSource: DataSource,
  query: { from: string; to: string; departmentIds?: readonly string[] },
): Promise<AccidentMonth[]> {
  const series = monthsBetween(query.from, query.to).map((month): AccidentMonth => ({
    month,
    ESPECIALLY_SERIOUS: 0,
    SERIOUS: 0,
    LARGER: 0,
    GENERAL: 0,
  }));
  if (query.departmentIds?.length === 0) return series;
  const counted = dataSource
    .getRepository(ComplianceFact)
    .createQueryBuilder('fact')
    .select('fact.month', 'month')
    .addSelect('fact.figure', 'figure')
    .addSelect('COUNT(*)', 'total')
    .where('fact.figure IN (:...figures)', { figures: ACCIDENT_GRADES.map(accidentFigure) })
    .andWhere('fact.value = 1')
    .andWhere('fact.month >= :from AND fact.month <= :to', { from: query.from, to: query.to });
  if (query.departmentIds) {
    counted.andWhere('fact.departmentId IN (:...departmentIds)', {
      departmentIds: query.departmentIds,
    });
  }
  const rows = await counted
    .groupBy('fact.month')
    .addGroupBy('fact.figure')
    .getRawMany<{ month: string; figure: string; total: string | number }>();
  const byMonth = new Map(series.map((entry) => [entry.month, entry]));
  for (const row of rows) {
    const entry = byMonth.get(row.month);
    const grade = ACCIDENT_GRADES.find((candidate) => accidentFigure(candidate) === row.figure);
    if (entry && grade) entry[grade] += Number(row.total);
  }
  return series;
}

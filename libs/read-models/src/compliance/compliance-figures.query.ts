import { CADENCES } from '@dutyledger/domain';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { ComplianceFact } from './compliance-fact.entity';
import { yearWindow } from './compliance-year';
import { POINT_FIGURES, type StoredFigure } from './compliance.figures';
import { periodsDue } from './duty-periods-due';

/** Scope items and coverage gaps are counted as they stand at the end of the year. */
export const YEAR_END_FIGURES = ['scopeItems', 'coverageGaps'] as const;

/** Facts of `figures` that stand at the end of `year`. */
export function standingAtYearEnd(
  query: SelectQueryBuilder<ComplianceFact>,
  year: number,
): SelectQueryBuilder<ComplianceFact> {
  const { end } = yearWindow(year);
  return query
    .andWhere('fact.fromAt < :end', { end })
    .andWhere('(fact.toAt IS NULL OR fact.toAt >= :end)', { end });
}

/** `dutiesDue` spans that overlap `year` (some may still owe nothing in it: see periodsDue). */
export function dueSpansOverlapping(
  query: SelectQueryBuilder<ComplianceFact>,
  year: number,
): SelectQueryBuilder<ComplianceFact> {
  const { start, end } = yearWindow(year);
  return query
    .andWhere('fact.figure = :due', { due: 'dutiesDue' })
    .andWhere('fact.fromAt < :end', { end })
    .andWhere('(fact.toAt IS NULL OR fact.toAt > :start)', { start });
}

/** The periods a `dutiesDue` fact owes in `year`. */
export function periodsDueOf(fact: ComplianceFact, year: number): number {
  const cadence = CADENCES.find((candidate) => candidate === fact.cadence);
  if (cadence === undefined || fact.fromAt === null) return 0;
  return periodsDue(
    { cadence, fromAt: fact.fromAt, toAt: fact.toAt, closedBy: fact.closedBy },
    year,
  );
}

/** Every department's own figures of `year`, as sums by stored figure. */
export async function ownFigureSums(
  dataSource: DataSource,
  year: number,
): Promise<Map<string, Map<StoredFigure, number>>> {
  const facts = () => dataSource.getRepository(ComplianceFact).createQueryBuilder('fact');
  const sums = new Map<string, Map<StoredFigure, number>>();
  const add = (departmentId: string, figure: StoredFigure, amount: number) => {
    const own = sums.get(departmentId) ?? new Map<StoredFigure, number>();
    own.set(figure, (own.get(figure) ?? 0) + amount);
    sums.set(departmentId, own);
  };
  const grouped = (query: SelectQueryBuilder<ComplianceFact>, total: string) =>
    query
      .select('fact.departmentId', 'departmentId')
      .addSelect('fact.figure', 'figure')
      .addSelect(total, 'total')
      .groupBy('fact.departmentId')
      .addGroupBy('fact.figure')
      .getRawMany<{ departmentId: string; figure: StoredFigure; total: string | number }>();

  const points = facts()
    .where('fact.year = :year', { year })
    .andWhere('fact.figure IN (:...points)', { points: POINT_FIGURES });
  const standing = standingAtYearEnd(
    facts().where('fact.figure IN (:...figures)', { figures: YEAR_END_FIGURES }),
    year,
  ).andWhere('fact.value = 1');
  for (const row of await grouped(points, 'SUM(fact.value)')) {
    add(row.departmentId, row.figure, Number(row.total));
  }
  for (const row of await grouped(standing, 'COUNT(*)')) {
    add(row.departmentId, row.figure, Number(row.total));
  }
  for (const span of await dueSpansOverlapping(facts().where('1 = 1'), year).getMany()) {
    add(span.departmentId, 'dutiesDue', periodsDueOf(span, year));
  }
  return sums;
}

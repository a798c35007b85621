import type { JurisdictionCalendar } from '@dutyledger/domain';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { ComplianceFact } from './compliance-fact.entity';
import { dueSpanOf } from './compliance-rows';
import { yearWindow } from './compliance-year';
import {
  CASE_FIGURES,
  type CaseFigure,
  POINT_FIGURES,
  type StoredFigure,
} from './compliance.figures';
import { periodsDue } from './duty-periods-due';

/** Scope items and coverage gaps are counted as they stand at the end of the year. */
export const YEAR_END_FIGURES = ['scopeItems', 'coverageGaps'] as const;

/**
 * A span bound as a WHERE clause names it. On SQLite the unary `+` keeps the planner (which has
 * no statistics) off the (figure, fromAt) and (figure, toAt, …) indexes: through them it walked
 * every department's spans of the figure, 0.3 s a page at 1M events, where the few departments
 * asked for are read through (departmentId, figure, year). PostgreSQL plans on its statistics,
 * and has no unary `+` for text.
 */
function spanBound(query: SelectQueryBuilder<ComplianceFact>, column: 'fromAt' | 'toAt'): string {
  return query.connection.options.type === 'postgres' ? `fact.${column}` : `+fact.${column}`;
}

/** Facts of `figures` that stand at the end of the jurisdiction's `year`. */
export function standingAtYearEnd(
  query: SelectQueryBuilder<ComplianceFact>,
  year: number,
  calendar: JurisdictionCalendar,
): SelectQueryBuilder<ComplianceFact> {
  const { end } = yearWindow(year, calendar);
  const [fromAt, toAt] = [spanBound(query, 'fromAt'), spanBound(query, 'toAt')];
  return query
    .andWhere(`${fromAt} < :end`, { end })
    .andWhere(`(${toAt} IS NULL OR ${toAt} >= :end)`, { end });
}

/** `dutiesDue` spans that overlap `year` (some may still owe nothing in it: see periodsDue). */
export function dueSpansOverlapping(
  query: SelectQueryBuilder<ComplianceFact>,
  year: number,
  calendar: JurisdictionCalendar,
): SelectQueryBuilder<ComplianceFact> {
  const { start, end } = yearWindow(year, calendar);
  const [fromAt, toAt] = [spanBound(query, 'fromAt'), spanBound(query, 'toAt')];
  return query
    .andWhere('fact.figure = :due', { due: 'dutiesDue' })
    .andWhere(`${fromAt} < :end`, { end })
    .andWhere(`(${toAt} IS NULL OR ${toAt} > :start)`, { start });
}

/** The periods a `dutiesDue` fact owes in `year`. */
export function periodsDueOf(
  fact: ComplianceFact,
  year: number,
  calendar: JurisdictionCalendar,
): number {
  const span = dueSpanOf(fact);
  return span === undefined ? 0 : periodsDue(span, year, calendar);
}

/** Every department's own figures of a year. */
export interface OwnFigures {
  /** Sums by stored figure, per department. */
  sums: Map<string, Map<StoredFigure, number>>;
  /**
   * Per department, the cases counted in `casesOpened` and `casesClosed`: a case naming subjects
   * of two departments counts for each, and once where they roll up together.
   */
  cases: Map<string, Map<CaseFigure, Set<string>>>;
}

/**
 * Every department's own figures of the jurisdiction's `year`; only those of `departmentIds` when
 * given (read through the departmentId index: the cost is theirs, not the whole jurisdiction's).
 */
export async function ownFigures(
  dataSource: DataSource,
  year: number,
  calendar: JurisdictionCalendar,
  departmentIds?: readonly string[],
): Promise<OwnFigures> {
  if (departmentIds?.length === 0) return { sums: new Map(), cases: new Map() };
  const facts = () => {
    const query = dataSource.getRepository(ComplianceFact).createQueryBuilder('fact');
    return departmentIds === undefined
      ? query
      : query.andWhere('fact.departmentId IN (:...departmentIds)', { departmentIds });
  };
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
    .andWhere('fact.year = :year', { year })
    .andWhere('fact.figure IN (:...points)', { points: POINT_FIGURES });
  const standing = standingAtYearEnd(
    facts().andWhere('fact.figure IN (:...figures)', { figures: YEAR_END_FIGURES }),
    year,
    calendar,
  ).andWhere('fact.value = 1');
  for (const row of await grouped(points, 'SUM(fact.value)')) {
    add(row.departmentId, row.figure, Number(row.total));
  }
  for (const row of await grouped(standing, 'COUNT(*)')) {
    add(row.departmentId, row.figure, Number(row.total));
  }
  for (const span of await dueSpansOverlapping(facts(), year, calendar).getMany()) {
    add(span.departmentId, 'dutiesDue', periodsDueOf(span, year, calendar));
  }
  const counted = await facts()
    .select('fact.departmentId', 'departmentId')
    .addSelect('fact.figure', 'figure')
    .addSelect('fact.subject', 'subject')
    .andWhere('fact.year = :year', { year })
    .andWhere('fact.figure IN (:...figures)', { figures: CASE_FIGURES })
    .andWhere('fact.value = 1')
    .getRawMany<{ departmentId: string; figure: CaseFigure; subject: string }>();
  const cases = new Map<string, Map<CaseFigure, Set<string>>>();
  for (const { departmentId, figure, subject } of counted) {
    const own = cases.get(departmentId) ?? new Map<CaseFigure, Set<string>>();
    own.set(figure, (own.get(figure) ?? new Set<string>()).add(subject));
    cases.set(departmentId, own);
  }
  return { sums, cases };
}

import type { JurisdictionCalendar } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { placeholders, plainRows, tableName } from '../database/stored-rows';
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

/** A condition on the facts aliased `fact`, `?` placeholders, with its parameters. */
export type FactCondition = [string, unknown[]];

/**
 * A span bound (`"fact"."fromAt"` or `"fact"."toAt"`) as a WHERE clause names it. On SQLite the
 * unary `+` keeps the planner (which has no statistics) off the (figure, fromAt) and (figure,
 * toAt, …) indexes: through them it walked every department's spans of the figure, 0.3 s a page
 * at 1M events, where the few departments asked for are read through (departmentId, figure,
 * year). PostgreSQL plans on its statistics, and has no unary `+` for text.
 */
function spanBound(dataSource: DataSource, column: 'fromAt' | 'toAt'): string {
  return dataSource.options.type === 'postgres' ? `"fact"."${column}"` : `+"fact"."${column}"`;
}

/** Span facts that stand at the end of the jurisdiction's `year` (scope items, coverage gaps). */
export function standingAtYearEnd(
  dataSource: DataSource,
  year: number,
  calendar: JurisdictionCalendar,
): FactCondition {
  const { end } = yearWindow(year, calendar);
  const [fromAt, toAt] = [spanBound(dataSource, 'fromAt'), spanBound(dataSource, 'toAt')];
  return [`${fromAt} < ? AND (${toAt} IS NULL OR ${toAt} >= ?)`, [end, end]];
}

/** `dutiesDue` spans that overlap `year` (some may still owe nothing in it: see periodsDue). */
export function dueSpansOverlapping(
  dataSource: DataSource,
  year: number,
  calendar: JurisdictionCalendar,
): FactCondition {
  const { start, end } = yearWindow(year, calendar);
  const [fromAt, toAt] = [spanBound(dataSource, 'fromAt'), spanBound(dataSource, 'toAt')];
  return [
    `"fact"."figure" = ? AND ${fromAt} < ? AND (${toAt} IS NULL OR ${toAt} > ?)`,
    ['dutiesDue', end, start],
  ];
}

/** The periods a `dutiesDue` fact owes in `year`. */
export function periodsDueOf(
  fact: Pick<ComplianceFact, 'cadence' | 'fromAt' | 'toAt' | 'closedBy'>,
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

/** Whose facts a statement reads: every department's, or a list's. */
export type FactScope = undefined | readonly string[];

/**
 * The plain statements `ownFigures` runs (`?` placeholders, with their parameters): exported for
 * the query-plan spec, which pins how each is read.
 */
export function ownFiguresStatements(
  dataSource: DataSource,
  year: number,
  calendar: JurisdictionCalendar,
  scope: FactScope,
): Record<'points' | 'standing' | 'dueSpans' | 'cases', FactCondition> {
  const facts = tableName(dataSource, dataSource.getMetadata(ComplianceFact));
  const [where, scoped] =
    scope === undefined
      ? ['1 = 1', []]
      : [`"fact"."departmentId" IN (${placeholders(scope.length)})`, [...scope]];
  const [standing, standingParameters] = standingAtYearEnd(dataSource, year, calendar);
  const [due, dueParameters] = dueSpansOverlapping(dataSource, year, calendar);
  const from = `FROM ${facts} "fact" WHERE ${where}`;
  const byFigure = 'GROUP BY "fact"."departmentId", "fact"."figure"';
  const selected = 'SELECT "fact"."departmentId" AS "departmentId", "fact"."figure" AS "figure"';
  return {
    points: [
      `${selected}, SUM("fact"."value") AS "total" ${from} AND "fact"."year" = ? ` +
        `AND "fact"."figure" IN (${placeholders(POINT_FIGURES.length)}) ${byFigure}`,
      [...scoped, year, ...POINT_FIGURES],
    ],
    standing: [
      `${selected}, COUNT(*) AS "total" ${from} ` +
        `AND "fact"."figure" IN (${placeholders(YEAR_END_FIGURES.length)}) ` +
        `AND ${standing} AND "fact"."value" = 1 ${byFigure}`,
      [...scoped, ...YEAR_END_FIGURES, ...standingParameters],
    ],
    dueSpans: [
      'SELECT "fact"."departmentId" AS "departmentId", "fact"."cadence" AS "cadence", ' +
        '"fact"."fromAt" AS "fromAt", "fact"."toAt" AS "toAt", "fact"."closedBy" AS "closedBy" ' +
        `${from} AND ${due}`,
      [...scoped, ...dueParameters],
    ],
    cases: [
      `${selected}, "fact"."subject" AS "subject" ${from} AND "fact"."year" = ? ` +
        `AND "fact"."figure" IN (${placeholders(CASE_FIGURES.length)}) AND "fact"."value" = 1`,
      [...scoped, year, ...CASE_FIGURES],
    ],
  };
}

type DueSpanRow = Pick<ComplianceFact, 'departmentId' | 'cadence' | 'fromAt' | 'toAt' | 'closedBy'>;

/**
 * Every department's own figures of the jurisdiction's `year`; only those of `scope` when given
 * (a list of departments, read through the departmentId index, so the cost is theirs, not the
 * whole jurisdiction's). Four plain statements (decision 0010).
 */
export async function ownFigures(
  dataSource: DataSource,
  year: number,
  calendar: JurisdictionCalendar,
  scope?: FactScope,
): Promise<OwnFigures> {
  if (Array.isArray(scope) && scope.length === 0) return { sums: new Map(), cases: new Map() };
  const statements = ownFiguresStatements(dataSource, year, calendar, scope);
  type Total = { departmentId: string; figure: StoredFigure; total: string | number };
  const [points, standing, spans, counted] = await Promise.all([
    plainRows<Total>(dataSource, ...statements.points),
    plainRows<Total>(dataSource, ...statements.standing),
    plainRows<DueSpanRow>(dataSource, ...statements.dueSpans),
    plainRows<{ departmentId: string; figure: CaseFigure; subject: string }>(
      dataSource,
      ...statements.cases,
    ),
  ]);
  const sums = new Map<string, Map<StoredFigure, number>>();
  const add = (departmentId: string, figure: StoredFigure, amount: number) => {
    const own = sums.get(departmentId) ?? new Map<StoredFigure, number>();
    own.set(figure, (own.get(figure) ?? 0) + amount);
    sums.set(departmentId, own);
  };
  for (const row of points) add(row.departmentId, row.figure, Number(row.total));
  for (const row of standing) add(row.departmentId, row.figure, Number(row.total));
  for (const span of spans) add(span.departmentId, 'dutiesDue', periodsDueOf(span, year, calendar));
  const cases = new Map<string, Map<CaseFigure, Set<string>>>();
  for (const { departmentId, figure, subject } of counted) {
    const own = cases.get(departmentId) ?? new Map<CaseFigure, Set<string>>();
    own.set(figure, (own.get(figure) ?? new Set<string>()).add(subject));
    cases.set(departmentId, own);
  }
  return { sums, cases };
}

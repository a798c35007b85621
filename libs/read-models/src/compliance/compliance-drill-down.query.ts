import type { JurisdictionCalendar } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import {
  countOf,
  placeholders,
  plainRows,
  storedRows,
  windowClause,
} from '../database/stored-rows';
import { ComplianceFact } from './compliance-fact.entity';
import {
  type FactCondition,
  YEAR_END_FIGURES,
  dueSpansOverlapping,
  periodsDueOf,
  standingAtYearEnd,
} from './compliance-figures.query';
import { type FigureName, isCaseFigure, storedFiguresOf } from './compliance.figures';

/**
 * An event behind a figure; `counted` false for one listed beside the counted ones without
 * counting (a re-grading, the appeal that changed a measure, the naming of a subject that makes a
 * case count for a department, a performance for a period that was not due).
 */
export interface FigureEvent {
  eventId: string;
  type: string;
  stream: string;
  position: string;
  occurredAt: string;
  subject: string;
  counted: boolean;
}

export interface FigureEventsQuery {
  departmentIds: readonly string[];
  year: number;
  figure: FigureName;
  skip: number;
  take: number;
}

const present = (fact: ComplianceFact): FigureEvent => ({
  eventId: fact.eventId,
  type: fact.eventType,
  stream: fact.stream,
  position: String(fact.position),
  occurredAt: fact.occurredAt,
  subject: fact.subject,
  counted: fact.value === 1,
});

/**
 * The plain statement of a drill-down's facts (`?` placeholders): the departments' facts of the
 * figure that count in the jurisdiction's `year` — point facts of the year, span facts standing at
 * its end, or (dutiesDue) spans overlapping it. Exported for the query-plan spec.
 */
export function figureFactsCondition(
  dataSource: DataSource,
  query: Pick<FigureEventsQuery, 'departmentIds' | 'year' | 'figure'>,
  calendar: JurisdictionCalendar,
): FactCondition {
  const ids = [...query.departmentIds];
  const departments = `"fact"."departmentId" IN (${placeholders(ids.length)})`;
  if (query.figure === 'dutiesDue') {
    const [due, parameters] = dueSpansOverlapping(dataSource, query.year, calendar);
    return [`WHERE ${departments} AND ${due}`, [...ids, ...parameters]];
  }
  const figures = storedFiguresOf(query.figure);
  const ofFigure = `WHERE ${departments} AND "fact"."figure" IN (${placeholders(figures.length)})`;
  const [inYear, parameters]: FactCondition = (YEAR_END_FIGURES as readonly string[]).includes(
    query.figure,
  )
    ? standingAtYearEnd(dataSource, query.year, calendar)
    : ['"fact"."year" = ?', [query.year]];
  return [`${ofFigure} AND ${inYear}`, [...ids, ...figures, ...parameters]];
}

const LOG_ORDER = 'ORDER BY "fact"."position" ASC, "fact"."subject" ASC, "fact"."value" DESC';

/** The events behind one figure of the departments in the jurisdiction's `year`, in log order. */
export async function figureEvents(
  dataSource: DataSource,
  query: FigureEventsQuery,
  calendar: JurisdictionCalendar,
): Promise<{ items: FigureEvent[]; total: number }> {
  if (query.departmentIds.length === 0) return { items: [], total: 0 };
  const facts = storedRows(dataSource, ComplianceFact, 'fact');
  const [where, parameters] = figureFactsCondition(dataSource, query, calendar);
  if (query.figure === 'dutiesDue') {
    const spans = await facts.select(
      `${where} ORDER BY "fact"."position" ASC, "fact"."subject" ASC`,
      parameters,
    );
    const owing = spans.filter((fact) => periodsDueOf(fact, query.year, calendar) > 0);
    const page = owing.slice(query.skip, query.skip + query.take);
    return { items: page.map(present), total: owing.length };
  }
  const shared = isCaseFigure(query.figure);
  if (shared && query.departmentIds.length > 1) {
    return distinctEvents(dataSource, where, parameters, query.skip, query.take);
  }
  // Every other fact belongs to one department only: no event can be listed twice.
  const [rows, total] = await Promise.all([
    facts.select(`${where} ${LOG_ORDER} ${windowClause(dataSource, query)}`, parameters),
    facts.count(where, parameters),
  ]);
  return { items: rows.map(present), total };
}

interface EventRow {
  eventId: string;
  eventType: string;
  stream: string;
  position: string | number;
  occurredAt: string;
  subject: string;
  value: string | number;
}

/**
 * Each event once, however many of the departments it counts for (a case closed counts for the
 * department of each subject: rolled up, the closing is one event behind the figure). Only case
 * figures need it, and only over several departments: it costs a sort of every fact.
 */
async function distinctEvents(
  dataSource: DataSource,
  where: string,
  parameters: readonly unknown[],
  skip: number,
  take: number,
): Promise<{ items: FigureEvent[]; total: number }> {
  const facts = storedRows(dataSource, ComplianceFact, 'fact');
  const selected =
    'SELECT DISTINCT "fact"."eventId" AS "eventId", "fact"."eventType" AS "eventType", ' +
    '"fact"."stream" AS "stream", "fact"."position" AS "position", ' +
    '"fact"."occurredAt" AS "occurredAt", "fact"."subject" AS "subject", ' +
    `"fact"."value" AS "value" FROM ${facts.table} ${where}`;
  const [rows, counted] = await Promise.all([
    plainRows<EventRow>(
      dataSource,
      `${selected} ${LOG_ORDER} ${windowClause(dataSource, { take, skip })}`,
      parameters,
    ),
    plainRows<{ count: number | string }>(
      dataSource,
      `SELECT COUNT(*) AS "count" FROM (${selected}) "events"`,
      parameters,
    ),
  ]);
  const items = rows.map((row) => ({
    eventId: row.eventId,
    type: row.eventType,
    stream: row.stream,
    position: String(row.position),
    occurredAt: row.occurredAt,
    subject: row.subject,
    counted: Number(row.value) === 1,
  }));
  return { items, total: countOf(counted) };
}

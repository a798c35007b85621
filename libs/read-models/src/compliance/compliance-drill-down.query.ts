import type { JurisdictionCalendar } from '@dutyledger/domain';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { ComplianceFact } from './compliance-fact.entity';
import {
  YEAR_END_FIGURES,
  dueSpansOverlapping,
  periodsDueOf,
  standingAtYearEnd,
} from './compliance-figures.query';
import { CASE_FIGURES, type FigureName, storedFiguresOf } from './compliance.figures';

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
  facts: SelectQueryBuilder<ComplianceFact>,
  skip: number,
  take: number,
): Promise<{ items: FigureEvent[]; total: number }> {
  const selected = facts
    .select('fact.eventId', 'eventId')
    .addSelect('fact.eventType', 'eventType')
    .addSelect('fact.stream', 'stream')
    .addSelect('fact.position', 'position')
    .addSelect('fact.occurredAt', 'occurredAt')
    .addSelect('fact.subject', 'subject')
    .addSelect('fact.value', 'value')
    .distinct(true);
  const counted = await dataSource
    .createQueryBuilder()
    .select('COUNT(*)', 'total')
    .from(`(${selected.getQuery()})`, 'events')
    .setParameters(selected.getParameters())
    .getRawOne<{ total: string | number }>();
  const rows = await selected
    .orderBy('fact.position', 'ASC')
    .addOrderBy('fact.subject', 'ASC')
    .addOrderBy('fact.value', 'DESC')
    .offset(skip)
    .limit(take)
    .getRawMany<EventRow>();
  const items = rows.map((row) => ({
    eventId: row.eventId,
    type: row.eventType,
    stream: row.stream,
    position: String(row.position),
    occurredAt: row.occurredAt,
    subject: row.subject,
    counted: Number(row.value) === 1,
  }));
  return { items, total: Number(counted?.total ?? 0) };
}

/** The events behind one figure of the departments in the jurisdiction's `year`, in log order. */
export async function figureEvents(
  dataSource: DataSource,
  query: FigureEventsQuery,
  calendar: JurisdictionCalendar,
): Promise<{ items: FigureEvent[]; total: number }> {
  if (query.departmentIds.length === 0) return { items: [], total: 0 };
  const figures = storedFiguresOf(query.figure);
  const base = dataSource
    .getRepository(ComplianceFact)
    .createQueryBuilder('fact')
    .where('fact.departmentId IN (:...departmentIds)', { departmentIds: query.departmentIds });
  if (query.figure === 'dutiesDue') {
    const owing = (
      await dueSpansOverlapping(base, query.year, calendar)
        .orderBy('fact.position', 'ASC')
        .addOrderBy('fact.subject', 'ASC')
        .getMany()
    ).filter((fact) => periodsDueOf(fact, query.year, calendar) > 0);
    const page = owing.slice(query.skip, query.skip + query.take);
    return { items: page.map(present), total: owing.length };
  }
  const selected = base.andWhere('fact.figure IN (:...figures)', { figures });
  const yearEnd = (YEAR_END_FIGURES as readonly string[]).includes(query.figure);
  const inYear = yearEnd
    ? standingAtYearEnd(selected, query.year, calendar)
    : selected.andWhere('fact.year = :year', { year: query.year });
  const shared = (CASE_FIGURES as readonly string[]).includes(query.figure);
  if (shared && query.departmentIds.length > 1) {
    return distinctEvents(dataSource, inYear, query.skip, query.take);
  }
  // Every other fact belongs to one department only: no event can be listed twice.
  const [facts, total] = await inYear
    .orderBy('fact.position', 'ASC')
    .addOrderBy('fact.subject', 'ASC')
    .addOrderBy('fact.value', 'DESC')
    .skip(query.skip)
    .take(query.take)
    .getManyAndCount();
  return { items: facts.map(present), total };
}

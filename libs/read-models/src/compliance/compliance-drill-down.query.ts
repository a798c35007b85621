import type { DataSource } from 'typeorm';
import { ComplianceFact } from './compliance-fact.entity';
import {
  YEAR_END_FIGURES,
  dueSpansOverlapping,
  periodsDueOf,
  standingAtYearEnd,
} from './compliance-figures.query';
import { type FigureName, storedFiguresOf } from './compliance.figures';

/** An event behind a figure; `counted` false for one that only explains a counted one. */
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

/** The events behind one figure of the departments in `year`, in log order. */
export async function figureEvents(
  dataSource: DataSource,
  query: FigureEventsQuery,
): Promise<{ items: FigureEvent[]; total: number }> {
  if (query.departmentIds.length === 0) return { items: [], total: 0 };
  const figures = storedFiguresOf(query.figure);
  const base = dataSource
    .getRepository(ComplianceFact)
    .createQueryBuilder('fact')
    .where('fact.departmentId IN (:...departmentIds)', { departmentIds: query.departmentIds })
    .orderBy('fact.position', 'ASC')
    .addOrderBy('fact.subject', 'ASC');
  if (query.figure === 'dutiesDue') {
    const owing = (await dueSpansOverlapping(base, query.year).getMany()).filter(
      (fact) => periodsDueOf(fact, query.year) > 0,
    );
    const page = owing.slice(query.skip, query.skip + query.take);
    return { items: page.map(present), total: owing.length };
  }
  const selected = base.andWhere('fact.figure IN (:...figures)', { figures });
  const yearEnd = (YEAR_END_FIGURES as readonly string[]).includes(query.figure);
  const inYear = yearEnd
    ? standingAtYearEnd(selected, query.year)
    : selected.andWhere('fact.year = :year', { year: query.year });
  const [facts, total] = await inYear.skip(query.skip).take(query.take).getManyAndCount();
  return { items: facts.map(present), total };
}

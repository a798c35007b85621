import { type JurisdictionCalendar, toUtcIso } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import { type EntityManager, type FindOptionsWhere, IsNull } from 'typeorm';
import { ComplianceFact } from './compliance-fact.entity';
import { type FactRow, adjustTotals } from './compliance-totals';
import type { StoredFigure } from './compliance.figures';

/*
 * Every write of a compliance fact goes through the functions of this file: each moves the
 * rolled-up totals by what it changed (compliance-totals.ts), so they always sum the facts.
 */

/** A fact as it is inserted: the columns not given are null (value: 1). */
export type NewFact = Pick<ComplianceFact, 'figure' | 'subject' | 'departmentId'> &
  Partial<Omit<ComplianceFact, 'figure' | 'subject' | 'departmentId'>>;

function rowOf(fact: NewFact): FactRow {
  return {
    figure: fact.figure,
    subject: fact.subject,
    departmentId: fact.departmentId,
    year: fact.year ?? null,
    value: fact.value ?? 1,
    fromAt: fact.fromAt ?? null,
    toAt: fact.toAt ?? null,
    closedBy: fact.closedBy ?? null,
    cadence: fact.cadence ?? null,
  };
}

/** Inserts facts (a duplicate key rejects) and adds them to the totals. */
export async function insertFacts(
  manager: EntityManager,
  facts: readonly NewFact[],
  calendar: JurisdictionCalendar,
): Promise<void> {
  if (facts.length === 0) return;
  await manager.getRepository(ComplianceFact).insert(facts.map((fact) => ({ ...fact })));
  await adjustTotals(manager, [], facts.map(rowOf), calendar);
}

/** Changes the facts `where` finds, and the totals by what changed. */
export async function updateFacts(
  manager: EntityManager,
  where: FindOptionsWhere<ComplianceFact>,
  changes: Partial<Pick<ComplianceFact, 'value' | 'year' | 'toAt' | 'closedBy'>>,
  calendar: JurisdictionCalendar,
): Promise<void> {
  const facts = manager.getRepository(ComplianceFact);
  const before = await facts.findBy(where);
  if (before.length === 0) return;
  await facts.update(where, changes);
  const after = before.map((fact) => ({ ...fact, ...changes }));
  await adjustTotals(manager, before, after, calendar);
}

/** Deletes the facts `where` finds, and takes them out of the totals. */
export async function deleteFacts(
  manager: EntityManager,
  where: FindOptionsWhere<ComplianceFact>,
  calendar: JurisdictionCalendar,
): Promise<void> {
  const facts = manager.getRepository(ComplianceFact);
  const before = await facts.findBy(where);
  if (before.length === 0) return;
  await facts.delete(where);
  await adjustTotals(manager, before, [], calendar);
}

export interface PointFact {
  figure: StoredFigure;
  subject: string;
  departmentId: string;
  /** When it counts: its year and month in the jurisdiction's calendar, from this business time. */
  at: string;
  value?: 0 | 1;
  /** A year other than that of `at` (a performance counts in the year of its period). */
  year?: number;
  /** The duty and period of a performance, re-judged when the duty's spans change. */
  dutyId?: string;
  period?: string;
}

export interface SpanFact {
  figure: StoredFigure;
  subject: string;
  departmentId: string;
  fromAt: string;
  cadence?: string;
  postId?: string;
  item?: string;
}

/** The columns that name the event behind a fact. */
export function eventColumns(event: RecordedEvent) {
  return {
    eventId: event.id,
    eventType: event.type,
    stream: event.stream,
    position: event.position,
    occurredAt: event.metadata.occurredAt,
  };
}

/**
 * Records that `event` counts (or explains) a figure in the local year and month of `fact.at`
 * (months and years are the jurisdiction's: an accident at 07:00 on 1 September Beijing time
 * counts in September).
 */
export async function countAt(
  manager: EntityManager,
  event: RecordedEvent,
  fact: PointFact,
  calendar: JurisdictionCalendar,
): Promise<void> {
  const counted: NewFact = {
    figure: fact.figure,
    subject: fact.subject,
    departmentId: fact.departmentId,
    year: fact.year ?? calendar.yearOf(fact.at),
    month: calendar.monthOf(fact.at),
    value: fact.value ?? 1,
    dutyId: fact.dutyId ?? null,
    period: fact.period ?? null,
    ...eventColumns(event),
  };
  await insertFacts(manager, [counted], calendar);
}

/** Opens a span fact at `fact.fromAt`, opened by `event`. */
export async function openSpan(
  manager: EntityManager,
  event: RecordedEvent,
  fact: SpanFact,
  calendar: JurisdictionCalendar,
): Promise<void> {
  const opened: NewFact = {
    figure: fact.figure,
    subject: fact.subject,
    departmentId: fact.departmentId,
    fromAt: toUtcIso(fact.fromAt),
    cadence: fact.cadence ?? null,
    postId: fact.postId ?? null,
    item: fact.item ?? null,
    value: 1,
    ...eventColumns(event),
  };
  await insertFacts(manager, [opened], calendar);
}

/** Closes the open spans of `figure` for `subject` at `at`, by `event`. */
export async function closeSpans(
  manager: EntityManager,
  event: RecordedEvent,
  span: { figure: StoredFigure; subject: string; at: string },
  calendar: JurisdictionCalendar,
): Promise<void> {
  await updateFacts(
    manager,
    { figure: span.figure, subject: span.subject, toAt: IsNull() },
    { toAt: toUtcIso(span.at), closedBy: event.type },
    calendar,
  );
}

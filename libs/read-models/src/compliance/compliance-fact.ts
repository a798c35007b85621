import { type JurisdictionCalendar, toUtcIso } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import { type EntityManager, IsNull } from 'typeorm';
import { ComplianceFact } from './compliance-fact.entity';
import type { StoredFigure } from './compliance.figures';

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
  await manager.getRepository(ComplianceFact).insert({
    figure: fact.figure,
    subject: fact.subject,
    departmentId: fact.departmentId,
    year: fact.year ?? calendar.yearOf(fact.at),
    month: calendar.monthOf(fact.at),
    value: fact.value ?? 1,
    dutyId: fact.dutyId ?? null,
    period: fact.period ?? null,
    ...eventColumns(event),
  });
}

/** Opens a span fact at `fact.fromAt`, opened by `event`. */
export async function openSpan(
  manager: EntityManager,
  event: RecordedEvent,
  fact: SpanFact,
): Promise<void> {
  await manager.getRepository(ComplianceFact).insert({
    figure: fact.figure,
    subject: fact.subject,
    departmentId: fact.departmentId,
    fromAt: toUtcIso(fact.fromAt),
    cadence: fact.cadence ?? null,
    postId: fact.postId ?? null,
    item: fact.item ?? null,
    value: 1,
    ...eventColumns(event),
  });
}

/** Closes the open spans of `figure` for `subject` at `at`, by `event`. */
export async function closeSpans(
  manager: EntityManager,
  event: RecordedEvent,
  span: { figure: StoredFigure; subject: string; at: string },
): Promise<void> {
  await manager
    .getRepository(ComplianceFact)
    .update(
      { figure: span.figure, subject: span.subject, toAt: IsNull() },
      { toAt: toUtcIso(span.at), closedBy: event.type },
    );
}

import { toUtcIso } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import { type EntityManager, IsNull } from 'typeorm';
import { ComplianceFact } from './compliance-fact.entity';
import type { StoredFigure } from './compliance.figures';

/** The calendar year (UTC, like every business calendar rule of the domain) of a business time. */
export const yearOf = (iso: string): number => Number(toUtcIso(iso).slice(0, 4));

/** `YYYY-MM` (UTC) of a business time. */
export const monthOf = (iso: string): string => toUtcIso(iso).slice(0, 7);

export interface PointFact {
  figure: StoredFigure;
  subject: string;
  departmentId: string;
  /** When it counts: its year and month are taken from this business time. */
  at: string;
  value?: 0 | 1;
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
function eventColumns(event: RecordedEvent) {
  return {
    eventId: event.id,
    eventType: event.type,
    stream: event.stream,
    position: event.position,
    occurredAt: event.metadata.occurredAt,
  };
}

/** Records that `event` counts (or explains) a figure in the year of `fact.at`. */
export async function countAt(
  manager: EntityManager,
  event: RecordedEvent,
  fact: PointFact,
  year = yearOf(fact.at),
): Promise<void> {
  await manager.getRepository(ComplianceFact).insert({
    figure: fact.figure,
    subject: fact.subject,
    departmentId: fact.departmentId,
    year,
    month: monthOf(fact.at),
    value: fact.value ?? 1,
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

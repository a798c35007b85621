import type { EventLog } from '../../../../../test/support/projection-spec';
import { CASEWORKER, DEPARTMENT, POST_INDUSTRY, ZHANG } from '../case-story.fixtures';

/**
 * Cases as the queue's specs need them: opened, maybe with a deadline, maybe decided or closed,
 * recorded on their streams as the command side would.
 */
export interface QueueCase {
  caseId: string;
  kind?: 'PRE_ACCIDENT' | 'POST_ACCIDENT';
  departmentId?: string;
  openedAt: string;
  dueAt?: string;
  decidedAt?: string;
  closed?: boolean;
}

export function recordQueueCase(log: EventLog, spec: QueueCase): void {
  const { caseId, openedAt } = spec;
  const record = (type: string, data: Record<string, unknown>, occurredAt = openedAt) =>
    log.record(
      type,
      { caseId, ...data, occurredAt },
      { stream: `case-${caseId}`, actor: CASEWORKER },
    );
  record('CaseOpened', {
    kind: spec.kind ?? (spec.dueAt ? 'POST_ACCIDENT' : 'PRE_ACCIDENT'),
    openedByDepartmentId: spec.departmentId ?? DEPARTMENT,
    summary: `Case ${caseId}`,
  });
  record('CaseSubjectNamed', { cadreId: ZHANG, postId: POST_INDUSTRY });
  if (spec.dueAt) record('InvestigationDeadlineSet', { dueAt: spec.dueAt });
  if (spec.decidedAt) {
    record(
      'CaseDecided',
      { appealWindowClosesAt: '2026-12-31T00:00:00.000Z', decidedBy: 'supervisor-1' },
      spec.decidedAt,
    );
  }
  if (spec.closed) record('CaseClosed', { reason: 'Done' }, spec.decidedAt);
}

/** A department other than the story's. */
export const OTHER_DEPARTMENT = 'b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e';
/** The id of the queue's case named by one letter or digit. */
export const queueCaseId = (letter: string) => `${letter.repeat(8)}-0000-4000-8000-000000000000`;

/** At 2026-03-10: B and A are overdue, D and C run, G's deadline was stopped by a decision. */
export const QUEUE: readonly QueueCase[] = [
  {
    caseId: queueCaseId('a'),
    openedAt: '2026-01-05T09:00:00.000Z',
    dueAt: '2026-03-02T06:30:00.000Z',
  },
  {
    caseId: queueCaseId('b'),
    openedAt: '2026-01-06T09:00:00.000Z',
    dueAt: '2026-02-20T00:00:00.000Z',
  },
  {
    caseId: queueCaseId('c'),
    openedAt: '2026-01-07T09:00:00.000Z',
    dueAt: '2026-04-01T00:00:00.000Z',
  },
  {
    caseId: queueCaseId('d'),
    openedAt: '2026-01-08T09:00:00.000Z',
    dueAt: '2026-03-25T00:00:00.000Z',
  },
  { caseId: queueCaseId('e'), openedAt: '2026-01-01T09:00:00.000Z' },
  {
    caseId: queueCaseId('f'),
    openedAt: '2026-01-02T09:00:00.000Z',
    departmentId: OTHER_DEPARTMENT,
  },
  {
    caseId: queueCaseId('9'),
    openedAt: '2025-12-31T09:00:00.000Z',
    dueAt: '2026-02-01T00:00:00.000Z',
    decidedAt: '2026-01-20T00:00:00.000Z',
  },
  {
    caseId: queueCaseId('8'),
    openedAt: '2025-12-01T09:00:00.000Z',
    dueAt: '2026-01-30T00:00:00.000Z',
    decidedAt: '2026-01-20T00:00:00.000Z',
    closed: true,
  },
];
export const QUEUE_NOW = new Date('2026-03-10T00:00:00.000Z');
/** A window over every case of these specs. */
export const ALL = { skip: 0, take: 100 };

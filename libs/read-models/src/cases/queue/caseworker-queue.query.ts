import {
  CASE_KINDS,
  CASE_STATUSES,
  type CaseKind,
  type CaseStatus,
  isOverdue,
} from '@dutyledger/domain';
import { type DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { type NamedSubject, namedSubjects } from '../timeline/case-header.view';
import { QueuedCase } from './queued-case.entity';
import { QueuedSubject } from './queued-subject.entity';
import { RUNNING_DEADLINE } from './queue-order';

/** Statuses of the cases the queue lists: every status but CLOSED. */
export const OPEN_CASE_STATUSES = [
  'OPENED',
  'UNDER_INVESTIGATION',
  'DECIDED',
  'APPEALED',
  'REOPENED',
] as const satisfies readonly CaseStatus[];
export type OpenCaseStatus = (typeof OPEN_CASE_STATUSES)[number];

/**
 * How the queue is ordered: `urgency` (the default) puts overdue cases first, then by running
 * deadline, then oldest opened; `openedAt` oldest first, `-openedAt` newest first.
 */
export const CASE_QUEUE_SORTS = ['urgency', 'openedAt', '-openedAt'] as const;
export type CaseQueueSort = (typeof CASE_QUEUE_SORTS)[number];

export interface CaseworkerQueueFilter {
  status?: OpenCaseStatus;
  /** the department that opened the case */
  departmentId?: string;
  overdue?: boolean;
  kind?: CaseKind;
  sort?: CaseQueueSort;
}

export interface QueuedCaseView {
  caseId: string;
  kind: CaseKind;
  status: CaseStatus;
  openedByDepartmentId: string;
  departmentName: string | null;
  summary: string;
  openedAt: string;
  dueAt: string | null;
  overdue: boolean;
  subjectCount: number;
  subjects: NamedSubject[];
}

/** A row of the queue's table as the api shows it, its overdue decided against `now`. */
export function queuedCaseView(
  row: QueuedCase,
  named: readonly QueuedSubject[],
  now: Date,
): QueuedCaseView | undefined {
  const { labels } = row;
  const kind = CASE_KINDS.find((each) => each === row.kind);
  const status = CASE_STATUSES.find((each) => each === row.status);
  if (kind === undefined || status === undefined) return undefined;
  const subjects = namedSubjects({ subjects: named }, labels);
  const deadline = row.dueAt === null ? null : { dueAt: row.dueAt, stoppedAt: row.stoppedAt };
  return {
    caseId: row.caseId,
    kind,
    status,
    openedByDepartmentId: row.openedByDepartmentId,
    departmentName: labels.departments[row.openedByDepartmentId] ?? null,
    summary: row.summary,
    openedAt: row.openedAt,
    dueAt: row.dueAt,
    overdue: isOverdue({ deadline }, now),
    subjectCount: subjects.length,
    subjects,
  };
}

/** The SQL of one queue page (its query plan is pinned by caseworker-queue.plan.int.spec.ts). */
export function caseworkerQueuePage(
  dataSource: DataSource,
  filter: CaseworkerQueueFilter,
  now: Date,
  window: { skip: number; take: number },
): SelectQueryBuilder<QueuedCase> {
  const sort = filter.sort ?? 'urgency';
  const key = sort === 'urgency' ? 'q.urgencyKey' : 'q.openedKey';
  const query = dataSource.getRepository(QueuedCase).createQueryBuilder('q');
  const overdueFrom = `${RUNNING_DEADLINE}${now.toISOString()}`;
  if (filter.overdue === true) {
    query.where('q.urgencyKey < :overdueFrom', { overdueFrom });
  } else if (filter.overdue === false) {
    query.where('q.urgencyKey >= :overdueFrom', { overdueFrom });
  } else query.where(`${key} IS NOT NULL`);
  if (filter.status !== undefined) query.andWhere('q.status = :status', { status: filter.status });
  if (filter.kind !== undefined) query.andWhere('q.kind = :kind', { kind: filter.kind });
  if (filter.departmentId !== undefined) {
    query.andWhere('q.openedByDepartmentId = :departmentId', { departmentId: filter.departmentId });
  }
  // Newest first is the oldest-first order reversed, ties included: one index serves both.
  const direction = sort === '-openedAt' ? 'DESC' : 'ASC';
  return query
    .orderBy(key, direction)
    .addOrderBy('q.caseId', direction)
    .offset(window.skip)
    .limit(window.take);
}

/**
 * Open cases, overdue first (most overdue first), then by running deadline (soonest first; a
 * case without one, or whose deadline a decision stopped, after those), then oldest opened.
 * Overdue is decided against `now`, never stored: it is the domain's rule (`isOverdue`: the
 * deadline has passed and no decision stopped it) as a range of the stored urgency key
 * (queue-order.ts). Each order and filter is read from an index in order, open cases only: a page
 * costs the rows up to it (its offset), however many cases the store holds or has closed.
 */
export async function caseworkerQueue(
  dataSource: DataSource,
  filter: CaseworkerQueueFilter,
  now: Date,
  window: { skip: number; take: number },
): Promise<{ items: QueuedCaseView[]; total: number }> {
  const [rows, total] = await caseworkerQueuePage(
    dataSource,
    filter,
    now,
    window,
  ).getManyAndCount();
  const subjects = rows.length
    ? await dataSource.getRepository(QueuedSubject).find({
        where: { caseId: In(rows.map((row) => row.caseId)) },
        order: { caseId: 'ASC', ordinal: 'ASC' },
      })
    : [];
  const subjectsOf = (caseId: string) => subjects.filter((subject) => subject.caseId === caseId);
  const items = rows.flatMap((row) => queuedCaseView(row, subjectsOf(row.caseId), now) ?? []);
  return { items, total };
}

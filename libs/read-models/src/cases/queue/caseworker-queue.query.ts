import {
  CASE_KINDS,
  CASE_STATUSES,
  type CaseKind,
  type CaseStatus,
  isOverdue,
} from '@dutyledger/domain';
import { type DataSource, In } from 'typeorm';
import { type NamedSubject, namedSubjects } from '../timeline/case-header.view';
import { QueuedCase } from './queued-case.entity';
import { QueuedSubject } from './queued-subject.entity';

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

/**
 * The domain's overdue rule (`isOverdue`) in SQL: the deadline has passed and no decision stopped
 * it. Times are canonical UTC text, so `<` on text is `<` in time on both engines.
 */
const OVERDUE = 'q.dueAt IS NOT NULL AND q.stoppedAt IS NULL AND q.dueAt < :now';

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

/**
 * Open cases, overdue first (most overdue first), then by running deadline (soonest first; a
 * case without one, or whose deadline a decision stopped, after those), then oldest opened.
 * Overdue is decided against `now`, never stored.
 */
export async function caseworkerQueue(
  dataSource: DataSource,
  filter: CaseworkerQueueFilter,
  now: Date,
  window: { skip: number; take: number },
): Promise<{ items: QueuedCaseView[]; total: number }> {
  const query = dataSource
    .getRepository(QueuedCase)
    .createQueryBuilder('q')
    .where('q.status <> :closed', { closed: 'CLOSED' })
    .setParameter('now', now.toISOString());
  if (filter.status !== undefined) query.andWhere('q.status = :status', { status: filter.status });
  if (filter.kind !== undefined) query.andWhere('q.kind = :kind', { kind: filter.kind });
  if (filter.departmentId !== undefined) {
    query.andWhere('q.openedByDepartmentId = :departmentId', { departmentId: filter.departmentId });
  }
  if (filter.overdue !== undefined)
    query.andWhere(filter.overdue ? `(${OVERDUE})` : `NOT (${OVERDUE})`);
  const sort = filter.sort ?? 'urgency';
  if (sort === 'urgency') {
    query
      .addSelect(`CASE WHEN ${OVERDUE} THEN 0 ELSE 1 END`, 'overdue_rank')
      .addSelect(
        'CASE WHEN q.dueAt IS NULL OR q.stoppedAt IS NOT NULL THEN 1 ELSE 0 END',
        'deadline_rank',
      )
      .addSelect('CASE WHEN q.stoppedAt IS NULL THEN q.dueAt END', 'running_due')
      .orderBy('overdue_rank', 'ASC')
      .addOrderBy('deadline_rank', 'ASC')
      .addOrderBy('running_due', 'ASC')
      .addOrderBy('q.openedAt', 'ASC');
  } else {
    query.orderBy('q.openedAt', sort === 'openedAt' ? 'ASC' : 'DESC');
  }
  const [rows, total] = await query
    .addOrderBy('q.caseId', 'ASC')
    .offset(window.skip)
    .limit(window.take)
    .getManyAndCount();
  const subjects = await dataSource.getRepository(QueuedSubject).find({
    where: { caseId: In(rows.map((row) => row.caseId)) },
    order: { caseId: 'ASC', ordinal: 'ASC' },
  });
  const subjectsOf = (caseId: string) => subjects.filter((subject) => subject.caseId === caseId);
  const items = rows.flatMap((row) => queuedCaseView(row, subjectsOf(row.caseId), now) ?? []);
  return { items, total };
}

import {
  CASE_KINDS,
  CASE_STATUSES,
  type CaseKind,
  type CaseStatus,
  isOverdue,
} from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { storedRows, windowClause } from '../../database/stored-rows';
import { type NamedSubject, namedSubjects } from '../timeline/case-header.view';
import { casesCounted, sliceOf } from './queue-counts';
import { QueuedCase } from './queued-case.entity';
import { type QueuedRow, queuedRows } from './queued-rows';
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
export function queuedCaseView(row: QueuedRow, now: Date): QueuedCaseView | undefined {
  const { labels } = row;
  const kind = CASE_KINDS.find((each) => each === row.kind);
  const status = CASE_STATUSES.find((each) => each === row.status);
  if (kind === undefined || status === undefined) return undefined;
  const subjects = namedSubjects(row, labels);
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

/** One queue page as plain SQL (`?` placeholders), on the queue's table aliased `q`. */
export interface QueuePageStatements {
  /** The filter as a WHERE clause: the page's and the count's. */
  where: string;
  /** What follows it on the page: the order and the window. */
  order: string;
  /** The filter's parameters (the window is in the text). */
  parameters: unknown[];
}

/** The sort key column of an order: the urgency key, or the opening time's. */
const sortKey = (sort: CaseQueueSort) =>
  sort === 'urgency' ? '"q"."urgencyKey"' : '"q"."openedKey"';

/**
 * The cases a filter lists, as a WHERE clause on the queue's table aliased `q`: open ones (their
 * sort key is not null), overdue or not against `now`, of a status, kind and opening department.
 */
function queueFilterClause(
  filter: CaseworkerQueueFilter,
  now: Date,
): Pick<QueuePageStatements, 'where' | 'parameters'> {
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  const overdueFrom = `${RUNNING_DEADLINE}${now.toISOString()}`;
  if (filter.overdue === true) {
    conditions.push('"q"."urgencyKey" < ?');
    parameters.push(overdueFrom);
  } else if (filter.overdue === false) {
    conditions.push('"q"."urgencyKey" >= ?');
    parameters.push(overdueFrom);
  } else conditions.push(`${sortKey(filter.sort ?? 'urgency')} IS NOT NULL`);
  const equal = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    conditions.push(`"q"."${column}" = ?`);
    parameters.push(value);
  };
  equal('status', filter.status);
  equal('kind', filter.kind);
  equal('openedByDepartmentId', filter.departmentId);
  return { where: `WHERE ${conditions.join(' AND ')}`, parameters };
}

/** The SQL of one queue page (its query plan is pinned by caseworker-queue.plan.int.spec.ts). */
export function caseworkerQueuePage(
  dataSource: DataSource,
  filter: CaseworkerQueueFilter,
  now: Date,
  window: { skip: number; take: number },
): QueuePageStatements {
  const sort = filter.sort ?? 'urgency';
  const key = sortKey(sort);
  // Newest first is the oldest-first order reversed, ties included: one index serves both.
  const direction = sort === '-openedAt' ? 'DESC' : 'ASC';
  return {
    ...queueFilterClause(filter, now),
    order: `ORDER BY ${key} ${direction}, "q"."caseId" ${direction} ${windowClause(dataSource, window)}`,
  };
}

/**
 * How many open cases a filter lists. Without `overdue` it is the stored count of the filter's
 * slice (queue-counts.ts): one row, however many cases are open. Overdue is decided against `now`,
 * so the overdue cases of the slice are counted (an index range of them); the cases not overdue
 * are the slice's count less those.
 */
async function queueTotal(
  dataSource: DataSource,
  filter: CaseworkerQueueFilter,
  now: Date,
): Promise<number> {
  const counting = () => casesCounted(dataSource, sliceOf(filter));
  if (filter.overdue === undefined) return counting();
  const overdue = queueFilterClause({ ...filter, overdue: true }, now);
  const overdueCases = storedRows(dataSource, QueuedCase, 'q').count(
    overdue.where,
    overdue.parameters,
  );
  if (filter.overdue) return overdueCases;
  const [all, late] = await Promise.all([counting(), overdueCases]);
  return all - late;
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
  const { where, order, parameters } = caseworkerQueuePage(dataSource, filter, now, window);
  const [cases, total] = await Promise.all([
    queuedRows(dataSource, `${where} ${order}`, parameters),
    queueTotal(dataSource, filter, now),
  ]);
  const items = cases.flatMap((row) => queuedCaseView(row, now) ?? []);
  return { items, total };
}

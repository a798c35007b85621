import type { DataSource } from 'typeorm';
import { storedRows } from '../../database/stored-rows';
import { QueuedCase } from './queued-case.entity';

/** The columns of a queued case its view reads (queuedCaseView). */
const VIEWED = [
  'caseId',
  'kind',
  'status',
  'openedByDepartmentId',
  'summary',
  'openedAt',
  'dueAt',
  'stoppedAt',
  'labels',
  'subjects',
] as const satisfies readonly (keyof QueuedCase)[];

/** A queued case as its view reads it. */
export type QueuedRow = Pick<QueuedCase, (typeof VIEWED)[number]>;

/**
 * `SELECT <the viewed columns> FROM <the queue's table> "q" <rest>`, `?` placeholders: the
 * statement of a page of either list (its plan is pinned by caseworker-queue.plan.int.spec.ts).
 */
export function queuedRowsStatement(dataSource: DataSource, rest: string): string {
  return storedRows(dataSource, QueuedCase, 'q').columnsStatement(VIEWED, rest);
}

/**
 * The queued cases of `SELECT … <rest>`, as their view reads them: the viewed columns only, not
 * entities of every column (a page's rows took a third of a queue page's read that way).
 */
export function queuedRows(
  dataSource: DataSource,
  rest: string,
  parameters: readonly unknown[],
): Promise<QueuedRow[]> {
  return storedRows(dataSource, QueuedCase, 'q').selectColumns(VIEWED, rest, parameters);
}

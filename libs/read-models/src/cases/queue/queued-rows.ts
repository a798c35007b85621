import type { CaseSubject } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { plainRows, storedRows } from '../../database/stored-rows';
import type { CaseLabels } from '../case-labels';
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

/** The same as the driver answers it: the labels and the subjects as their stored JSON text. */
type StoredRow = Omit<QueuedRow, 'labels' | 'subjects'> & { labels: string; subjects: string };

/**
 * `SELECT <the viewed columns> FROM <the queue's table> "q" <rest>`, `?` placeholders: the
 * statement of a page of either list (its plan is pinned by caseworker-queue.plan.int.spec.ts).
 */
export function queuedRowsStatement(dataSource: DataSource, rest: string): string {
  const { table } = storedRows(dataSource, QueuedCase, 'q');
  return `SELECT ${VIEWED.map((column) => `"q"."${column}"`).join(', ')} FROM ${table} ${rest}`;
}

/**
 * The queued cases of `SELECT … <rest>`, as their view reads them: the viewed columns only, read
 * as stored and the two JSON columns parsed, not made into entities (decision 0010). A page's
 * rows took a third of a queue page's read as entities of every column.
 */
export async function queuedRows(
  dataSource: DataSource,
  rest: string,
  parameters: readonly unknown[],
): Promise<QueuedRow[]> {
  const rows = await plainRows<StoredRow>(
    dataSource,
    queuedRowsStatement(dataSource, rest),
    parameters,
  );
  return rows.map((row) => ({
    ...row,
    labels: JSON.parse(row.labels) as CaseLabels,
    subjects: JSON.parse(row.subjects) as CaseSubject[],
  }));
}

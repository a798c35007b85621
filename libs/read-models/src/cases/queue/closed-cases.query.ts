import type { CaseKind } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { storedRows, windowClause } from '../../database/stored-rows';
import {
  type QueuePageStatements,
  type QueuedCaseView,
  queuedCaseView,
} from './caseworker-queue.query';
import { casesCounted, sliceOf } from './queue-counts';
import { CLOSED_STATUS } from './queue-order';
import { QueuedCase } from './queued-case.entity';
import { queuedRows } from './queued-rows';

export interface ClosedCasesFilter {
  /** the start of the case id, or (with `searchSummaries`) words of the summary; case-insensitive */
  search?: string;
  /** whether `search` looks into summaries too (not for a caller who may not read them) */
  searchSummaries?: boolean;
  /** the department that opened the case */
  departmentId?: string;
  kind?: CaseKind;
}

/** What a filter searches for, trimmed and lower-cased; undefined when it searches for nothing. */
function searchOf(filter: ClosedCasesFilter): string | undefined {
  return filter.search?.trim().toLowerCase() || undefined;
}

/** `text` for a LIKE pattern that matches it literally (`\` escapes). */
function literal(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * The page of closed cases a filter asks for as plain SQL (`?` placeholders) on the queue's table
 * aliased `q`, newest opened first (ties by case id, also descending): the (status, openedAt,
 * caseId) index read backwards, or (status, openedByDepartmentId, openedAt, caseId) for one
 * department, so a page costs the rows up to it, not a sort of every closed case (whose number
 * only grows). Its query plan is pinned by caseworker-queue.plan.int.spec.ts.
 */
export function closedCasesPage(
  dataSource: DataSource,
  filter: ClosedCasesFilter,
  window: { skip: number; take: number },
): QueuePageStatements {
  const conditions = ['"q"."status" = ?'];
  const parameters: unknown[] = [CLOSED_STATUS];
  if (filter.kind !== undefined) {
    conditions.push('"q"."kind" = ?');
    parameters.push(filter.kind);
  }
  if (filter.departmentId !== undefined) {
    conditions.push('"q"."openedByDepartmentId" = ?');
    parameters.push(filter.departmentId);
  }
  const search = searchOf(filter);
  if (search !== undefined) {
    const start = `${literal(search)}%`;
    if (filter.searchSummaries) {
      conditions.push(
        `(LOWER("q"."summary") LIKE ? ESCAPE '\\' OR "q"."caseId" LIKE ? ESCAPE '\\')`,
      );
      parameters.push(`%${literal(search)}%`, start);
    } else {
      conditions.push(`"q"."caseId" LIKE ? ESCAPE '\\'`);
      parameters.push(start);
    }
  }
  return {
    where: `WHERE ${conditions.join(' AND ')}`,
    order: `ORDER BY "q"."openedAt" DESC, "q"."caseId" DESC ${windowClause(dataSource, window)}`,
    parameters,
  };
}

/**
 * Closed cases, newest opened first: the queue's table keeps a row for every case, closed ones
 * too, so the list needs no table of its own. Unsearched, the total is the stored count of the
 * CLOSED slice (queue-counts.ts); a search is counted.
 */
export async function closedCases(
  dataSource: DataSource,
  filter: ClosedCasesFilter,
  now: Date,
  window: { skip: number; take: number },
): Promise<{ items: QueuedCaseView[]; total: number }> {
  const { where, order, parameters } = closedCasesPage(dataSource, filter, window);
  const [rows, total] = await Promise.all([
    queuedRows(dataSource, `${where} ${order}`, parameters),
    searchOf(filter) !== undefined
      ? storedRows(dataSource, QueuedCase, 'q').count(where, parameters)
      : casesCounted(dataSource, sliceOf({ ...filter, status: CLOSED_STATUS })),
  ]);
  const items = rows.flatMap((row) => queuedCaseView(row, now) ?? []);
  return { items, total };
}

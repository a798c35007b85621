import type { CaseKind } from '@dutyledger/domain';
import { type DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { type QueuedCaseView, queuedCaseView } from './caseworker-queue.query';
import { casesCounted, sliceOf } from './queue-counts';
import { CLOSED_STATUS } from './queue-order';
import { QueuedCase } from './queued-case.entity';
import { QueuedSubject } from './queued-subject.entity';

export interface ClosedCasesFilter {
  /** the start of the case id, or (with `searchSummaries`) words of the summary; case-insensitive */
  search?: string;
  /** whether `search` looks into summaries too (not for a caller who may not read them) */
  searchSummaries?: boolean;
  /** the department that opened the case */
  departmentId?: string;
  kind?: CaseKind;
}

/** `text` for a LIKE pattern that matches it literally (`\` escapes). */
function literal(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * The page of closed cases a filter asks for, newest opened first (ties by case id, also
 * descending): the (status, openedAt, caseId) index read backwards, or (status,
 * openedByDepartmentId, openedAt, caseId) for one department, so a page costs the rows up to it,
 * not a sort of every closed case (whose number only grows).
 */
export function closedCasesPage(
  dataSource: DataSource,
  filter: ClosedCasesFilter,
  window: { skip: number; take: number },
): SelectQueryBuilder<QueuedCase> {
  const query = dataSource
    .getRepository(QueuedCase)
    .createQueryBuilder('q')
    .where('q.status = :closed', { closed: 'CLOSED' });
  if (filter.kind !== undefined) query.andWhere('q.kind = :kind', { kind: filter.kind });
  if (filter.departmentId !== undefined) {
    query.andWhere('q.openedByDepartmentId = :departmentId', { departmentId: filter.departmentId });
  }
  const search = filter.search?.trim().toLowerCase();
  if (search && filter.searchSummaries) {
    query.andWhere(
      "(LOWER(q.summary) LIKE :anywhere ESCAPE '\\' OR q.caseId LIKE :start ESCAPE '\\')",
      { anywhere: `%${literal(search)}%`, start: `${literal(search)}%` },
    );
  } else if (search) {
    query.andWhere("q.caseId LIKE :start ESCAPE '\\'", { start: `${literal(search)}%` });
  }
  return query
    .orderBy('q.openedAt', 'DESC')
    .addOrderBy('q.caseId', 'DESC')
    .offset(window.skip)
    .limit(window.take);
}

/**
 * Closed cases, newest opened first: the queue's table keeps a row for every case, closed ones
 * too, so the list needs no table of its own.
 */
export async function closedCases(
  dataSource: DataSource,
  filter: ClosedCasesFilter,
  now: Date,
  window: { skip: number; take: number },
): Promise<{ items: QueuedCaseView[]; total: number }> {
  const page = closedCasesPage(dataSource, filter, window);
  const search = filter.search?.trim();
  // Unsearched, the total is the stored count of the CLOSED slice (queue-counts.ts).
  const [rows, total] = await Promise.all([
    page.getMany(),
    search
      ? page.getCount()
      : casesCounted(dataSource, sliceOf({ ...filter, status: CLOSED_STATUS })),
  ]);
  const subjects = await dataSource.getRepository(QueuedSubject).find({
    where: { caseId: In(rows.map((row) => row.caseId)) },
    order: { caseId: 'ASC', ordinal: 'ASC' },
  });
  const subjectsOf = (caseId: string) => subjects.filter((subject) => subject.caseId === caseId);
  const items = rows.flatMap((row) => queuedCaseView(row, subjectsOf(row.caseId), now) ?? []);
  return { items, total };
}

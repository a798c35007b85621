import { CASE_KINDS } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { EventLog, describeReadModels, project } from '../../../../../test/support/projection-spec';
import { CASE_STORY, DEPARTMENT, recordCase, recordNames } from '../case-story.fixtures';
import {
  ALL,
  OTHER_DEPARTMENT,
  QUEUE,
  QUEUE_NOW,
  recordQueueCase,
} from './caseworker-queue.fixtures';
import { caseworkerQueueProjection } from './caseworker-queue.projection';
import {
  type CaseworkerQueueFilter,
  OPEN_CASE_STATUSES,
  caseworkerQueue,
} from './caseworker-queue.query';
import { closedCases } from './closed-cases.query';
import { QueueCount } from './queue-count.entity';
import { QueuedCase } from './queued-case.entity';

describeReadModels('caseworker queue counts', ({ fresh }) => {
  it('counts the cases of every slice, open and closed, as they stand after each event, and answers every filter’s total from them', async () => {
    const log = new EventLog();
    recordNames(log);
    for (const spec of QUEUE) recordQueueCase(log, spec);
    recordCase(log, CASE_STORY);
    const filters: CaseworkerQueueFilter[] = [];
    for (const status of [undefined, ...OPEN_CASE_STATUSES])
      for (const kind of [undefined, ...CASE_KINDS])
        for (const departmentId of [undefined, DEPARTMENT, OTHER_DEPARTMENT])
          for (const overdue of [undefined, true, false])
            filters.push({ status, kind, departmentId, overdue });
    const listed = (row: QueuedCase, filter: CaseworkerQueueFilter) =>
      row.status !== 'CLOSED' &&
      (filter.status === undefined || row.status === filter.status) &&
      (filter.kind === undefined || row.kind === filter.kind) &&
      (filter.departmentId === undefined || row.openedByDepartmentId === filter.departmentId) &&
      (filter.overdue === undefined ||
        (row.dueAt !== null && row.stoppedAt === null && row.dueAt < QUEUE_NOW.toISOString()) ===
          filter.overdue);
    const byKey = (a: QueueCount, b: QueueCount) =>
      `${a.status}|${a.kind}|${a.openedByDepartmentId}`.localeCompare(
        `${b.status}|${b.kind}|${b.openedByDepartmentId}`,
      );
    /**
     * The counts the queue's filters without overdue and the closed list's filters should read,
     * from the rows themselves; none at 0.
     */
    const expectedCounts = async (dataSource: DataSource): Promise<QueueCount[]> => {
      const rows = await dataSource.getRepository(QueuedCase).find();
      const open = filters
        .filter((filter) => filter.overdue === undefined)
        .map((filter) => ({
          status: filter.status ?? '',
          kind: filter.kind ?? '',
          openedByDepartmentId: filter.departmentId ?? '',
          cases: rows.filter((row) => listed(row, filter)).length,
        }));
      const closed = [undefined, ...CASE_KINDS].flatMap((kind) =>
        [undefined, DEPARTMENT, OTHER_DEPARTMENT].map((departmentId) => ({
          status: 'CLOSED',
          kind: kind ?? '',
          openedByDepartmentId: departmentId ?? '',
          cases: rows.filter(
            (row) =>
              row.status === 'CLOSED' &&
              (kind === undefined || row.kind === kind) &&
              (departmentId === undefined || row.openedByDepartmentId === departmentId),
          ).length,
        })),
      );
      return [...open, ...closed].filter((count) => count.cases > 0).sort(byKey);
    };
    const storedCounts = async (dataSource: DataSource): Promise<QueueCount[]> =>
      (await dataSource.getRepository(QueueCount).find()).sort(byKey);
    const live = await fresh();
    for (const event of log.events) {
      await project(live, caseworkerQueueProjection, [event]);
      expect({ after: event.type, counts: await storedCounts(live) }).toEqual({
        after: event.type,
        counts: await expectedCounts(live),
      });
    }
    // The 7 open cases of QUEUE and the story's, reopened.
    expect(await caseworkerQueue(live, {}, QUEUE_NOW, ALL)).toMatchObject({ total: 8 });
    const rows = await live.getRepository(QueuedCase).find();
    const wrong: string[] = [];
    for (const filter of filters) {
      const { total } = await caseworkerQueue(live, filter, QUEUE_NOW, { skip: 0, take: 1 });
      const expected = rows.filter((row) => listed(row, filter)).length;
      if (total !== expected) wrong.push(`${JSON.stringify(filter)}: ${total}, not ${expected}`);
    }
    // The closed list's totals: the stored CLOSED slices unsearched, a count with a search.
    for (const kind of [undefined, ...CASE_KINDS]) {
      for (const departmentId of [undefined, DEPARTMENT, OTHER_DEPARTMENT]) {
        for (const search of [undefined, '8', '9']) {
          const filter = { kind, departmentId, search };
          const { total } = await closedCases(live, filter, QUEUE_NOW, { skip: 0, take: 1 });
          const expected = rows.filter(
            (row) =>
              row.status === 'CLOSED' &&
              (kind === undefined || row.kind === kind) &&
              (departmentId === undefined || row.openedByDepartmentId === departmentId) &&
              (search === undefined || row.caseId.startsWith(search)),
          ).length;
          if (total !== expected)
            wrong.push(`closed ${JSON.stringify(filter)}: ${total}, not ${expected}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // Rebuilt in one go from the same log, the counts are the same rows.
    const rebuilt = await fresh();
    await project(rebuilt, caseworkerQueueProjection, log.events);
    expect(await storedCounts(rebuilt)).toEqual(await storedCounts(live));
  });
});

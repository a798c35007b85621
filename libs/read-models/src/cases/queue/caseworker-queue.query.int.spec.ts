import { EventLog, describeReadModels, project } from '../../../../../test/support/projection-spec';
import { DEPARTMENT, recordNames } from '../case-story.fixtures';
import {
  ALL,
  OTHER_DEPARTMENT,
  QUEUE,
  QUEUE_NOW,
  queueCaseId,
  recordQueueCase,
} from './caseworker-queue.fixtures';
import { caseworkerQueueProjection } from './caseworker-queue.projection';
import { type CaseworkerQueueFilter, caseworkerQueue } from './caseworker-queue.query';

describeReadModels('caseworker queue: order, filters and overdue', ({ fresh }) => {
  it('orders open cases overdue first, then by running deadline, then oldest opened', async () => {
    const log = new EventLog();
    recordNames(log);
    for (const spec of QUEUE) recordQueueCase(log, spec);
    const dataSource = await fresh();
    await project(dataSource, caseworkerQueueProjection, log.events);
    const queue = await caseworkerQueue(dataSource, {}, QUEUE_NOW, ALL);
    expect(queue.items.map((item) => [item.caseId, item.overdue])).toEqual([
      [queueCaseId('b'), true],
      [queueCaseId('a'), true],
      [queueCaseId('d'), false],
      [queueCaseId('c'), false],
      [queueCaseId('9'), false],
      [queueCaseId('e'), false],
      [queueCaseId('f'), false],
    ]);
    expect(queue.total).toBe(7);
    const page = await caseworkerQueue(dataSource, {}, QUEUE_NOW, { skip: 2, take: 2 });
    expect(page).toMatchObject({
      total: 7,
      items: [{ caseId: queueCaseId('d') }, { caseId: queueCaseId('c') }],
    });
  });

  it('sorts by opening time when asked, oldest or newest first', async () => {
    const log = new EventLog();
    for (const spec of QUEUE) recordQueueCase(log, spec);
    const dataSource = await fresh();
    await project(dataSource, caseworkerQueueProjection, log.events);
    const oldest = await caseworkerQueue(dataSource, { sort: 'openedAt' }, QUEUE_NOW, ALL);
    const openedAt = oldest.items.map((item) => item.openedAt);
    expect(new Set(openedAt).size).toBe(7);
    expect(openedAt).toEqual([...openedAt].sort());
    const newest = await caseworkerQueue(dataSource, { sort: '-openedAt' }, QUEUE_NOW, ALL);
    expect(newest.items.map((item) => item.caseId)).toEqual(
      oldest.items.map((item) => item.caseId).reverse(),
    );
    const urgent = await caseworkerQueue(dataSource, { sort: 'urgency' }, QUEUE_NOW, ALL);
    expect(urgent.items.map((item) => item.caseId)).not.toEqual(
      oldest.items.map((item) => item.caseId),
    );
  });

  it.each<[string, CaseworkerQueueFilter, string[]]>([
    ['overdue', { overdue: true }, ['b', 'a']],
    ['not overdue', { overdue: false }, ['d', 'c', '9', 'e', 'f']],
    ['status', { status: 'DECIDED' }, ['9']],
    ['kind', { kind: 'PRE_ACCIDENT' }, ['e', 'f']],
    ['opening department', { departmentId: OTHER_DEPARTMENT }, ['f']],
    [
      'department and overdue',
      { departmentId: DEPARTMENT, overdue: false, kind: 'POST_ACCIDENT' },
      ['d', 'c', '9'],
    ],
    ['a status no open case has', { status: 'APPEALED' }, []],
  ])('filters by %s', async (_, filter, expected) => {
    const log = new EventLog();
    for (const spec of QUEUE) recordQueueCase(log, spec);
    const dataSource = await fresh();
    await project(dataSource, caseworkerQueueProjection, log.events);
    const queue = await caseworkerQueue(dataSource, filter, QUEUE_NOW, ALL);
    expect(queue.items.map((item) => item.caseId)).toEqual(expected.map(queueCaseId));
    expect(queue.total).toBe(expected.length);
  });

  it('decides overdue against the clock it is given, never a stored flag', async () => {
    const log = new EventLog();
    for (const spec of QUEUE) recordQueueCase(log, spec);
    const dataSource = await fresh();
    await project(dataSource, caseworkerQueueProjection, log.events);
    const overdueAt = async (iso: string) =>
      (await caseworkerQueue(dataSource, { overdue: true }, new Date(iso), ALL)).items.map(
        (item) => item.caseId,
      );
    expect(await overdueAt('2026-02-20T00:00:00.000Z')).toEqual([]);
    expect(await overdueAt('2026-02-20T00:00:00.001Z')).toEqual([queueCaseId('b')]);
    expect(await overdueAt('2027-01-01T00:00:00.000Z')).toEqual(
      ['b', 'a', 'd', 'c'].map(queueCaseId),
    );
  });
});

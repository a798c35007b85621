import { CASE_EVENT_TYPES, CASE_KINDS } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { EventLog, describeReadModels, project } from '../../../../../test/support/projection-spec';
import {
  CASE_ID,
  CASE_STORY,
  CASEWORKER,
  DEPARTMENT,
  DUE_AT,
  EXTENDED_DUE_AT,
  LI,
  NAMES,
  POST_INDUSTRY,
  POST_TRANSPORT,
  ZHANG,
  recordCase,
  NAMES_REGISTER,
  recordNames,
  registeredNames,
} from '../case-story.fixtures';
import { CaseworkerQueueName } from './caseworker-queue-name.entity';
import { caseworkerQueueProjection } from './caseworker-queue.projection';
import {
  type CaseworkerQueueFilter,
  OPEN_CASE_STATUSES,
  caseworkerQueue,
} from './caseworker-queue.query';
import { closedCases } from './closed-cases.query';
import { QueueCount } from './queue-count.entity';
import { QueuedCase } from './queued-case.entity';

const NOW = new Date('2026-02-01T00:00:00.000Z');
const ALL = { skip: 0, take: 100 };
const DECIDED_AT = '2026-03-20T10:00:00.000Z';

const zhang = {
  cadreId: ZHANG,
  name: NAMES.zhang,
  postId: POST_INDUSTRY,
  postTitle: NAMES.industry,
};
const li = { cadreId: LI, name: NAMES.li, postId: POST_TRANSPORT, postTitle: NAMES.transport };

/** Then, after each step of CASE_STORY: the stored row, and whether the queue lists the case. */
const THEN: readonly [
  type: string,
  row: { status: string; dueAt: string | null; stoppedAt: string | null },
  listed: boolean,
][] = [
  ['CaseOpened', { status: 'OPENED', dueAt: null, stoppedAt: null }, true],
  ['CaseSubjectNamed', { status: 'OPENED', dueAt: null, stoppedAt: null }, true],
  ['CaseSubjectNamed', { status: 'OPENED', dueAt: null, stoppedAt: null }, true],
  ['AccidentCited', { status: 'OPENED', dueAt: null, stoppedAt: null }, true],
  ['FailureCited', { status: 'OPENED', dueAt: null, stoppedAt: null }, true],
  ['InvestigationDeadlineSet', { status: 'OPENED', dueAt: DUE_AT, stoppedAt: null }, true],
  ['InvestigatorAssigned', { status: 'OPENED', dueAt: DUE_AT, stoppedAt: null }, true],
  ['InvestigatorAssigned', { status: 'OPENED', dueAt: DUE_AT, stoppedAt: null }, true],
  ['InvestigationStarted', { status: 'UNDER_INVESTIGATION', dueAt: DUE_AT, stoppedAt: null }, true],
  ['EvidenceAttached', { status: 'UNDER_INVESTIGATION', dueAt: DUE_AT, stoppedAt: null }, true],
  [
    'SubjectStatementRecorded',
    { status: 'UNDER_INVESTIGATION', dueAt: DUE_AT, stoppedAt: null },
    true,
  ],
  [
    'DeadlineExtended',
    { status: 'UNDER_INVESTIGATION', dueAt: EXTENDED_DUE_AT, stoppedAt: null },
    true,
  ],
  [
    'HearingNoticeServed',
    { status: 'UNDER_INVESTIGATION', dueAt: EXTENDED_DUE_AT, stoppedAt: null },
    true,
  ],
  [
    'FindingRecorded',
    { status: 'UNDER_INVESTIGATION', dueAt: EXTENDED_DUE_AT, stoppedAt: null },
    true,
  ],
  [
    'FindingRecorded',
    { status: 'UNDER_INVESTIGATION', dueAt: EXTENDED_DUE_AT, stoppedAt: null },
    true,
  ],
  [
    'SanctionDecided',
    { status: 'UNDER_INVESTIGATION', dueAt: EXTENDED_DUE_AT, stoppedAt: null },
    true,
  ],
  [
    'SanctionDecided',
    { status: 'UNDER_INVESTIGATION', dueAt: EXTENDED_DUE_AT, stoppedAt: null },
    true,
  ],
  ['CaseDecided', { status: 'DECIDED', dueAt: EXTENDED_DUE_AT, stoppedAt: DECIDED_AT }, true],
  ['AppealFiled', { status: 'APPEALED', dueAt: EXTENDED_DUE_AT, stoppedAt: DECIDED_AT }, true],
  ['AppealDecided', { status: 'DECIDED', dueAt: EXTENDED_DUE_AT, stoppedAt: DECIDED_AT }, true],
  ['AppealFiled', { status: 'APPEALED', dueAt: EXTENDED_DUE_AT, stoppedAt: DECIDED_AT }, true],
  ['AppealDecided', { status: 'DECIDED', dueAt: EXTENDED_DUE_AT, stoppedAt: DECIDED_AT }, true],
  ['CaseClosed', { status: 'CLOSED', dueAt: EXTENDED_DUE_AT, stoppedAt: DECIDED_AT }, false],
  ['CaseReopened', { status: 'REOPENED', dueAt: EXTENDED_DUE_AT, stoppedAt: DECIDED_AT }, true],
  ['FindingRecorded', { status: 'REOPENED', dueAt: EXTENDED_DUE_AT, stoppedAt: DECIDED_AT }, true],
  [
    'SanctionWithdrawn',
    { status: 'REOPENED', dueAt: EXTENDED_DUE_AT, stoppedAt: DECIDED_AT },
    true,
  ],
  [
    'SubjectStatementRecorded',
    { status: 'REOPENED', dueAt: EXTENDED_DUE_AT, stoppedAt: DECIDED_AT },
    true,
  ],
  ['FindingRecorded', { status: 'REOPENED', dueAt: EXTENDED_DUE_AT, stoppedAt: DECIDED_AT }, true],
  ['SanctionDecided', { status: 'REOPENED', dueAt: EXTENDED_DUE_AT, stoppedAt: DECIDED_AT }, true],
  ['SanctionDecided', { status: 'REOPENED', dueAt: EXTENDED_DUE_AT, stoppedAt: DECIDED_AT }, true],
  ['CaseDecided', { status: 'DECIDED', dueAt: EXTENDED_DUE_AT, stoppedAt: DECIDED_AT }, true],
  ['AppealWaived', { status: 'DECIDED', dueAt: EXTENDED_DUE_AT, stoppedAt: DECIDED_AT }, true],
];

const STEPS = THEN.map(([type, row, listed], index) => ({ index, type, row, listed }));

/** A case as the queue needs it: opened, maybe with a deadline, maybe decided or closed. */
interface QueueCase {
  caseId: string;
  kind?: 'PRE_ACCIDENT' | 'POST_ACCIDENT';
  departmentId?: string;
  openedAt: string;
  dueAt?: string;
  decidedAt?: string;
  closed?: boolean;
}

function recordQueueCase(log: EventLog, spec: QueueCase): void {
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

const OTHER_DEPARTMENT = 'b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e';
const id = (letter: string) => `${letter.repeat(8)}-0000-4000-8000-000000000000`;

/** At 2026-03-10: B and A are overdue, D and C run, G's deadline was stopped by a decision. */
const QUEUE: readonly QueueCase[] = [
  { caseId: id('a'), openedAt: '2026-01-05T09:00:00.000Z', dueAt: '2026-03-02T06:30:00.000Z' },
  { caseId: id('b'), openedAt: '2026-01-06T09:00:00.000Z', dueAt: '2026-02-20T00:00:00.000Z' },
  { caseId: id('c'), openedAt: '2026-01-07T09:00:00.000Z', dueAt: '2026-04-01T00:00:00.000Z' },
  { caseId: id('d'), openedAt: '2026-01-08T09:00:00.000Z', dueAt: '2026-03-25T00:00:00.000Z' },
  { caseId: id('e'), openedAt: '2026-01-01T09:00:00.000Z' },
  { caseId: id('f'), openedAt: '2026-01-02T09:00:00.000Z', departmentId: OTHER_DEPARTMENT },
  {
    caseId: id('9'),
    openedAt: '2025-12-31T09:00:00.000Z',
    dueAt: '2026-02-01T00:00:00.000Z',
    decidedAt: '2026-01-20T00:00:00.000Z',
  },
  {
    caseId: id('8'),
    openedAt: '2025-12-01T09:00:00.000Z',
    dueAt: '2026-01-30T00:00:00.000Z',
    decidedAt: '2026-01-20T00:00:00.000Z',
    closed: true,
  },
];
const QUEUE_NOW = new Date('2026-03-10T00:00:00.000Z');

describeReadModels('caseworker queue projection', ({ fresh }) => {
  it('has a step for every case event type, in the order of the story', () => {
    expect(THEN.map(([type]) => type)).toEqual(CASE_STORY.map((step) => step.type));
    expect(new Set(CASE_STORY.map((step) => step.type))).toEqual(new Set(CASE_EVENT_TYPES));
  });

  it('given DepartmentRegistered, PostEstablished and CadreRegistered, then a register of their names', async () => {
    expect(
      await registeredNames(await fresh(), caseworkerQueueProjection, CaseworkerQueueName),
    ).toEqual(NAMES_REGISTER);
  });

  it.each(STEPS)(
    'given the story up to $type (step $index), then its row and its place in the queue',
    async ({ index, row, listed }) => {
      const log = new EventLog();
      recordNames(log);
      const events = recordCase(log, CASE_STORY.slice(0, index + 1));
      const dataSource = await fresh();
      await project(dataSource, caseworkerQueueProjection, log.events);
      const stored = await dataSource
        .getRepository(QueuedCase)
        .findOneByOrFail({ caseId: CASE_ID });
      expect(stored).toMatchObject({
        ...row,
        caseId: CASE_ID,
        kind: 'POST_ACCIDENT',
        openedByDepartmentId: DEPARTMENT,
        openedAt: '2026-01-05T09:00:00.000Z',
        lastPosition: events[index]?.position,
      });
      const subjects = [zhang, li].slice(0, Math.min(index, 2));
      const queue = await caseworkerQueue(dataSource, {}, NOW, ALL);
      expect(queue).toEqual({
        total: listed ? 1 : 0,
        items: listed
          ? [
              {
                caseId: CASE_ID,
                kind: 'POST_ACCIDENT',
                status: row.status,
                openedByDepartmentId: DEPARTMENT,
                departmentName: NAMES.department,
                summary: 'Roof collapse in shaft 3: four dead',
                openedAt: '2026-01-05T09:00:00.000Z',
                dueAt: row.dueAt,
                overdue: false,
                subjectCount: subjects.length,
                subjects,
              },
            ]
          : [],
      });
    },
  );

  it('orders open cases overdue first, then by running deadline, then oldest opened', async () => {
    const log = new EventLog();
    recordNames(log);
    for (const spec of QUEUE) recordQueueCase(log, spec);
    const dataSource = await fresh();
    await project(dataSource, caseworkerQueueProjection, log.events);
    const queue = await caseworkerQueue(dataSource, {}, QUEUE_NOW, ALL);
    expect(queue.items.map((item) => [item.caseId, item.overdue])).toEqual([
      [id('b'), true],
      [id('a'), true],
      [id('d'), false],
      [id('c'), false],
      [id('9'), false],
      [id('e'), false],
      [id('f'), false],
    ]);
    expect(queue.total).toBe(7);
    const page = await caseworkerQueue(dataSource, {}, QUEUE_NOW, { skip: 2, take: 2 });
    expect(page).toMatchObject({ total: 7, items: [{ caseId: id('d') }, { caseId: id('c') }] });
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
    expect(queue.items.map((item) => item.caseId)).toEqual(expected.map(id));
    expect(queue.total).toBe(expected.length);
  });

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
    expect(await overdueAt('2026-02-20T00:00:00.001Z')).toEqual([id('b')]);
    expect(await overdueAt('2027-01-01T00:00:00.000Z')).toEqual(['b', 'a', 'd', 'c'].map(id));
  });

  it('stores times in canonical UTC, so that text order is time order whatever the offset written', async () => {
    const log = new EventLog();
    // 14:30 at +08:00 is 06:30 UTC: earlier than 07:00 UTC although "14:30" sorts after "07:00".
    recordQueueCase(log, {
      caseId: id('1'),
      openedAt: '2026-01-05T17:00:00+08:00',
      dueAt: '2026-03-02T14:30:00+08:00',
    });
    recordQueueCase(log, {
      caseId: id('2'),
      openedAt: '2026-01-05T08:00:00Z',
      dueAt: '2026-03-02T07:00:00.000Z',
    });
    const dataSource = await fresh();
    await project(dataSource, caseworkerQueueProjection, log.events);
    const rows = await dataSource.getRepository(QueuedCase).find({ order: { caseId: 'ASC' } });
    expect(rows.map(({ openedAt, dueAt }) => ({ openedAt, dueAt }))).toEqual([
      { openedAt: '2026-01-05T09:00:00.000Z', dueAt: '2026-03-02T06:30:00.000Z' },
      { openedAt: '2026-01-05T08:00:00.000Z', dueAt: '2026-03-02T07:00:00.000Z' },
    ]);
    const queue = await caseworkerQueue(dataSource, {}, NOW, ALL);
    expect(queue.items.map((item) => item.caseId)).toEqual([id('1'), id('2')]);
    const late = await caseworkerQueue(dataSource, {}, new Date('2026-03-02T06:45:00.000Z'), ALL);
    expect(late.items.map((item) => [item.caseId, item.overdue])).toEqual([
      [id('1'), true],
      [id('2'), false],
    ]);
  });

  it('skips an event at or below the position it has applied: a replay changes nothing', async () => {
    const log = new EventLog();
    recordNames(log);
    recordCase(log, CASE_STORY);
    const dataSource = await fresh();
    await project(dataSource, caseworkerQueueProjection, log.events);
    const before = await dataSource.getRepository(QueuedCase).find();
    await project(dataSource, caseworkerQueueProjection, log.events.slice(-4));
    expect(await dataSource.getRepository(QueuedCase).find()).toEqual(before);
  });

  it('refuses an event of a case that was never opened (the runner parks it)', async () => {
    const log = new EventLog();
    recordCase(log, CASE_STORY.slice(5, 6));
    const dataSource = await fresh();
    await expect(project(dataSource, caseworkerQueueProjection, log.events)).rejects.toThrow(
      `case ${CASE_ID} was never opened`,
    );
  });

  it('keeps a case APPEALED while another appeal is pending, as the domain says', async () => {
    const log = new EventLog();
    const spec = { caseId: id('1'), openedAt: '2026-01-05T09:00:00.000Z' };
    recordQueueCase(log, { ...spec, decidedAt: '2026-02-01T00:00:00.000Z' });
    const record = (type: string, data: Record<string, unknown>, occurredAt: string) =>
      log.record(
        type,
        { caseId: spec.caseId, ...data, occurredAt },
        { stream: `case-${spec.caseId}`, actor: CASEWORKER },
      );
    const appeal = { cadreId: ZHANG, sanctionId: 's', grounds: 'g' };
    record('AppealFiled', { ...appeal, appealId: 'a1' }, '2026-02-02T00:00:00.000Z');
    record('AppealFiled', { ...appeal, appealId: 'a2' }, '2026-02-03T00:00:00.000Z');
    const decided = { ...appeal, outcome: 'UPHELD', changedSanction: null, reasoning: 'r' };
    record(
      'AppealDecided',
      { decidedBy: 'supervisor-1', ...decided, appealId: 'a1' },
      '2026-02-04T00:00:00.000Z',
    );
    const dataSource = await fresh();
    await project(dataSource, caseworkerQueueProjection, log.events);
    const statusNow = async () =>
      (await caseworkerQueue(dataSource, {}, NOW, ALL)).items.map((item) => item.status);
    expect(await statusNow()).toEqual(['APPEALED']);
    record(
      'AppealDecided',
      { decidedBy: 'supervisor-1', ...decided, appealId: 'a2' },
      '2026-02-05T00:00:00.000Z',
    );
    await project(dataSource, caseworkerQueueProjection, log.events.slice(-1));
    expect(await statusNow()).toEqual(['DECIDED']);
  });
});

import { CASE_EVENT_TYPES } from '@dutyledger/domain';
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
import { ALL, queueCaseId, recordQueueCase } from './caseworker-queue.fixtures';
import { caseworkerQueueProjection } from './caseworker-queue.projection';
import { caseworkerQueue } from './caseworker-queue.query';
import { QueuedCase } from './queued-case.entity';

const NOW = new Date('2026-02-01T00:00:00.000Z');
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

  it('stores times in canonical UTC, so that text order is time order whatever the offset written', async () => {
    const log = new EventLog();
    // 14:30 at +08:00 is 06:30 UTC: earlier than 07:00 UTC although "14:30" sorts after "07:00".
    recordQueueCase(log, {
      caseId: queueCaseId('1'),
      openedAt: '2026-01-05T17:00:00+08:00',
      dueAt: '2026-03-02T14:30:00+08:00',
    });
    recordQueueCase(log, {
      caseId: queueCaseId('2'),
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
    expect(queue.items.map((item) => item.caseId)).toEqual([queueCaseId('1'), queueCaseId('2')]);
    const late = await caseworkerQueue(dataSource, {}, new Date('2026-03-02T06:45:00.000Z'), ALL);
    expect(late.items.map((item) => [item.caseId, item.overdue])).toEqual([
      [queueCaseId('1'), true],
      [queueCaseId('2'), false],
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
    const spec = { caseId: queueCaseId('1'), openedAt: '2026-01-05T09:00:00.000Z' };
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

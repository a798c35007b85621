import { DEFAULT_ELIGIBILITY_POLICY, appointmentEligibility } from '@dutyledger/domain';
import {
  EventLog,
  TEST_CALENDAR,
  describeReadModels,
  project,
} from '../../../../test/support/projection-spec';
import { eligibilityFactsOf } from './cadre-eligibility.query';
import { findCadreHistory } from './cadre-history.query';
import { cadreHistoryProjection } from './cadre-history.projection';
import { listCadres } from './cadres.query';
import { dutyGroundsProjection } from '../duties/duty-grounds.projection';
import { dutyPage } from '../duties/duty-page.query';

const DEPARTMENT = '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f';
const OTHER_DEPARTMENT = '1e2d3c4b-5a69-4788-9766-554433221100';
const POST = '7a2d3b5f-9c4e-4d6f-8a81-2b3c4d5e6f70';
const CADRE = '8b3e4c6a-ad5f-4e7a-9b92-3c4d5e6f7081';
const CASE = 'be6b7f9d-d08c-4bad-8ec5-6f708192a3b4';
const SANCTION = 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60';
const DUTY_IN_FORCE = '9c4f5d7b-be6a-4f8b-8ca3-4d5e6f708192';
const DUTY_BEFORE = 'a9c4f5d7-0be6-4a4f-8b8c-a34d5e6f7081';
const READING = { policy: DEFAULT_ELIGIBILITY_POLICY, calendar: TEST_CALENDAR };
const eligibleAsOf = (asOf: string, facts: Parameters<typeof appointmentEligibility>[1]) =>
  appointmentEligibility(asOf, facts, DEFAULT_ELIGIBILITY_POLICY, TEST_CALENDAR);

function organisation(log: EventLog) {
  log.record('CadreRegistered', {
    cadreId: CADRE,
    name: 'Li Wei',
    personnelNumber: 'RS-1',
    managingDepartmentId: OTHER_DEPARTMENT,
    occurredAt: '2024-01-01',
  });
  log.record('PostEstablished', {
    postId: POST,
    departmentId: DEPARTMENT,
    title: 'Deputy Mayor',
    rank: 'DEPUTY',
    businessScope: ['mining'],
    occurredAt: '2024-01-01',
  });
}

function duty(log: EventLog, dutyId: string, assignedAt: string, revokedAt: string) {
  log.record('DutyAssigned', {
    dutyId,
    postId: POST,
    category: 'WORK_SAFETY',
    title: `Duty ${dutyId.slice(0, 4)}`,
    principle: 'MANAGES_INDUSTRY',
    industries: ['mining'],
    cadence: 'MONTHLY',
    basis: 'Work Safety Law',
    occurredAt: assignedAt,
  });
  log.record('DutyRevoked', { dutyId, reason: 'Replaced', occurredAt: revokedAt });
}

const appoint = (log: EventLog, from: string) =>
  log.record('CadreAppointedToPost', {
    postId: POST,
    cadreId: CADRE,
    effectiveFrom: from,
    eligibilityOverride: null,
    occurredAt: from,
  });

/** Records a case event on the case's stream, on `day` (MM-DD) of 2026 at `time` UTC. */
const onCaseOf =
  (log: EventLog, time = '00:00:00') =>
  (type: string, day: string, data: Record<string, unknown> = {}) =>
    log.record(
      type,
      { caseId: CASE, occurredAt: `2026-${day}T${time}.000Z`, ...data },
      { stream: `case-${CASE}` },
    );

const relieve = (log: EventLog, from: string) =>
  log.record('CadreRelievedFromPost', {
    postId: POST,
    cadreId: CADRE,
    effectiveFrom: from,
    reason: 'Moved',
    occurredAt: from,
  });

describeReadModels('cadre history queries', ({ fresh }) => {
  it('answers null for a cadre nobody registered, and empty lists for one with no record', async () => {
    const log = new EventLog();
    organisation(log);
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    expect(await findCadreHistory(dataSource, POST, READING)).toBeNull();
    expect(await eligibilityFactsOf(dataSource, POST)).toBeNull();
    expect(await findCadreHistory(dataSource, CADRE, READING)).toMatchObject({
      posts: [],
      duties: [],
      failures: [],
      cases: [],
      findings: [],
      sanctions: [],
      reports: [],
      assessments: [],
    });
    expect(await eligibilityFactsOf(dataSource, CADRE)).toEqual({
      openCases: [],
      sanctions: [],
      assessments: [],
    });
  });

  it('shows a duty only for the times the cadre held its post while it was in force', async () => {
    const log = new EventLog();
    organisation(log);
    duty(log, DUTY_BEFORE, '2024-01-01', '2024-06-01');
    duty(log, DUTY_IN_FORCE, '2024-03-01', '2025-09-01');
    appoint(log, '2024-07-01');
    relieve(log, '2025-01-01');
    appoint(log, '2025-06-01');
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    const history = await findCadreHistory(dataSource, CADRE, READING);
    expect(history?.duties.map((carried) => [carried.dutyId, carried.periodsHeld])).toEqual([
      [
        DUTY_IN_FORCE,
        [
          { from: '2024-07-01T00:00:00.000Z', to: '2025-01-01T00:00:00.000Z' },
          { from: '2025-06-01T00:00:00.000Z', to: '2025-09-01T00:00:00.000Z' },
        ],
      ],
    ]);
    expect(history?.posts.map((held) => [held.title, held.from, held.to])).toEqual([
      ['Deputy Mayor', '2024-07-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'],
      ['Deputy Mayor', '2025-06-01T00:00:00.000Z', null],
    ]);
  });

  it('gives one open-case fact per open period, and sanctions only once a decision issued them', async () => {
    const log = new EventLog();
    organisation(log);
    const onCase = onCaseOf(log);
    const opened = onCase('CaseOpened', '01-01', {
      kind: 'PRE_ACCIDENT',
      openedByDepartmentId: DEPARTMENT,
      summary: 'Skipped inspections',
    });
    const named = onCase('CaseSubjectNamed', '01-01', { cadreId: CADRE, postId: POST });
    const sanctioned = onCase('SanctionDecided', '02-01', {
      sanctionId: SANCTION,
      cadreId: CADRE,
      sanction: 'ADMONISHMENT_TALK',
      decidedBy: 'supervisor-2',
    });
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    expect((await eligibilityFactsOf(dataSource, CADRE))?.sanctions).toEqual([]);

    const decided = onCase('CaseDecided', '02-02', {
      appealWindowClosesAt: '2026-03-04',
      decidedBy: 'supervisor-1',
    });
    const closed = onCase('CaseClosed', '03-10', { reason: 'Decided' });
    const reopened = onCase('CaseReopened', '04-01', { reason: 'New evidence' });
    const revoked = onCase('AppealDecided', '04-02', {
      decidedBy: 'supervisor-1',
      appealId: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
      cadreId: CADRE,
      sanctionId: SANCTION,
      outcome: 'SANCTION_REVOKED',
      changedSanction: null,
      reasoning: 'Not proven',
    });
    await project(dataSource, cadreHistoryProjection, [decided, closed, reopened, revoked]);
    const facts = await eligibilityFactsOf(dataSource, CADRE);
    expect(facts).toEqual({
      openCases: [
        {
          caseId: CASE,
          openedAt: '2026-01-01T00:00:00.000Z',
          closedAt: '2026-03-10T00:00:00.000Z',
          sourceEventIds: [opened.id, named.id],
        },
        {
          caseId: CASE,
          openedAt: '2026-04-01T00:00:00.000Z',
          closedAt: null,
          sourceEventIds: [reopened.id, named.id],
        },
      ],
      sanctions: [
        {
          sanctionId: SANCTION,
          caseId: CASE,
          sanction: 'ADMONISHMENT_TALK',
          effectiveFrom: '2026-02-02T00:00:00.000Z',
          endedAt: '2026-04-02T00:00:00.000Z',
          sourceEventIds: [sanctioned.id, decided.id, revoked.id],
        },
      ],
      assessments: [],
    });
    if (facts === null) return;
    expect(eligibleAsOf('2026-03-20', facts).blocks.map((b) => b.reason)).toEqual([
      'SANCTION_INFLUENCE_PERIOD',
    ]);
    expect(eligibleAsOf('2026-04-03', facts).blocks.map((b) => b.reason)).toEqual(['OPEN_CASE']);
  });

  it('gives every assessment record, the correction after the record, to the policy', async () => {
    const log = new EventLog();
    organisation(log);
    const stream = `assessment-${CADRE}-2025`;
    const verdict = { cadreId: CADRE, year: 2025, remarks: '' };
    const recorded = log.record(
      'AnnualAssessmentRecorded',
      { ...verdict, score: 50, grade: 'INCOMPETENT', occurredAt: '2026-02-01' },
      { stream },
    );
    const corrected = log.record(
      'AnnualAssessmentCorrected',
      {
        ...verdict,
        score: 80,
        grade: 'COMPETENT',
        previousScore: 50,
        previousGrade: 'INCOMPETENT',
        reason: 'Miscounted',
        occurredAt: '2026-03-01',
      },
      { stream },
    );
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    const facts = await eligibilityFactsOf(dataSource, CADRE);
    expect(facts?.assessments).toEqual([
      {
        year: 2025,
        grade: 'INCOMPETENT',
        recordedAt: '2026-02-01T00:00:00.000Z',
        sourceEventIds: [recorded.id],
      },
      {
        year: 2025,
        grade: 'COMPETENT',
        recordedAt: '2026-03-01T00:00:00.000Z',
        sourceEventIds: [corrected.id],
      },
    ]);
  });

  it('lists the posts held at the time asked, and filters by their department', async () => {
    const log = new EventLog();
    organisation(log);
    appoint(log, '2026-07-01');
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    const page = { skip: 0, take: 20 };
    const before = await listCadres(dataSource, {}, page, new Date('2026-06-30T23:59:59Z'));
    expect(before.items.map((cadre) => cadre.currentPosts)).toEqual([[]]);
    const after = await listCadres(dataSource, {}, page, new Date('2026-07-01T00:00:00Z'));
    expect(after.items.map((cadre) => cadre.currentPosts)).toEqual([
      [{ postId: POST, title: 'Deputy Mayor', departmentId: DEPARTMENT }],
    ]);
    const inDepartment = (at: string) =>
      listCadres(dataSource, { departmentId: DEPARTMENT }, page, new Date(at));
    expect((await inDepartment('2026-06-30T00:00:00Z')).total).toBe(0);
    expect((await inDepartment('2026-07-02T00:00:00Z')).total).toBe(1);
    const managed = await listCadres(
      dataSource,
      { departmentId: OTHER_DEPARTMENT },
      page,
      new Date('2026-06-30T00:00:00Z'),
    );
    expect(managed.total).toBe(1);
  });

  it('lists posts taken up on the same day by their appointment, not by the order the rows were written', async () => {
    const log = new EventLog();
    organisation(log);
    const SECOND_POST = '3f2e1d0c-9b8a-4776-8655-443322110099';
    log.record('PostEstablished', {
      postId: SECOND_POST,
      departmentId: DEPARTMENT,
      title: 'Party Secretary',
      rank: 'PRINCIPAL',
      businessScope: [],
      occurredAt: '2024-01-01',
    });
    // Written last-id first: the holding ids (the appointments' event ids) decide the order.
    for (const [postId, id] of [
      [SECOND_POST, 'ffffffff-ffff-4fff-bfff-ffffffffffff'],
      [POST, '00000000-0000-4000-8000-000000000000'],
    ]) {
      log.record(
        'CadreAppointedToPost',
        {
          postId,
          cadreId: CADRE,
          effectiveFrom: '2026-07-01',
          eligibilityOverride: null,
          occurredAt: '2026-07-01',
        },
        { id },
      );
    }
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    const page = await listCadres(dataSource, {}, { skip: 0, take: 20 }, new Date('2026-07-02'));
    expect(page.items.map((cadre) => cadre.currentPosts.map((post) => post.postId))).toEqual([
      [POST, SECOND_POST],
    ]);
  });

  it('lists on a duty’s page the failures one case cited at one moment by failure, not by the order the rows were written', async () => {
    const log = new EventLog();
    organisation(log);
    duty(log, DUTY_IN_FORCE, '2024-03-01', '2025-09-01');
    const [first, last] = [
      '00000000-0000-4000-8000-000000000001',
      'ffffffff-ffff-4fff-bfff-fffffffffff1',
    ];
    for (const failureId of [last, first]) {
      onCaseOf(log)('FailureCited', '04-01', {
        failureId,
        dutyId: DUTY_IN_FORCE,
        postId: POST,
        failureOccurredAt: '2025-03-01T00:00:00.000Z',
        adverseEffect: 'MINOR',
        responsibleCadreId: null,
      });
    }
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    await project(dataSource, dutyGroundsProjection, log.events);
    const page = await dutyPage(dataSource, DUTY_IN_FORCE);
    expect(page?.cases.map((cited) => cited.failureId)).toEqual([first, last]);
  });

  it('shows measures apart from referrals, each measure with how long it influences appointment: an expulsion for good', async () => {
    const log = new EventLog();
    organisation(log);
    const onCase = onCaseOf(log, '02:00:00');
    onCase('CaseOpened', '01-01', {
      kind: 'PRE_ACCIDENT',
      openedByDepartmentId: DEPARTMENT,
      summary: 'Concealed an accident',
    });
    onCase('CaseSubjectNamed', '01-01', { cadreId: CADRE, postId: POST });
    const decision = { cadreId: CADRE, decidedBy: 'supervisor-2' };
    onCase('SanctionDecided', '02-01', {
      ...decision,
      sanctionId: SANCTION,
      sanction: 'EXPULSION',
    });
    const demerit = 'f4a5b6c7-d8e9-4f0a-8b1c-2d3e4f5a6b7c';
    onCase('SanctionDecided', '02-01', { ...decision, sanctionId: demerit, sanction: 'DEMERIT' });
    const referral = 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d';
    onCase('SanctionDecided', '02-01', {
      ...decision,
      sanctionId: referral,
      sanction: 'REFERRAL_TO_JUDICIAL_ORGANS',
    });
    onCase('CaseDecided', '02-02', {
      appealWindowClosesAt: '2026-03-04T15:59:59.999Z',
      decidedBy: 'supervisor-3',
    });
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    const history = await findCadreHistory(dataSource, CADRE, READING);
    expect(
      history?.sanctions.map((s) => [s.sanction, s.category, s.influence, s.influenceUntil]),
    ).toEqual([
      ['REFERRAL_TO_JUDICIAL_ORGANS', 'REFERRAL', null, null],
      ['EXPULSION', 'MEASURE', 'PERMANENT', null],
      ['DEMERIT', 'MEASURE', 12, '2027-02-02T02:00:00.000Z'],
    ]);
    const facts = await eligibilityFactsOf(dataSource, CADRE);
    if (facts === null) throw new Error('no facts');
    const blocks = eligibleAsOf('2036-01-01T00:00:00Z', facts).blocks;
    expect(blocks.map((block) => [block.reason, block.until])).toEqual([
      ['OPEN_CASE', undefined],
      ['SANCTION_INFLUENCE_PERIOD', undefined],
    ]);
  });

  it('shows each post held with the eligibility override its appointment carried, and whether each failure was a work-safety failure', async () => {
    const log = new EventLog();
    organisation(log);
    const override = {
      reason: 'Approved by the standing committee',
      blocks: [{ reason: 'OPEN_CASE', detail: 'Named in case X', sourceEventIds: [CASE] }],
    };
    log.record('CadreAppointedToPost', {
      postId: POST,
      cadreId: CADRE,
      effectiveFrom: '2026-01-02T00:00:00.000Z',
      eligibilityOverride: override,
      occurredAt: '2026-01-02T00:00:00.000Z',
    });
    const assign = (dutyId: string, category: string) =>
      log.record('DutyAssigned', {
        dutyId,
        postId: POST,
        category,
        title: `${category} duty`,
        principle: category === 'WORK_SAFETY' ? 'MANAGES_INDUSTRY' : null,
        industries: ['mining'],
        cadence: 'MONTHLY',
        basis: 'Work Safety Law',
        occurredAt: '2026-01-02T00:00:00.000Z',
      });
    assign(DUTY_IN_FORCE, 'BUSINESS');
    const fail = (failureId: string, safetyImpact: boolean, day: string) =>
      log.record('FailureToPerformRecorded', {
        failureId,
        dutyId: DUTY_IN_FORCE,
        postId: POST,
        occurredAt: `2026-03-${day}T00:00:00.000Z`,
        kind: 'LAX_LICENSING_OR_APPROVAL',
        otherKind: null,
        safetyImpact,
        description: 'Licence granted without safety conditions',
        evidence: 'Licence file',
        adverseEffect: 'MINOR',
        responsibleCadreId: CADRE,
        vacant: false,
      });
    fail('b6c7d8e9-f0a1-4b2c-8d3e-4f5a6b7c8d9e', true, '01');
    fail('c7d8e9f0-a1b2-4c3d-8e4f-5a6b7c8d9e0f', false, '02');
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    const history = await findCadreHistory(dataSource, CADRE, READING);
    expect(history?.posts.map((held) => held.eligibilityOverride)).toEqual([override]);
    expect(
      history?.failures.map((failure) => [failure.kind, failure.safetyImpact, failure.workSafety]),
    ).toEqual([
      ['LAX_LICENSING_OR_APPROVAL', true, true],
      ['LAX_LICENSING_OR_APPROVAL', false, false],
    ]);
  });
});

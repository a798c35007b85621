import { EventLog, describeReadModels, project } from '../../../../test/support/projection-spec';
import { eligibilityFactsOf } from './cadre-eligibility.query';
import { findCadreHistory } from './cadre-history.query';
import { cadreHistoryProjection } from './cadre-history.projection';
import {
  DEPARTMENT,
  POST,
  CADRE,
  CASE,
  SANCTION,
  DUTY_IN_FORCE,
  DUTY_BEFORE,
  READING,
  eligibleAsOf,
  organisation,
  duty,
  appoint,
  onCaseOf,
  relieve,
} from './cadre-history.fixtures';

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

import { randomUUID } from 'node:crypto';
import { accidentStream, departmentStream } from '@dutyledger/domain';
import { call } from '../support/http';
import { POSTGRES_TEST_URL } from '../support/postgres';
import { type RunningApp, startApp } from '../support/running-app';
import {
  DECIDER,
  INVESTIGATOR,
  NOW,
  OVERRIDE,
  constructionCommission,
} from './construction-commission';
import { StoredWorld } from './stored-world';

const engines: ('sqlite' | 'postgres')[] = POSTGRES_TEST_URL ? ['sqlite', 'postgres'] : ['sqlite'];

describe.each(engines)('reads in business time and the jurisdiction’s calendar (%s)', (engine) => {
  let running: RunningApp;
  let world: Awaited<ReturnType<typeof constructionCommission>>;
  const get = (path: string, role: 'VIEWER' | 'CASEWORKER' | 'SUPERVISOR' | 'AUDITOR') =>
    call(running.url, 'GET', path, { token: running.token(role) });

  beforeAll(async () => {
    running = await startApp({ clock: () => NOW, postgres: engine === 'postgres' });
    world = await constructionCommission(running);
  });
  afterAll(() => running.stop());

  it('counts the case and its measure for the department of the subject’s post; the authority counts it apart', async () => {
    const { ids } = world;
    const commission = await get(`/compliance/${ids.commission}/2026`, 'VIEWER');
    expect(commission.status).toBe(200);
    expect(commission.body).toMatchObject({
      own: {
        dutiesDue: 1,
        dutiesPerformed: 1,
        dutiesFailed: { NONE: 0, MINOR: 0, SERIOUS: 1 },
        accidents: { GENERAL: 1 },
        casesOpened: 1,
        casesOpenedAsAuthority: 0,
        sanctionsDecided: 1,
        referralsDecided: 1,
      },
      gradeBands: { EXCELLENT: 90, COMPETENT: 75, BASICALLY_COMPETENT: 60 },
    });
    const bureau = await get(`/compliance/${ids.bureau}/2026`, 'VIEWER');
    expect(bureau.body).toMatchObject({
      own: { casesOpened: 0, casesOpenedAsAuthority: 1, sanctionsDecided: 0 },
    });
    const drilled = await get(
      `/compliance/${ids.commission}/2026/figures/dutiesPerformed`,
      'VIEWER',
    );
    const items = drilled.body.items as { eventId: string; counted: boolean }[];
    expect(items.map((item) => [item.eventId, item.counted])).toEqual([
      [world.february, false],
      [world.december, true],
    ]);
  });

  it('answers every department’s annual work-safety assessment, graded by the assessment bands, to a VIEWER', async () => {
    const answer = await get('/compliance/assessments?year=2026', 'VIEWER');
    expect(answer.status).toBe(200);
    const body = answer.body as {
      provisional: boolean;
      gradeBands: Record<string, number>;
      departments: { departmentId: string; score: number; grade: string }[];
    };
    expect(body).toMatchObject({ year: 2026, provisional: true });
    const commission = body.departments.find(
      (entry) => entry.departmentId === world.ids.commission,
    );
    const listed = await get('/compliance?year=2026', 'VIEWER');
    const report = (
      listed.body.departments as { departmentId: string; score: number; grade: string }[]
    ).find((entry) => entry.departmentId === world.ids.commission);
    expect(commission).toMatchObject({ score: report?.score, grade: report?.grade });
    expect(['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT']).toContain(
      commission?.grade,
    );
    expect((await get('/compliance/assessments?year=2025', 'VIEWER')).body).toMatchObject({
      provisional: false,
    });
    const bad = await get('/compliance/assessments?year=1999', 'VIEWER');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('counts an accident at 07:00 on 1 September Beijing time in September', async () => {
    const answer = await get(
      `/accidents/by-grade?from=2026-08&to=2026-09&departmentId=${world.ids.commission}`,
      'VIEWER',
    );
    expect(answer.body).toEqual([
      { month: '2026-08', ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 0, GENERAL: 0 },
      { month: '2026-09', ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 0, GENERAL: 1 },
    ]);
  });

  it('reads a date-only asOf of eligibility as the end of that day in the jurisdiction', async () => {
    const blocks = async (asOf: string) => {
      const answer = await get(`/cadres/${world.ids.zhao}/eligibility?asOf=${asOf}`, 'SUPERVISOR');
      expect(answer.status).toBe(200);
      return (answer.body.blocks as { reason: string }[]).map((block) => block.reason);
    };
    // The demerit was issued at 10:00 on 15 December, Beijing time.
    expect(await blocks('2026-12-14')).toEqual(['OPEN_CASE']);
    expect(await blocks('2026-12-15')).toEqual(['OPEN_CASE', 'SANCTION_INFLUENCE_PERIOD']);
    const answer = await get(`/cadres/${world.ids.zhao}/eligibility?asOf=2026-12-15`, 'SUPERVISOR');
    expect(answer.body.asOf).toBe('2026-12-15T15:59:59.999Z');
  });

  it('shows the cadre’s history: hearing and circumstances, failure kinds, measures and referrals, the appointment’s override', async () => {
    const answer = await get(`/cadres/${world.ids.zhao}`, 'SUPERVISOR');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      posts: [{ postId: world.ids.director, eligibilityOverride: OVERRIDE }],
      findings: [
        {
          hearing: 'NOTICE_UNANSWERED',
          aggravating: [{ circumstance: 'REPEATED_WITHIN_YEAR', note: 'Second lapse since June' }],
          recordedBy: INVESTIGATOR.id,
        },
      ],
      failures: [
        {
          kind: 'OTHER',
          otherKind: 'not recorded (before failure kinds)',
          safetyImpact: false,
          workSafety: true,
        },
      ],
      reports: [{ year: 2026 }],
    });
    const sanctions = answer.body.sanctions as Record<string, unknown>[];
    expect(
      sanctions.map(({ sanction, category, influence, influenceUntil }) => ({
        sanction,
        category,
        influence,
        influenceUntil,
      })),
    ).toEqual(
      expect.arrayContaining([
        {
          sanction: 'DEMERIT',
          category: 'MEASURE',
          influence: 12,
          influenceUntil: '2027-12-15T02:00:00.000Z',
        },
        {
          sanction: 'REFERRAL_TO_DISCIPLINE_INSPECTION',
          category: 'REFERRAL',
          influence: null,
          influenceUntil: null,
        },
      ]),
    );
    const qian = await get(`/cadres/${world.ids.qian}`, 'SUPERVISOR');
    expect(qian.body).toMatchObject({ posts: [{ eligibilityOverride: null }] });
  });

  it('gives the assessor the year’s report, assessment, bands and the departments’ compliance; not to a VIEWER', async () => {
    const path = `/cadres/${world.ids.zhao}/assessments/2026`;
    const answer = await get(path, 'SUPERVISOR');
    expect(answer.status).toBe(200);
    const commission = await get(`/compliance/${world.ids.commission}/2026`, 'SUPERVISOR');
    expect(answer.body).toMatchObject({
      cadreId: world.ids.zhao,
      year: 2026,
      report: { statement: 'Both responsibilities implemented, but for the December lapse' },
      assessment: { score: 58, grade: 'INCOMPETENT' },
      gradeBands: { EXCELLENT: 90, COMPETENT: 75, BASICALLY_COMPETENT: 60 },
      posts: [{ postId: world.ids.director }],
      departments: [
        {
          departmentId: world.ids.commission,
          name: 'Riverside Construction Commission',
          score: commission.body.score,
          grade: commission.body.grade,
          postIds: [world.ids.director],
        },
      ],
    });
    expect((await get(path, 'VIEWER')).status).toBe(403);
    expect((await get(`/cadres/${randomUUID()}/assessments/2026`, 'SUPERVISOR')).status).toBe(404);
    const bad = await get(`/cadres/${world.ids.zhao}/assessments/twenty`, 'SUPERVISOR');
    expect(bad.status).toBe(400);
  });

  it('shows the hearing notice, the finding’s basis, measures and referrals, the decider, the waiver and the open appeal window in the case header and timeline', async () => {
    const header = await get(`/cases/${world.ids.caseId}`, 'CASEWORKER');
    expect(header.status).toBe(200);
    expect(header.body).toMatchObject({
      status: 'DECIDED',
      hearingNotices: [
        { cadreId: world.ids.zhao, name: 'Zhao Lei', respondBy: '2026-12-12T15:59:59.999Z' },
      ],
      findings: [{ hearing: 'NOTICE_UNANSWERED', recordedBy: INVESTIGATOR.id }],
      sanctions: [
        { sanction: 'DEMERIT', category: 'MEASURE' },
        { sanction: 'REFERRAL_TO_DISCIPLINE_INSPECTION', category: 'REFERRAL' },
      ],
      decidedBy: DECIDER.id,
      appealWindowClosesAt: '2027-01-14T15:59:59.999Z',
      appealWindowOpen: true,
      waivers: [{ cadreId: world.ids.zhao, name: 'Zhao Lei', sanctionId: world.ids.demerit }],
    });
    const timeline = await get(`/cases/${world.ids.caseId}/timeline?pageSize=100`, 'CASEWORKER');
    const sentences = (timeline.body.items as { sentence: string }[]).map((item) => item.sentence);
    expect(sentences).toEqual(
      expect.arrayContaining([
        'A hearing notice was served on Zhao Lei by caseworker-1; the subject could answer until 12 Dec 2026, 23:59.',
        'Zhao Lei was found responsible (leadership) by supervisor-investigating after a hearing notice the subject left unanswered: Signed the inspection plan and never followed it up. Aggravating: repeated within year (Second lapse since June)',
        'The measure demerit was decided for Zhao Lei by supervisor-deciding.',
        'A referral to discipline inspection was decided for Zhao Lei by supervisor-deciding.',
        'The case was decided by supervisor-deciding; appeals may be filed until 14 Jan 2027, 23:59.',
        'Zhao Lei waived the appeal against the demerit (recorded by caseworker-1).',
      ]),
    );
  });

  it('gives the auditor the case as of the end of a local day, and a report that says how the subject was heard and what was overridden', async () => {
    const stateAt = async (asOf: string) =>
      (await get(`/audit/cases/${world.ids.caseId}/state?asOf=${asOf}&by=business`, 'AUDITOR'))
        .body as { state: { status: string } };
    expect((await stateAt('2026-12-14')).state.status).toBe('UNDER_INVESTIGATION');
    expect((await stateAt('2026-12-15')).state.status).toBe('DECIDED');
    const report = await fetch(`${running.url}/audit/cases/${world.ids.caseId}/report?lang=en`, {
      headers: { authorization: `Bearer ${running.token('AUDITOR')}` },
    });
    expect(report.status).toBe(200);
    const html = await report.text();
    expect(html).toContain('notice served, left unanswered');
    expect(html).toContain('aggravating: repeated within year (Second lapse since June)');
    expect(html).toContain('referral to discipline inspection (referral, not a measure)');
    expect(html).toContain('<h3>Appeals waived</h3>');
    expect(html).toContain('<h2>Appointments made despite blocked eligibility</h2>');
    expect(html).toContain('Approved by the standing committee: the only qualified engineer');
  });

  it('documents the new reads in OpenAPI', async () => {
    const answer = await call(running.url, 'GET', '/docs/openapi.json');
    const paths = Object.keys(answer.body.paths as Record<string, unknown>);
    expect(paths).toEqual(
      expect.arrayContaining(['/compliance/assessments', '/cadres/{cadreId}/assessments/{year}']),
    );
  });
});

describe('reads in another time zone (DUTYLEDGER_TIME_ZONE=UTC) and other grade bands', () => {
  let running: RunningApp;
  let department = '';

  beforeAll(async () => {
    running = await startApp({
      clock: () => NOW,
      env: {
        DUTYLEDGER_TIME_ZONE: 'UTC',
        DUTYLEDGER_ASSESSMENT_GRADE_BANDS: 'EXCELLENT=99,COMPETENT=98,BASICALLY_COMPETENT=97',
      },
    });
    const world = new StoredWorld(running);
    department = randomUUID();
    await world.record(departmentStream(department), 'DepartmentRegistered', {
      departmentId: department,
      name: 'Riverside Municipal People’s Government',
      level: 'MUNICIPAL',
      kind: 'GOVERNMENT',
      parentId: null,
      industries: ['construction'],
      supervisionAuthority: true,
      occurredAt: '2020-01-01T00:00:00Z',
    });
    const accidentId = randomUUID();
    await world.record(accidentStream(accidentId), 'AccidentReported', {
      accidentId,
      departmentId: department,
      industry: 'construction',
      occurredAt: '2026-09-01T07:00:00+08:00',
      description: 'Scaffold collapse',
      deaths: 1,
      seriousInjuries: 0,
      directLossYuan: 0,
      grade: 'GENERAL',
    });
    await world.projected();
  });
  afterAll(() => running.stop());

  it('buckets months in the configured zone: the same accident counts in August', async () => {
    const answer = await call<{ month: string; GENERAL: number }[]>(
      running.url,
      'GET',
      '/accidents/by-grade?from=2026-08&to=2026-09',
      { token: running.token('VIEWER') },
    );
    expect(answer.body.map((m) => [m.month, m.GENERAL])).toEqual([
      ['2026-08', 1],
      ['2026-09', 0],
    ]);
  });

  it('grades the departments with the configured bands', async () => {
    const answer = await call(running.url, 'GET', '/compliance/assessments?year=2026', {
      token: running.token('VIEWER'),
    });
    expect(answer.body).toMatchObject({
      gradeBands: { EXCELLENT: 99, COMPETENT: 98, BASICALLY_COMPETENT: 97 },
      // One general accident: 100 × (1 − 0.15 × 0.1) = 98.5.
      departments: [{ departmentId: department, score: 98.5, grade: 'COMPETENT' }],
    });
  });
});

import { randomUUID } from 'node:crypto';
import { accidentStream, assessmentStream } from '@dutyledger/domain';
import type { EventStore } from '@dutyledger/event-store';
import { EVENT_STORE } from '@dutyledger/wiring';
import { call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';

const YEAR = 2025;

describe('accidents and annual assessments, end to end', () => {
  let running: RunningApp;
  let caseworker: string;
  let supervisor: string;
  let departmentId: string;

  const post = (path: string, token: string, body: unknown) =>
    call(running.url, 'POST', path, { token, body });

  const storedEvents = async (stream: string) => {
    const store = running.app.get<EventStore>(EVENT_STORE);
    return (await store.readStream(stream)).map(({ type, data }) => ({ type, data }));
  };

  const accident = (overrides: Record<string, unknown> = {}) => ({
    accidentId: randomUUID(),
    departmentId,
    industry: 'construction',
    occurredAt: '2026-01-10T14:20:00+08:00',
    description: 'Scaffold collapse at the Eastport site',
    deaths: 4,
    seriousInjuries: 2,
    directLossYuan: 3_200_000,
    ...overrides,
  });

  /** A cadre, and (unless `holdsPost` is false) a leading post held since the start of YEAR. */
  const registerCadre = async (holdsPost = true): Promise<string> => {
    const admin = running.token('ADMIN');
    const cadreId = randomUUID();
    const created = await post('/cadres', admin, {
      cadreId,
      name: 'Li Wei',
      personnelNumber: `RS-${cadreId.slice(0, 8)}`,
      managingDepartmentId: departmentId,
    });
    expect(created.status).toBe(201);
    if (!holdsPost) return cadreId;
    const postId = randomUUID();
    const established = await post('/posts', admin, {
      postId,
      departmentId,
      title: 'Deputy Mayor (construction)',
      rank: 'DEPUTY',
      businessScope: ['construction'],
      effectiveFrom: '2020-01-01',
    });
    expect(established.status).toBe(201);
    const appointed = await post(`/posts/${postId}/appointments`, admin, {
      cadreId,
      effectiveFrom: `${YEAR}-01-01`,
    });
    expect(appointed.status).toBe(201);
    return cadreId;
  };

  const assessmentPath = (cadreId: string, step: string, year = YEAR) =>
    `/cadres/${cadreId}/assessments/${year}/${step}`;

  beforeAll(async () => {
    running = await startApp();
    caseworker = running.token('CASEWORKER');
    supervisor = running.token('SUPERVISOR');
    departmentId = randomUUID();
    const department = await post('/departments', running.token('ADMIN'), {
      departmentId,
      name: 'Riverside Municipal People’s Government',
      level: 'MUNICIPAL',
      kind: 'GOVERNMENT',
      effectiveFrom: '2020-01-01',
      industries: ['construction', 'mining'],
      supervisionAuthority: true,
    });
    expect(department.status).toBe(201);
  });
  afterAll(() => running.stop());

  describe('accidents', () => {
    it('grades an accident with 4 deaths LARGER, derived from the figures', async () => {
      const body = accident();
      const reported = await post('/accidents', caseworker, body);
      expect(reported.status).toBe(201);
      expect(reported.body).toMatchObject({ id: body.accidentId, revision: '0' });
      expect(await storedEvents(accidentStream(body.accidentId))).toEqual([
        {
          type: 'AccidentReported',
          // stored as the instant in UTC: 14:20 Beijing time is 06:20 UTC
          data: { ...body, occurredAt: '2026-01-10T06:20:00.000Z', grade: 'LARGER' },
        },
      ]);
    });

    it('re-derives the grade on a casualty update and keeps the previous one', async () => {
      const body = accident();
      await post('/accidents', caseworker, body);
      const updated = await post(`/accidents/${body.accidentId}/casualty-updates`, caseworker, {
        deaths: 12,
        seriousInjuries: 2,
        directLossYuan: 3_200_000,
        reason: 'eight missing workers were found dead',
      });
      expect(updated.status).toBe(201);
      expect(updated.body).toMatchObject({ id: body.accidentId, revision: '1' });
      const [, update] = await storedEvents(accidentStream(body.accidentId));
      expect(update).toMatchObject({
        type: 'AccidentCasualtiesUpdated',
        data: { deaths: 12, grade: 'SERIOUS', previousGrade: 'LARGER' },
      });
    });

    it('generates the accident id when the body has none', async () => {
      const { accidentId: _chosen, ...body } = accident();
      const reported = await post('/accidents', caseworker, body);
      expect(reported.status).toBe(201);
      expect(reported.body.id).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('refuses a grade typed into the body as a forbidden property', async () => {
      const refused = await post('/accidents', caseworker, accident({ grade: 'GENERAL' }));
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      expect(refused.body.fields).toEqual([
        { field: 'grade', rules: { whitelistValidation: 'property grade should not exist' } },
      ]);
    });

    it('answers 400 naming every bad figure and a missing field', async () => {
      const { description: _missing, ...body } = accident({
        deaths: -1,
        seriousInjuries: 1.5,
        occurredAt: 'yesterday',
      });
      const refused = await post('/accidents', caseworker, body);
      expect(refused.status).toBe(400);
      const fields = (refused.body.fields as { field: string }[]).map(({ field }) => field);
      expect(fields.sort()).toEqual(['deaths', 'description', 'occurredAt', 'seriousInjuries']);
    });

    it('answers 404 for an unknown department or an accident never reported', async () => {
      const unknown = await post(
        '/accidents',
        caseworker,
        accident({ departmentId: randomUUID() }),
      );
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DEPARTMENT_NOT_FOUND');
      const never = await post(`/accidents/${randomUUID()}/casualty-updates`, caseworker, {
        deaths: 1,
        seriousInjuries: 0,
        directLossYuan: 0,
        reason: 'recount',
      });
      expect(never.status).toBe(404);
      expect(never.body.code).toBe('ACCIDENT_NOT_FOUND');
    });

    it('answers 422 with the rule’s code for an unchanged update', async () => {
      const body = accident();
      await post('/accidents', caseworker, body);
      const { deaths, seriousInjuries, directLossYuan } = body;
      const unchanged = await post(`/accidents/${body.accidentId}/casualty-updates`, caseworker, {
        deaths,
        seriousInjuries,
        directLossYuan,
        reason: 'recount',
      });
      expect(unchanged.status).toBe(422);
      expect(unchanged.body.code).toBe('ACCIDENT_CASUALTIES_UNCHANGED');
    });

    it('refuses roles other than caseworker', async () => {
      const body = accident();
      expect((await post('/accidents', supervisor, body)).status).toBe(403);
      expect((await post('/accidents', running.token('VIEWER'), body)).status).toBe(403);
      const update = { deaths: 5, seriousInjuries: 0, directLossYuan: 0, reason: 'recount' };
      const path = `/accidents/${body.accidentId}/casualty-updates`;
      expect((await post(path, supervisor, update)).status).toBe(403);
    });
  });

  describe('annual assessments', () => {
    const verdict = { score: 86, grade: 'COMPETENT', remarks: 'inspections on time' };

    it('takes the annual report, then the assessment, then a correction', async () => {
      const cadreId = await registerCadre();
      const report = await post(assessmentPath(cadreId, 'annual-report'), caseworker, {
        statement: 'Safety duties were assigned to every deputy and inspected each quarter',
      });
      expect(report.status).toBe(201);
      expect(report.body).toMatchObject({ id: cadreId, revision: '0' });
      const assessed = await post(assessmentPath(cadreId, 'assessment'), supervisor, verdict);
      expect(assessed.status).toBe(201);
      expect(assessed.body).toMatchObject({ revision: '1' });
      const corrected = await post(assessmentPath(cadreId, 'corrections'), supervisor, {
        ...verdict,
        score: 58,
        grade: 'INCOMPETENT',
        reason: 'an unreported failure to perform came to light',
      });
      expect(corrected.status).toBe(201);
      const events = await storedEvents(assessmentStream(cadreId, YEAR));
      expect(events.map(({ type }) => type)).toEqual([
        'AnnualReportSubmitted',
        'AnnualAssessmentRecorded',
        'AnnualAssessmentCorrected',
      ]);
      expect(events[1]?.data).toMatchObject({ cadreId, year: YEAR, ...verdict });
      expect(events[2]?.data).toMatchObject({
        score: 58,
        grade: 'INCOMPETENT',
        previousScore: 86,
        previousGrade: 'COMPETENT',
      });
    });

    it('refuses a report for a year in which the cadre held no leading post (422 NO_POST_HELD_IN_YEAR)', async () => {
      const withoutPost = await registerCadre(false);
      const refused = await post(assessmentPath(withoutPost, 'annual-report'), caseworker, {
        statement: 'Safety duties were assigned',
      });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('NO_POST_HELD_IN_YEAR');
      const heldSinceYear = await registerCadre();
      const before = await post(assessmentPath(heldSinceYear, 'annual-report', 2001), caseworker, {
        statement: 'Safety duties were assigned',
      });
      expect(before.status).toBe(422);
      expect(before.body.code).toBe('NO_POST_HELD_IN_YEAR');
    });

    it('refuses a grade that does not agree with the score’s band (422 ASSESSMENT_GRADE_MISMATCH)', async () => {
      const cadreId = await registerCadre();
      await post(assessmentPath(cadreId, 'annual-report'), caseworker, {
        statement: 'Safety duties were assigned',
      });
      const mismatch = await post(assessmentPath(cadreId, 'assessment'), supervisor, {
        score: 96,
        grade: 'INCOMPETENT',
        remarks: '',
      });
      expect(mismatch.status).toBe(422);
      expect(mismatch.body).toMatchObject({
        code: 'ASSESSMENT_GRADE_MISMATCH',
        message: expect.stringContaining('A score of 96 is EXCELLENT') as unknown,
      });
    });

    it('answers 422 ANNUAL_REPORT_REQUIRED for an assessment before the report', async () => {
      const cadreId = await registerCadre();
      const early = await post(assessmentPath(cadreId, 'assessment'), supervisor, verdict);
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('ANNUAL_REPORT_REQUIRED');
    });

    it('answers 400 naming score for a score of 101, and year for a year out of range', async () => {
      const cadreId = await registerCadre();
      const tooHigh = await post(assessmentPath(cadreId, 'assessment'), supervisor, {
        ...verdict,
        score: 101,
      });
      expect(tooHigh.status).toBe(400);
      expect((tooHigh.body.fields as { field: string }[]).map(({ field }) => field)).toEqual([
        'score',
      ]);
      const statement = { statement: 'done' };
      for (const year of ['1999', 'last-year']) {
        const path = `/cadres/${cadreId}/assessments/${year}/annual-report`;
        const badYear = await post(path, caseworker, statement);
        expect(badYear.status).toBe(400);
        expect(badYear.body).toMatchObject({
          code: 'VALIDATION_FAILED',
          fields: [{ field: 'year' }],
        });
      }
    });

    it('answers 404 for a cadre that is not registered', async () => {
      const unknown = await post(assessmentPath(randomUUID(), 'annual-report'), caseworker, {
        statement: 'Safety duties were assigned',
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('CADRE_NOT_FOUND');
    });

    it('lets only caseworkers report and only supervisors assess', async () => {
      const cadreId = await registerCadre();
      const statement = { statement: 'Safety duties were assigned' };
      expect(
        (await post(assessmentPath(cadreId, 'annual-report'), supervisor, statement)).status,
      ).toBe(403);
      expect((await post(assessmentPath(cadreId, 'assessment'), caseworker, verdict)).status).toBe(
        403,
      );
      const correction = { ...verdict, reason: 'recount' };
      expect(
        (await post(assessmentPath(cadreId, 'corrections'), caseworker, correction)).status,
      ).toBe(403);
    });
  });
});

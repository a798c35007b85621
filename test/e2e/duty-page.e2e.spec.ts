import { call } from '../support/http';
import { POSTGRES_TEST_URL } from '../support/postgres';
import { type RunningApp, startApp } from '../support/running-app';
import { CaseFixtures, daysAgo } from './case-fixtures';

interface DutyAnswer {
  dutyId: string;
  title: string;
  principle: string | null;
  post: { postId: string; title: string | null; departmentId: string | null };
  holders: { cadreId: string; name: string | null; heldUntil: string | null }[];
  performances: { period: string | null; due: boolean }[];
  failures: { failureId: string; cadreId: string; adverseEffect: string }[];
  cases: { caseId: string; failureId: string }[];
}

function describeDutyPage(engine: 'sqlite' | 'postgres') {
  describe(`GET /duties/{dutyId} (read models on ${engine})`, () => {
    let running: RunningApp;

    beforeAll(async () => {
      running = await startApp({ postgres: engine === 'postgres' });
    }, 120_000);
    afterAll(() => running.stop());

    it('answers the duty with its post, department, holders, performances, failures and the cases on them', async () => {
      const fixtures = new CaseFixtures(running);
      const caseworker = running.token('CASEWORKER');
      const authority = await fixtures.supervisionAuthority();
      const subject = await fixtures.cadreOnPost(authority);
      const { dutyId, failureId } = await fixtures.failure(subject, 'SERIOUS');
      const performed = await call(running.url, 'POST', `/duties/${dutyId}/performances`, {
        token: caseworker,
        body: {
          period: daysAgo(60).slice(0, 7),
          performedAt: daysAgo(58),
          evidence: 'Inspection report',
        },
      });
      expect(performed.status).toBe(201);
      const opened = await call(running.url, 'POST', '/cases', {
        token: caseworker,
        body: {
          kind: 'PRE_ACCIDENT',
          openedByDepartmentId: authority,
          subjects: [subject],
          failures: [{ dutyId, failureId }],
          summary: 'The monthly inspection was skipped',
        },
      });
      expect(opened.status).toBe(201);
      await running.projected(String(opened.body.position));

      const answer = await call<DutyAnswer>(running.url, 'GET', `/duties/${dutyId}`, {
        token: running.token('SUPERVISOR'),
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        dutyId,
        title: 'Monthly hazard inspection of the mines',
        principle: 'MANAGES_INDUSTRY',
        post: {
          postId: subject.postId,
          title: 'Deputy Mayor (mining)',
          departmentId: authority,
          departmentName: 'Riverside Municipal People’s Government',
        },
        holders: [{ cadreId: subject.cadreId, name: 'Li Wei', heldUntil: null }],
        performances: [{ period: daysAgo(60).slice(0, 7), due: true }],
        failures: [{ failureId, cadreId: subject.cadreId, adverseEffect: 'SERIOUS' }],
        cases: [{ caseId: String(opened.body.id), failureId }],
      });
    });

    it('answers 404 for a duty it does not know, 400 for a malformed id and 403 to a VIEWER', async () => {
      const unknown = '9c4f5d7b-be6a-4f8b-8ca3-4d5e6f708192';
      const token = running.token('AUDITOR');
      expect((await call(running.url, 'GET', `/duties/${unknown}`, { token })).status).toBe(404);
      expect((await call(running.url, 'GET', '/duties/duty-1', { token })).status).toBe(400);
      const viewer = running.token('VIEWER');
      expect((await call(running.url, 'GET', `/duties/${unknown}`, { token: viewer })).status).toBe(
        403,
      );
    });
  });
}

describeDutyPage('sqlite');
if (POSTGRES_TEST_URL) describeDutyPage('postgres');

import { randomUUID } from 'node:crypto';
import { calendarFor } from '@dutyledger/domain';
import { type Answer, call } from '../support/http';
import { POSTGRES_TEST_URL } from '../support/postgres';
import { type RunningApp, startApp } from '../support/running-app';
import { CaseFixtures, type Subject, daysAgo } from './case-fixtures';

const INVESTIGATOR = 'supervisor-investigating';
const DECIDER = 'supervisor-deciding';
const DAY_MS = 86_400_000;
const UNKNOWN_CASE = '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a';

interface Queued {
  caseId: string;
  overdue: boolean;
  [field: string]: unknown;
}

function describeCaseQueries(readModels: 'sqlite' | 'postgres') {
  describe(`case queries over HTTP (read models on ${readModels})`, () => {
    let running: RunningApp;
    let fixtures: CaseFixtures;
    let caseworker: string;
    let investigator: string;
    let decider: string;
    let appealBoard: string;
    /** The app's clock runs this many milliseconds ahead of the real one. */
    let ahead = 0;

    beforeAll(async () => {
      running = await startApp({
        postgres: readModels === 'postgres',
        clock: () => new Date(Date.now() + ahead),
      });
      fixtures = new CaseFixtures(running);
      caseworker = running.token('CASEWORKER');
      investigator = running.token('SUPERVISOR', INVESTIGATOR);
      decider = running.token('SUPERVISOR', DECIDER);
      appealBoard = running.token('SUPERVISOR', 'supervisor-appeals');
    });
    afterAll(() => running.stop());
    afterEach(() => {
      ahead = 0;
    });

    const get = <T = Record<string, unknown>>(path: string, token = caseworker) =>
      call<T>(running.url, 'GET', path, { token });

    /** Posts and expects 201; answers the command's answer. */
    async function ok(token: string, path: string, body?: unknown): Promise<Answer> {
      const answer = await call(running.url, 'POST', path, { token, body });
      expect({ path, status: answer.status, body: answer.body }).toMatchObject({ status: 201 });
      return answer;
    }

    /** Waits until the read models have applied what the command answered. */
    const projected = (answer: Answer) => running.projected(String(answer.body.position));

    async function openPostAccident(
      authority: string,
      accidentAt: string,
    ): Promise<{ caseId: string; subject: Subject }> {
      const subject = await fixtures.cadreOnPost(authority);
      const accidentId = await fixtures.accident(authority, accidentAt, 'LARGER');
      const opened = await ok(caseworker, '/cases', {
        kind: 'POST_ACCIDENT',
        openedByDepartmentId: authority,
        subjects: [subject],
        failures: [],
        accidentId,
        summary: 'Roof collapse in shaft 3',
      });
      return { caseId: String(opened.body.id), subject };
    }

    async function openPreAccident(
      authority: string,
    ): Promise<{ caseId: string; subject: Subject }> {
      const subject = await fixtures.cadreOnPost(authority);
      const failure = await fixtures.failure(subject, 'SERIOUS');
      const opened = await ok(caseworker, '/cases', {
        kind: 'PRE_ACCIDENT',
        openedByDepartmentId: authority,
        subjects: [subject],
        failures: [failure],
        summary: 'Monthly hazard inspections were not carried out',
      });
      return { caseId: String(opened.body.id), subject };
    }

    /** Investigates, finds the subject not responsible and issues the decision. */
    async function decide(caseId: string, cadreId: string): Promise<Answer> {
      await ok(caseworker, `/cases/${caseId}/investigator`, { investigatorId: INVESTIGATOR });
      await ok(caseworker, `/cases/${caseId}/investigation`);
      await ok(investigator, `/cases/${caseId}/findings`, {
        cadreId,
        responsible: false,
        reasoning: 'Took up the post after the failure',
      });
      return ok(decider, `/cases/${caseId}/decision`);
    }

    it('reads the header and the timeline of a case driven through the command API', async () => {
      const authority = await fixtures.supervisionAuthority();
      const { caseId, subject } = await openPreAccident(authority);
      const { cadreId } = subject;
      await ok(caseworker, `/cases/${caseId}/investigator`, { investigatorId: INVESTIGATOR });
      await ok(caseworker, `/cases/${caseId}/investigation`);
      await ok(caseworker, `/cases/${caseId}/statements`, {
        cadreId,
        statement: 'The inspectors were on leave that month',
      });
      await ok(investigator, `/cases/${caseId}/findings`, {
        cadreId,
        responsible: true,
        responsibilityKind: 'DIRECT',
        reasoning: 'The inspection was the post’s duty and was skipped without cover',
      });
      const sanctionId = randomUUID();
      await ok(decider, `/cases/${caseId}/sanctions`, {
        sanctionId,
        cadreId,
        sanction: 'CIRCULATED_CRITICISM',
      });
      await ok(decider, `/cases/${caseId}/decision`);
      const appealId = randomUUID();
      await ok(caseworker, `/cases/${caseId}/appeals`, { appealId, cadreId, grounds: 'Too harsh' });
      await ok(appealBoard, `/cases/${caseId}/appeal-decisions`, {
        appealId,
        outcome: 'SANCTION_CHANGED',
        changedSanction: 'ADMONISHMENT_TALK',
        reasoning: 'A first failure: a talk is enough',
      });
      await ok(decider, `/cases/${caseId}/closure`, { reason: 'Decided; the appeal is decided' });
      const last = await ok(decider, `/cases/${caseId}/reopening`, { reason: 'A new witness' });
      await projected(last);

      const header = await get(`/cases/${caseId}`);
      expect(header.status).toBe(200);
      expect(header.body).toMatchObject({
        caseId,
        kind: 'PRE_ACCIDENT',
        status: 'REOPENED',
        openedByDepartmentId: authority,
        departmentName: 'Riverside Municipal People’s Government',
        summary: 'Monthly hazard inspections were not carried out',
        subjects: [
          { cadreId, name: 'Li Wei', postId: subject.postId, postTitle: 'Deputy Mayor (mining)' },
        ],
        grounds: {
          failures: [
            {
              adverseEffect: 'SERIOUS',
              responsibleCadreId: cadreId,
              responsibleCadreName: 'Li Wei',
            },
          ],
          accident: null,
        },
        investigatorId: INVESTIGATOR,
        deadline: null,
        overdue: false,
        findings: [
          {
            cadreId,
            name: 'Li Wei',
            responsible: true,
            responsibilityKind: 'DIRECT',
            hearing: 'STATEMENT',
          },
        ],
        sanctions: [
          {
            sanctionId,
            cadreId,
            sanction: 'ADMONISHMENT_TALK',
            decidedSanction: 'CIRCULATED_CRITICISM',
            status: 'CHANGED_ON_APPEAL',
            decidedBy: DECIDER,
            changedByAppealId: appealId,
          },
        ],
        appeals: [{ appealId, cadreId, outcome: 'SANCTION_CHANGED' }],
        closedAt: null,
        reopenCount: 1,
        revision: last.body.revision,
        position: last.body.position,
      });

      const stored = await fixtures.caseEvents(caseId);
      const timeline = await get<{ items: Record<string, unknown>[]; total: number }>(
        `/cases/${caseId}/timeline?pageSize=100`,
      );
      expect(timeline.status).toBe(200);
      expect(timeline.body.total).toBe(stored.length);
      expect(
        timeline.body.items.map(({ type, eventId, position, revision }) => ({
          type,
          eventId,
          position,
          revision,
        })),
      ).toEqual(
        stored.map((event) => ({
          type: event.type,
          eventId: event.id,
          position: String(event.position),
          revision: String(event.revision),
        })),
      );
      const sanctioned = timeline.body.items.find((item) => item.type === 'SanctionDecided');
      const decided = stored.find((event) => event.type === 'SanctionDecided');
      expect(sanctioned).toEqual({
        position: String(decided?.position),
        revision: String(decided?.revision),
        eventId: decided?.id,
        type: 'SanctionDecided',
        actor: { id: DECIDER, role: 'SUPERVISOR' },
        occurredAt: decided?.metadata.occurredAt,
        recordedAt: decided?.metadata.recordedAt,
        sentence: `The measure circulated criticism was decided for Li Wei by ${DECIDER}.`,
      });
      expect(timeline.body.items.at(-1)?.sentence).toBe(
        `The case was reopened (1st reopening) by ${DECIDER}: A new witness`,
      );

      const second = await get<{
        items: { eventId: string }[];
        page: number;
        pageSize: number;
        total: number;
      }>(`/cases/${caseId}/timeline?page=2&pageSize=4`);
      expect(second.body).toMatchObject({ page: 2, pageSize: 4, total: stored.length });
      expect(second.body.items.map((item) => item.eventId)).toEqual(
        stored.slice(4, 8).map((event) => event.id),
      );

      // The same timeline in Chinese, by Accept-Language or by ?lang= (which wins).
      type Sentences = { items: { sentence: string }[] };
      const inChinese = await call<Sentences>(
        running.url,
        'GET',
        `/cases/${caseId}/timeline?pageSize=100`,
        {
          token: caseworker,
          headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' },
        },
      );
      expect(inChinese.body.items.map((item) => item.sentence)).toEqual(
        expect.arrayContaining([
          `${DECIDER}决定对Li Wei予以通报批评。`,
          `${DECIDER}重新启动本案（第1次）。理由：A new witness`,
        ]),
      );
      const asked = await call<Sentences>(
        running.url,
        'GET',
        `/cases/${caseId}/timeline?pageSize=100&lang=en`,
        {
          token: caseworker,
          headers: { 'accept-language': 'zh-CN' },
        },
      );
      expect(asked.body.items.at(-1)?.sentence).toBe(
        `The case was reopened (1st reopening) by ${DECIDER}: A new witness`,
      );
      const unknown = await get(`/cases/${caseId}/timeline?lang=fr`);
      expect(unknown).toMatchObject({ status: 400, body: { fields: [{ field: 'lang' }] } });
    });

    it('lists open cases overdue first by the clock, then by deadline, then oldest, and filters them', async () => {
      const authority = await fixtures.supervisionAuthority();
      const { caseId: late } = await openPostAccident(authority, daysAgo(70));
      const recentAccident = daysAgo(20);
      const { caseId: running60 } = await openPostAccident(authority, recentAccident);
      const pre = await openPreAccident(authority);
      ahead = 60_000;
      const decided = await openPostAccident(authority, daysAgo(80));
      const stopped = decided.caseId;
      await decide(stopped, decided.subject.cadreId);
      const closed = await openPreAccident(authority);
      await decide(closed.caseId, closed.subject.cadreId);
      await ok(decider, `/cases/${closed.caseId}/closure`, { reason: 'No one is responsible' });
      await ok(caseworker, `/cases/${running60}/investigator`, { investigatorId: INVESTIGATOR });
      const last = await ok(caseworker, `/cases/${running60}/investigation`);
      await projected(last);

      const queue = async (query: string) => {
        const answer = await get<{ items: Queued[]; total: number }>(
          `/cases?departmentId=${authority}${query}`,
        );
        expect(answer.status).toBe(200);
        return answer.body;
      };
      const order = async (query = '') =>
        (await queue(query)).items.map((item) => [item.caseId, item.overdue]);

      expect(await order()).toEqual([
        [late, true],
        [running60, false],
        [pre.caseId, false],
        [stopped, false],
      ]);
      expect((await queue('')).total).toBe(4);
      expect((await get(`/cases/${late}`)).body).toMatchObject({ overdue: true });

      ahead = 41 * DAY_MS;
      expect(await order()).toEqual([
        [late, true],
        [running60, true],
        [pre.caseId, false],
        [stopped, false],
      ]);
      expect(await order('&overdue=true')).toEqual([
        [late, true],
        [running60, true],
      ]);
      ahead = 0;

      const extended = await ok(caseworker, `/cases/${running60}/deadline-extensions`, {
        days: 30,
        reason: 'The geological survey is not back yet',
      });
      await projected(extended);
      const header = await get(`/cases/${running60}`);
      expect(header.body).toMatchObject({ deadline: { extended: true }, overdue: false });
      const { dueAt } = (header.body.deadline ?? {}) as { dueAt?: string };
      expect(
        (await queue('&kind=POST_ACCIDENT')).items.map((item) => [item.caseId, item.dueAt]),
      ).toEqual([
        [late, expect.any(String)],
        [running60, dueAt],
        [stopped, expect.any(String)],
      ]);
      // 60 days after the accident, then 30 more: each ends with the last local day.
      const calendar = calendarFor(running.config.timeZone);
      expect(dueAt).toBe(calendar.endOfDayAfter(calendar.endOfDayAfter(recentAccident, 60), 30));
      ahead = 41 * DAY_MS;
      expect(await order('&overdue=true')).toEqual([[late, true]]);
      ahead = 0;

      expect(await order('&overdue=false')).toEqual([
        [running60, false],
        [pre.caseId, false],
        [stopped, false],
      ]);
      expect(await order('&status=UNDER_INVESTIGATION')).toEqual([[running60, false]]);
      expect(await order('&status=DECIDED')).toEqual([[stopped, false]]);
      expect(await order('&kind=PRE_ACCIDENT')).toEqual([[pre.caseId, false]]);
      expect(await order('&pageSize=2&page=2')).toEqual([
        [pre.caseId, false],
        [stopped, false],
      ]);
      const elsewhere = await get<{ items: Queued[] }>(`/cases?departmentId=${randomUUID()}`);
      expect(elsewhere.body.items).toEqual([]);
    });

    it('leaves the summary and the subjects out of the queue for VIEWER, and keeps case details from VIEWER', async () => {
      const authority = await fixtures.supervisionAuthority();
      const { caseId, subject } = await openPreAccident(authority);
      const last = await ok(caseworker, `/cases/${caseId}/investigator`, {
        investigatorId: INVESTIGATOR,
      });
      await projected(last);
      const viewer = running.token('VIEWER');
      const redacted = await get<{ items: Queued[] }>(`/cases?departmentId=${authority}`, viewer);
      expect(redacted.status).toBe(200);
      expect(redacted.body.items).toHaveLength(1);
      expect(Object.keys(redacted.body.items[0] ?? {}).sort()).toEqual([
        'caseId',
        'departmentName',
        'dueAt',
        'kind',
        'openedAt',
        'openedByDepartmentId',
        'overdue',
        'status',
        'subjectCount',
      ]);
      expect(redacted.body.items[0]).toMatchObject({ caseId, subjectCount: 1, status: 'OPENED' });
      const auditor = await get<{ items: Queued[] }>(
        `/cases?departmentId=${authority}`,
        running.token('AUDITOR'),
      );
      expect(auditor.body.items[0]).toMatchObject({
        caseId,
        summary: 'Monthly hazard inspections were not carried out',
        subjects: [{ cadreId: subject.cadreId, name: 'Li Wei', postId: subject.postId }],
      });
      expect((await get(`/cases/${caseId}`, viewer)).status).toBe(403);
      expect((await get(`/cases/${caseId}/timeline`, viewer)).status).toBe(403);
    });

    it('lists closed cases newest first and finds them by words of the summary or by the start of the id; VIEWER by id only', async () => {
      const authority = await fixtures.supervisionAuthority();
      const open = await openPreAccident(authority);
      const closing = await openPreAccident(authority);
      await decide(closing.caseId, closing.subject.cadreId);
      const closed = await ok(decider, `/cases/${closing.caseId}/closure`, {
        reason: 'No one is responsible',
      });
      await projected(closed);
      const list = await get<{ items: Queued[]; total: number }>(
        `/cases/closed?departmentId=${authority}`,
      );
      expect(list.status).toBe(200);
      expect(list.body.items.map((item) => [item.caseId, item.status])).toEqual([
        [closing.caseId, 'CLOSED'],
      ]);
      expect(list.body.items.map((item) => item.caseId)).not.toContain(open.caseId);
      const byWords = await get<{ items: Queued[] }>(
        `/cases/closed?departmentId=${authority}&search=${encodeURIComponent('HAZARD inspections')}`,
      );
      expect(byWords.body.items.map((item) => item.caseId)).toEqual([closing.caseId]);
      const byId = await get<{ items: Queued[] }>(
        `/cases/closed?search=${closing.caseId.slice(0, 8)}`,
      );
      expect(byId.body.items.map((item) => item.caseId)).toEqual([closing.caseId]);
      // LIKE's wildcards are searched for literally.
      const wildcard = await get<{ total: number }>(
        `/cases/closed?search=${encodeURIComponent('%')}`,
      );
      expect(wildcard.body.total).toBe(0);
      const viewer = running.token('VIEWER');
      const viewerWords = await get<{ items: Queued[] }>(
        `/cases/closed?departmentId=${authority}&search=inspections`,
        viewer,
      );
      expect(viewerWords.body.items).toEqual([]);
      const viewerId = await get<{ items: Queued[] }>(
        `/cases/closed?search=${closing.caseId.slice(0, 8)}`,
        viewer,
      );
      expect(viewerId.body.items.map((item) => item.caseId)).toEqual([closing.caseId]);
      expect(viewerId.body.items[0]).not.toHaveProperty('summary');
    });

    it.each([
      ['/cases?pageSize=101', ['pageSize']],
      ['/cases?pageSize=0&page=0', ['page', 'pageSize']],
      ['/cases?status=CLOSED', ['status']],
      ['/cases?status=SHELVED&kind=OTHER', ['kind', 'status']],
      ['/cases?overdue=yes&departmentId=42', ['departmentId', 'overdue']],
      ['/cases?sort=severity', ['sort']],
      ['/cases?colour=red', ['colour']],
      [`/cases/${UNKNOWN_CASE}/timeline?pageSize=101`, ['pageSize']],
      ['/cases/not-a-uuid', ['caseId']],
      [`/cases/closed?search=${'x'.repeat(101)}&kind=OTHER`, ['kind', 'search']],
    ])('answers 400 naming the bad fields of %s', async (path, fields) => {
      const answer = await get<{ code: string; fields: { field: string }[] }>(path);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect(answer.body.fields.map((problem) => problem.field).sort()).toEqual(fields);
    });

    it('answers 404 CASE_NOT_FOUND for a case it does not know, header and timeline alike', async () => {
      for (const path of [`/cases/${UNKNOWN_CASE}`, `/cases/${UNKNOWN_CASE}/timeline`]) {
        const answer = await get(path);
        expect({ path, status: answer.status, code: answer.body.code }).toEqual({
          path,
          status: 404,
          code: 'CASE_NOT_FOUND',
        });
      }
    });
  });
}

describeCaseQueries('sqlite');
if (POSTGRES_TEST_URL) describeCaseQueries('postgres');

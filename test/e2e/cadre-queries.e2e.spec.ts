import { randomUUID } from 'node:crypto';
import { addMonths, assessmentStream } from '@dutyledger/domain';
import type { EventStore, RecordedEvent } from '@dutyledger/event-store';
import { compareNames } from '@dutyledger/i18n';
import { EVENT_STORE } from '@dutyledger/wiring';
import { type Answer, call } from '../support/http';
import { POSTGRES_TEST_URL } from '../support/postgres';
import { type RunningApp, startApp } from '../support/running-app';
import { CaseFixtures, daysAgo } from './case-fixtures';

// Each story is some twenty commands, each awaited through every projection.
jest.setTimeout(60_000);

const INVESTIGATOR = 'supervisor-investigating';
const ASSESSED_YEAR = new Date().getUTCFullYear() - 1;

/** Drives the command API; every write waits until the projections have applied it. */
class CadreStory {
  readonly admin: string;
  readonly caseworker: string;
  readonly supervisor: string;
  readonly investigator: string;
  readonly auditor: string;
  readonly fixtures: CaseFixtures;

  constructor(readonly running: RunningApp) {
    this.admin = running.token('ADMIN');
    this.caseworker = running.token('CASEWORKER');
    this.supervisor = running.token('SUPERVISOR', 'supervisor-deciding');
    this.investigator = running.token('SUPERVISOR', INVESTIGATOR);
    this.auditor = running.token('AUDITOR');
    this.fixtures = new CaseFixtures(running);
  }

  async created(token: string, path: string, body?: unknown): Promise<string> {
    const answer = await call(this.running.url, 'POST', path, { token, body });
    if (answer.status !== 201) {
      throw new Error(`POST ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    await this.running.projected(String(answer.body.position));
    return String(answer.body.id);
  }

  get = (path: string, token = this.auditor): Promise<Answer> =>
    call(this.running.url, 'GET', path, { token });

  eligibility = async (cadreId: string, asOf?: string) => {
    const query = asOf === undefined ? '' : `?asOf=${encodeURIComponent(asOf)}`;
    const answer = await this.get(`/cadres/${cadreId}/eligibility${query}`);
    expect(answer.status).toBe(200);
    return answer.body as { asOf: string; eligible: boolean; blocks: Block[] };
  };

  async events(stream: string): Promise<RecordedEvent[]> {
    return this.running.app.get<EventStore>(EVENT_STORE).readStream(stream);
  }

  async eventOf(stream: string, type: string): Promise<RecordedEvent> {
    const event = (await this.events(stream)).find((candidate) => candidate.type === type);
    if (event === undefined) throw new Error(`${stream} has no ${type}`);
    return event;
  }

  department(body: Record<string, unknown>): Promise<string> {
    return this.created(this.admin, '/departments', {
      industries: ['mining'],
      effectiveFrom: '2020-01-01',
      ...body,
    });
  }

  post(departmentId: string, title: string): Promise<string> {
    return this.created(this.admin, '/posts', {
      departmentId,
      title,
      rank: 'DEPUTY',
      businessScope: ['mining'],
      effectiveFrom: '2020-01-01',
    });
  }

  cadre(name: string, managingDepartmentId: string): Promise<string> {
    return this.created(this.admin, '/cadres', {
      name,
      personnelNumber: `P-${randomUUID().slice(0, 8)}`,
      managingDepartmentId,
    });
  }
}

interface Block {
  reason: string;
  detail: string;
  until?: string;
  sourceEventIds: string[];
}

/**
 * A cadre who held a post in the government, was relieved and appointed to the bureau, failed a
 * duty there, and was named in a case that found them responsible, suspended them and closed.
 */
async function suspendedCadre(story: CadreStory) {
  const tag = randomUUID().slice(0, 8);
  const authority = await story.department({
    name: 'Riverside Municipal People’s Government',
    level: 'MUNICIPAL',
    kind: 'GOVERNMENT',
    supervisionAuthority: true,
  });
  const bureau = await story.department({
    name: 'Riverside Emergency Management Bureau',
    level: 'MUNICIPAL',
    kind: 'WORKING_DEPARTMENT',
    parentId: authority,
    supervisionAuthority: false,
  });
  const name = `Zhao Lei ${tag}`;
  const cadreId = await story.cadre(name, authority);
  const deputyMayor = await story.post(authority, 'Deputy Mayor (mining)');
  const director = await story.post(bureau, 'Deputy Director of the Bureau');
  const appointedAt = daysAgo(400);
  const relievedAt = daysAgo(200);
  const movedAt = daysAgo(199);
  await story.created(story.admin, `/posts/${deputyMayor}/appointments`, {
    cadreId,
    effectiveFrom: appointedAt,
  });
  await story.created(story.admin, `/posts/${deputyMayor}/reliefs`, {
    cadreId,
    effectiveFrom: relievedAt,
    reason: 'Transferred to the bureau',
  });
  await story.created(story.admin, `/posts/${director}/appointments`, {
    cadreId,
    effectiveFrom: movedAt,
  });
  const failure = await story.fixtures.failure({ cadreId, postId: director }, 'SERIOUS');
  const caseId = await story.created(story.caseworker, '/cases', {
    kind: 'PRE_ACCIDENT',
    openedByDepartmentId: authority,
    subjects: [{ cadreId, postId: director }],
    failures: [failure],
    summary: 'Monthly hazard inspections of the mines were not carried out',
  });
  const whileOpen = await story.eligibility(cadreId);
  await story.created(story.caseworker, `/cases/${caseId}/investigator`, {
    investigatorId: INVESTIGATOR,
  });
  await story.created(story.caseworker, `/cases/${caseId}/investigation`);
  await story.created(story.caseworker, `/cases/${caseId}/statements`, {
    cadreId,
    statement: 'The inspectors were on leave that month',
  });
  await story.created(story.investigator, `/cases/${caseId}/findings`, {
    cadreId,
    responsible: true,
    responsibilityKind: 'DIRECT',
    reasoning: 'The inspection was the post’s duty and was skipped without cover',
  });
  const sanctionId = randomUUID();
  await story.created(story.supervisor, `/cases/${caseId}/sanctions`, {
    sanctionId,
    cadreId,
    sanction: 'SUSPENSION',
  });
  await story.created(story.supervisor, `/cases/${caseId}/decision`);
  // Closing inside the appeal window needs the subject's waiver.
  await story.created(story.caseworker, `/cases/${caseId}/appeal-waivers`, { cadreId });
  await story.created(story.supervisor, `/cases/${caseId}/closure`, { reason: 'Decided' });
  const stream = `case-${caseId}`;
  const event = (type: string) => story.eventOf(stream, type);
  return {
    tag,
    name,
    authority,
    bureau,
    cadreId,
    deputyMayor,
    director,
    times: { appointedAt, relievedAt, movedAt },
    failure,
    caseId,
    sanctionId,
    whileOpen,
    opened: await event('CaseOpened'),
    named: await event('CaseSubjectNamed'),
    finding: await event('FindingRecorded'),
    sanctioned: await event('SanctionDecided'),
    decided: await event('CaseDecided'),
    closed: await event('CaseClosed'),
  };
}

const ENGINES = POSTGRES_TEST_URL ? ['sqlite', 'postgres'] : ['sqlite'];

describe.each(ENGINES)('cadre queries over HTTP (read models on %s)', (engine) => {
  let running: RunningApp;
  let story: CadreStory;
  let cadre: Awaited<ReturnType<typeof suspendedCadre>>;

  beforeAll(async () => {
    running = await startApp({ postgres: engine === 'postgres' });
    story = new CadreStory(running);
    cadre = await suspendedCadre(story);
  });
  afterAll(() => running.stop());

  describe('GET /cadres/{cadreId}/eligibility', () => {
    it('blocks with OPEN_CASE while the case is open, naming the opening and the naming', () => {
      expect(cadre.whileOpen.eligible).toBe(false);
      expect(cadre.whileOpen.blocks).toEqual([
        {
          reason: 'OPEN_CASE',
          detail: expect.stringContaining(cadre.caseId) as string,
          sourceEventIds: [cadre.opened.id, cadre.named.id],
        },
      ]);
    });

    it('blocks with the case and the suspension between the decision and the closing', async () => {
      const answer = await story.eligibility(cadre.cadreId, cadre.decided.metadata.occurredAt);
      expect(answer.blocks.map((block) => block.reason)).toEqual([
        'OPEN_CASE',
        'SANCTION_INFLUENCE_PERIOD',
      ]);
    });

    it('blocks with SANCTION_INFLUENCE_PERIOD after the close, until 12 months after the decision', async () => {
      const decidedAt = cadre.decided.metadata.occurredAt;
      const answer = await story.eligibility(cadre.cadreId);
      expect(answer).toEqual({
        cadreId: cadre.cadreId,
        asOf: expect.any(String) as string,
        eligible: false,
        blocks: [
          {
            reason: 'SANCTION_INFLUENCE_PERIOD',
            detail: `SUSPENSION in case ${cadre.caseId} influences appointment for 12 months from ${decidedAt}`,
            until: addMonths(decidedAt, 12),
            sourceEventIds: [cadre.sanctioned.id, cadre.decided.id],
          },
        ],
      });
    });

    it('finds the cadre eligible once the influence period is over', async () => {
      const until = addMonths(cadre.decided.metadata.occurredAt, 12);
      expect(await story.eligibility(cadre.cadreId, until)).toMatchObject({
        asOf: until,
        eligible: true,
        blocks: [],
      });
    });

    it('blocks on an INCOMPETENT latest grade, and no longer once it is corrected', async () => {
      const cadreId = await story.cadre(`Qian Fang ${cadre.tag}`, cadre.authority);
      const heldPost = await story.post(cadre.authority, 'Deputy Mayor (construction)');
      await story.created(story.admin, `/posts/${heldPost}/appointments`, {
        cadreId,
        effectiveFrom: `${ASSESSED_YEAR}-01-01`,
      });
      const path = `/cadres/${cadreId}/assessments/${ASSESSED_YEAR}`;
      await story.created(story.caseworker, `${path}/annual-report`, {
        statement: 'Safety duties were assigned and inspected each quarter',
      });
      const verdict = { score: 52, grade: 'INCOMPETENT', remarks: 'Inspections skipped' };
      await story.created(story.supervisor, `${path}/assessment`, verdict);
      const recorded = await story.eventOf(
        assessmentStream(cadreId, ASSESSED_YEAR),
        'AnnualAssessmentRecorded',
      );
      expect((await story.eligibility(cadreId)).blocks).toEqual([
        {
          reason: 'INCOMPETENT_GRADE',
          detail: `The latest work-safety assessment (${ASSESSED_YEAR}) graded the cadre INCOMPETENT`,
          sourceEventIds: [recorded.id],
        },
      ]);
      await story.created(story.supervisor, `${path}/corrections`, {
        score: 71,
        grade: 'BASICALLY_COMPETENT',
        remarks: 'The deputy’s inspections count',
        reason: 'The deputy’s inspection log was found',
      });
      expect(await story.eligibility(cadreId)).toMatchObject({ eligible: true, blocks: [] });
      const history = await story.get(`/cadres/${cadreId}`);
      expect(history.body.assessments).toEqual([
        expect.objectContaining({ grade: 'INCOMPETENT', kind: 'RECORDED' }),
        expect.objectContaining({
          grade: 'BASICALLY_COMPETENT',
          kind: 'CORRECTED',
          previousGrade: 'INCOMPETENT',
        }),
      ]);
    });

    it('answers 400 naming asOf for a time without a zone or not a date', async () => {
      for (const asOf of ['2027-01-01T00:00:00', 'tomorrow', '2027-02-30']) {
        const answer = await story.get(
          `/cadres/${cadre.cadreId}/eligibility?asOf=${encodeURIComponent(asOf)}`,
        );
        expect(answer.status).toBe(400);
        expect(answer.body).toMatchObject({
          code: 'VALIDATION_FAILED',
          fields: [{ field: 'asOf' }],
        });
      }
    });

    it('answers 404 for a cadre nobody registered', async () => {
      const answer = await story.get(`/cadres/${randomUUID()}/eligibility`);
      expect(answer.status).toBe(404);
    });
  });

  describe('GET /cadres/{cadreId}', () => {
    it('shows posts held over time, the duties carried, the failure, case, finding and sanction', async () => {
      const answer = await story.get(`/cadres/${cadre.cadreId}`);
      expect(answer.status).toBe(200);
      const history = answer.body;
      const utc = (iso: string) => new Date(iso).toISOString();
      expect(history.cadre).toMatchObject({
        cadreId: cadre.cadreId,
        name: cadre.name,
        managingDepartmentId: cadre.authority,
      });
      expect(history.posts).toEqual([
        {
          postId: cadre.deputyMayor,
          title: 'Deputy Mayor (mining)',
          departmentId: cadre.authority,
          from: utc(cadre.times.appointedAt),
          to: utc(cadre.times.relievedAt),
          reliefReason: 'Transferred to the bureau',
          eligibilityOverride: null,
          sourceEventIds: [expect.any(String), expect.any(String)] as string[],
        },
        {
          postId: cadre.director,
          title: 'Deputy Director of the Bureau',
          departmentId: cadre.bureau,
          from: utc(cadre.times.movedAt),
          to: null,
          reliefReason: null,
          eligibilityOverride: null,
          sourceEventIds: [expect.any(String)] as string[],
        },
      ]);
      const duties = history.duties as { dutyId: string; periodsHeld: unknown[] }[];
      expect(duties).toEqual([
        expect.objectContaining({ dutyId: cadre.failure.dutyId, postId: cadre.director }),
      ]);
      expect(duties[0]?.periodsHeld).toEqual([{ from: expect.any(String) as string, to: null }]);
      expect(history.failures).toEqual([
        expect.objectContaining({
          failureId: cadre.failure.failureId,
          dutyTitle: 'Monthly hazard inspection of the mines',
          adverseEffect: 'SERIOUS',
        }),
      ]);
      expect(history.cases).toEqual([
        expect.objectContaining({
          caseId: cadre.caseId,
          status: 'CLOSED',
          postId: cadre.director,
          openPeriods: [
            {
              openedAt: cadre.opened.metadata.occurredAt,
              closedAt: cadre.closed.metadata.occurredAt,
              openedByEventId: cadre.opened.id,
              closedByEventId: cadre.closed.id,
            },
          ],
        }),
      ]);
      expect(history.findings).toEqual([
        expect.objectContaining({
          caseId: cadre.caseId,
          responsible: true,
          responsibilityKind: 'DIRECT',
          sourceEventIds: [cadre.finding.id],
        }),
      ]);
      expect(history.sanctions).toEqual([
        expect.objectContaining({
          sanctionId: cadre.sanctionId,
          sanction: 'SUSPENSION',
          effectiveFrom: cadre.decided.metadata.occurredAt,
          endedAt: null,
          sourceEventIds: [cadre.sanctioned.id, cadre.decided.id],
        }),
      ]);
    });

    it('answers 404 for a cadre nobody registered, 400 for an id that is not a UUID', async () => {
      expect((await story.get(`/cadres/${randomUUID()}`)).status).toBe(404);
      const bad = await story.get('/cadres/not-a-uuid');
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ fields: [{ field: 'cadreId' }] });
    });

    it('is not for a VIEWER', async () => {
      const viewer = running.token('VIEWER');
      for (const path of [
        '/cadres',
        `/cadres/${cadre.cadreId}`,
        `/cadres/${cadre.cadreId}/eligibility`,
        `/cadres/${cadre.cadreId}/assessments/2026`,
      ]) {
        expect((await story.get(path, viewer)).status).toBe(403);
      }
    });
  });

  describe('GET /cadres', () => {
    const list = async (query: string) => {
      const answer = await story.get(`/cadres?${query}`, story.caseworker);
      expect(answer.status).toBe(200);
      return answer.body as { items: { cadreId: string }[]; total: number };
    };

    it('finds the cadre by part of the name in any case, with the post held now', async () => {
      const page = await list(`name=${encodeURIComponent(`LEI ${cadre.tag.toUpperCase()}`)}`);
      expect(page).toEqual({
        items: [
          {
            cadreId: cadre.cadreId,
            name: cadre.name,
            personnelNumber: expect.any(String) as string,
            managingDepartmentId: cadre.authority,
            currentPosts: [
              {
                postId: cadre.director,
                title: 'Deputy Director of the Bureau',
                departmentId: cadre.bureau,
              },
            ],
          },
        ],
        page: 1,
        pageSize: 20,
        total: 1,
      });
    });

    it('filters by the department of the post held now or the managing department', async () => {
      const ids = async (departmentId: string) =>
        (await list(`departmentId=${departmentId}&name=${cadre.tag}`)).items.map(
          (item) => item.cadreId,
        );
      expect(await ids(cadre.bureau)).toEqual([cadre.cadreId]);
      expect(await ids(cadre.authority)).toContain(cadre.cadreId);
      expect(await ids(randomUUID())).toEqual([]);
    });

    it('sorts by name in any case, then pages', async () => {
      const tag = randomUUID().slice(0, 8);
      const ids: Record<string, string> = {};
      for (const name of [`Chen ${tag}`, `an ${tag}`, `Bai ${tag}`]) {
        ids[name] = await story.cadre(name, cadre.bureau);
      }
      const everyone = await list(`name=${tag}&pageSize=100`);
      expect(everyone.items.map((item) => item.cadreId)).toEqual([
        ids[`an ${tag}`],
        ids[`Bai ${tag}`],
        ids[`Chen ${tag}`],
      ]);
      const second = await list(`name=${tag}&pageSize=1&page=2`);
      expect(second).toMatchObject({ page: 2, pageSize: 1, total: 3 });
      expect(second.items.map((item) => item.cadreId)).toEqual([ids[`Bai ${tag}`]]);
      const reversed = await list(`name=${tag}&sort=-name`);
      expect(reversed.items.map((item) => item.cadreId)).toEqual([
        ids[`Chen ${tag}`],
        ids[`Bai ${tag}`],
        ids[`an ${tag}`],
      ]);
      const refused = await story.get(`/cadres?sort=age`);
      expect(refused.status).toBe(400);
      expect((refused.body.fields as { field: string }[]).map((problem) => problem.field)).toEqual([
        'sort',
      ]);
    });

    it('sorts Chinese names by pinyin among Latin ones, both ways and across pages', async () => {
      const tag = randomUUID().slice(0, 8);
      const names = [
        '张伟',
        '王建国',
        '汪洋',
        '李娜',
        '安静',
        '欧阳娜娜',
        'Alice Wang',
        'Zhang Wei',
        '章伟',
      ].map((name) => `${name} ${tag}`);
      const ids = new Map<string, string>();
      for (const name of names) ids.set(name, await story.cadre(name, cadre.bureau));
      const pinyinOrder = [...names].sort(compareNames).map((name) => ids.get(name));
      for (const [sort, expected] of [
        ['name', pinyinOrder],
        ['-name', [...pinyinOrder].reverse()],
      ] as const) {
        const paged: string[] = [];
        for (const page of [1, 2, 3]) {
          const answer = await list(`name=${tag}&sort=${sort}&pageSize=4&page=${page}`);
          expect(answer.total).toBe(names.length);
          paged.push(...answer.items.map((item) => item.cadreId));
        }
        expect(paged).toEqual(expected);
      }
    });

    it('finds cadres by the characters of their names', async () => {
      const tag = randomUUID().slice(0, 8);
      const zhang = await story.cadre(`张伟${tag}`, cadre.bureau);
      const ouyang = await story.cadre(`欧阳娜娜${tag}`, cadre.bureau);
      const found = async (name: string) =>
        (await list(`name=${encodeURIComponent(name)}`)).items.map((item) => item.cadreId);
      expect(await found(`张伟${tag}`)).toEqual([zhang]);
      expect(await found(`娜娜${tag}`)).toEqual([ouyang]);
      expect(await found('张')).toContain(zhang);
      expect(await found('张')).not.toContain(ouyang);
      expect(await found(`张_${tag}`)).toEqual([]);
    });

    it('puts each cadre’s eligibility now beside it with include=eligibility, as the cadre’s own read answers it', async () => {
      const tag = randomUUID().slice(0, 8);
      const eligible = await story.cadre(`Eligible ${tag}`, cadre.bureau);
      const page = await list(
        `name=${encodeURIComponent(`Zhao Lei ${cadre.tag}`)}&include=eligibility`,
      );
      const others = await list(`name=${tag}&include=eligibility`);
      const items = [...page.items, ...others.items] as {
        cadreId: string;
        eligibility: { eligible: boolean; asOf: string };
      }[];
      expect(items.map((item) => item.cadreId)).toEqual([cadre.cadreId, eligible]);
      expect(items.map((item) => item.eligibility.eligible)).toEqual([false, true]);
      for (const item of items) {
        const own = await story.eligibility(item.cadreId);
        expect(item.eligibility).toEqual({ ...own, asOf: item.eligibility.asOf });
      }
      const without = await list(`name=${tag}`);
      expect(without.items[0]).not.toHaveProperty('eligibility');
      const refused = await story.get(`/cadres?include=everything`, story.caseworker);
      expect(refused.status).toBe(400);
      expect((refused.body.fields as { field: string }[]).map((problem) => problem.field)).toEqual([
        'include',
      ]);
    });

    it('takes % and _ in a name literally', async () => {
      expect((await list(`name=${encodeURIComponent('%')}`)).total).toBe(0);
      expect((await list(`name=${encodeURIComponent(`Lei_${cadre.tag}`)}`)).total).toBe(0);
    });

    it('refuses a page size over 100 and a name over 100 characters, naming each', async () => {
      const answer = await story.get(`/cadres?pageSize=101&name=${'a'.repeat(101)}`);
      expect(answer.status).toBe(400);
      const fields = (answer.body.fields as { field: string }[]).map((problem) => problem.field);
      expect(fields.sort()).toEqual(['name', 'pageSize']);
    });
  });
});

describe('cadre eligibility with a configured influence period', () => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp({ env: { DUTYLEDGER_SANCTION_INFLUENCE_MONTHS: 'SUSPENSION=18' } });
  });
  afterAll(() => running.stop());

  it('counts a suspension 18 months from the decision when DUTYLEDGER_SANCTION_INFLUENCE_MONTHS says so', async () => {
    const story = new CadreStory(running);
    const cadre = await suspendedCadre(story);
    const decidedAt = cadre.decided.metadata.occurredAt;
    const answer = await story.eligibility(cadre.cadreId);
    expect(answer.blocks).toEqual([
      expect.objectContaining({
        reason: 'SANCTION_INFLUENCE_PERIOD',
        until: addMonths(decidedAt, 18),
        sourceEventIds: [cadre.sanctioned.id, cadre.decided.id],
      }),
    ]);
    expect((await story.eligibility(cadre.cadreId, addMonths(decidedAt, 13))).eligible).toBe(false);
    expect((await story.eligibility(cadre.cadreId, addMonths(decidedAt, 18))).eligible).toBe(true);
  });
});

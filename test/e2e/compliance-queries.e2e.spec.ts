import { randomUUID } from 'node:crypto';
import { ACCIDENT_WEIGHTS, accidentStream, dutyStream, postStream } from '@dutyledger/domain';
import type { EventStore, RecordedEvent } from '@dutyledger/event-store';
import { compareNames } from '@dutyledger/i18n';
import { EVENT_STORE } from '@dutyledger/wiring';
import { type Answer, call } from '../support/http';
import { POSTGRES_TEST_URL } from '../support/postgres';
import { type RunningApp, startApp } from '../support/running-app';
import { NOW, fieldsOf, mineSafety } from './organisation-fixtures';

/**
 * A municipality, a district and a township built over HTTP on a clock fixed at NOW (2026-06-30):
 * a township post leading mining and construction with a monthly mining-safety duty (7 months
 * due in 2026), a district post leading chemicals with a quarterly duty (3 quarters due), one
 * performance each, a minor failure in the township, and a township accident re-graded from
 * GENERAL to LARGER.
 */
async function buildJurisdiction(running: RunningApp) {
  const admin = running.token('ADMIN');
  const caseworker = running.token('CASEWORKER');
  let last = '0';
  const post = async (path: string, body: unknown, token = caseworker): Promise<Answer> => {
    const answer = await call(running.url, 'POST', path, { token, body });
    if (answer.status !== 201) {
      throw new Error(`POST ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    last = String(answer.body.position);
    return answer;
  };
  const department = async (name: string, level: string, parentId?: string) =>
    String(
      (
        await post(
          '/departments',
          {
            name,
            level,
            kind: 'GOVERNMENT',
            parentId,
            industries: [],
            supervisionAuthority: false,
            effectiveFrom: '2020-01-01',
          },
          admin,
        )
      ).body.id,
    );
  const city = await department('Riverside Municipal People’s Government', 'MUNICIPAL');
  const district = await department('Eastbank District People’s Government', 'DISTRICT', city);
  const township = await department('Willow Township People’s Government', 'TOWNSHIP', district);

  const townshipPost = String(
    (
      await post(
        '/posts',
        {
          departmentId: township,
          title: 'Deputy Township Head',
          rank: 'DEPUTY',
          businessScope: ['mining', 'construction'],
          effectiveFrom: '2020-01-01',
        },
        admin,
      )
    ).body.id,
  );
  const districtPost = String(
    (
      await post(
        '/posts',
        {
          departmentId: district,
          title: 'Deputy District Head',
          rank: 'DEPUTY',
          businessScope: ['chemicals'],
          effectiveFrom: '2020-01-01',
        },
        admin,
      )
    ).body.id,
  );
  const monthly = String(
    (await post('/duties', { ...mineSafety(townshipPost), effectiveFrom: '2026-06-01' })).body.id,
  );
  const quarterly = String(
    (
      await post('/duties', {
        ...mineSafety(districtPost),
        dutyId: randomUUID(),
        title: 'Quarterly inspection of chemical plants',
        industries: ['chemicals'],
        cadence: 'QUARTERLY',
        effectiveFrom: '2026-06-01',
      })
    ).body.id,
  );
  const performed = [
    await post(`/duties/${monthly}/performances`, {
      period: '2026-06',
      performedAt: '2026-06-28T09:00:00Z',
      evidence: 'Report 06',
    }),
    await post(`/duties/${quarterly}/performances`, {
      period: '2026-Q2',
      performedAt: '2026-06-29T09:00:00Z',
      evidence: 'Report Q2',
    }),
  ].map((answer) => String(answer.body.position));
  await post(`/duties/${monthly}/failures`, {
    occurredAt: '2026-06-30T08:00:00Z',
    kind: 'INSPECTION_NOT_ORGANISED',
    description: 'The June inspection of Shaft 3 was skipped',
    evidence: 'Inspection log',
    adverseEffect: 'MINOR',
  });
  const figures = { deaths: 1, seriousInjuries: 0, directLossYuan: 0 };
  const accident = String(
    (
      await post('/accidents', {
        departmentId: township,
        industry: 'mining',
        occurredAt: '2026-06-01T10:00:00Z',
        description: 'Roof collapse in Shaft 3',
        ...figures,
      })
    ).body.id,
  );
  await post(`/accidents/${accident}/casualty-updates`, {
    ...figures,
    deaths: 4,
    reason: 'Three more victims found',
  });
  await running.projected(last);
  return { city, district, township, townshipPost, monthly, quarterly, accident, performed };
}

function describeCompliance(engine: 'sqlite' | 'postgres') {
  describe(`compliance queries over HTTP (${engine})`, () => {
    let running: RunningApp;
    let world: Awaited<ReturnType<typeof buildJurisdiction>>;
    let viewer = '';
    const get = <T = Record<string, unknown>>(path: string, token = viewer) =>
      call<T>(running.url, 'GET', path, { token });
    const stored = (stream: string): Promise<RecordedEvent[]> =>
      running.app.get<EventStore>(EVENT_STORE).readStream(stream);

    beforeAll(async () => {
      running = await startApp({ clock: () => NOW, postgres: engine === 'postgres' });
      viewer = running.token('VIEWER');
      world = await buildJurisdiction(running);
    });
    afterAll(() => running.stop());

    it('answers a VIEWER the compliance of every department, rolled up to the municipality', async () => {
      const answer = await get('/compliance?year=2026');
      expect(answer.status).toBe(200);
      const body = answer.body as {
        year: number;
        weights: Record<string, number>;
        accidentWeights: Record<string, number>;
        departments: { departmentId: string; own: unknown; rolledUp: unknown; score: number }[];
      };
      expect(body.year).toBe(2026);
      // The dashboard weighs accidents with these: the domain's weights, never a copy of them.
      expect(body.accidentWeights).toEqual({ ...ACCIDENT_WEIGHTS });
      expect(body.weights).toEqual({
        performance: 0.35,
        coverage: 0.25,
        failures: 0.15,
        accidents: 0.15,
        cases: 0.1,
      });
      const ours = body.departments.filter((entry) =>
        [world.city, world.district, world.township].includes(entry.departmentId),
      );
      expect(ours.map((entry) => entry.departmentId)).toEqual([
        world.city,
        world.district,
        world.township,
      ]);
      expect(ours[2]?.own).toEqual({
        dutiesDue: 7,
        dutiesPerformed: 1,
        dutiesFailed: { NONE: 0, MINOR: 1, SERIOUS: 0 },
        scopeItems: 2,
        coveredItems: 1,
        coverageGaps: 1,
        accidents: { ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 1, GENERAL: 0 },
        casesOpened: 0,
        casesClosed: 0,
        casesOpenedAsAuthority: 0,
        sanctionsDecided: 0,
        referralsDecided: 0,
      });
      expect(ours[0]).toMatchObject({
        own: { dutiesDue: 0, scopeItems: 0 },
        rolledUp: {
          dutiesDue: 10,
          dutiesPerformed: 2,
          dutiesFailed: { NONE: 0, MINOR: 1, SERIOUS: 0 },
          scopeItems: 3,
          coveredItems: 2,
          coverageGaps: 1,
          accidents: { ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 1, GENERAL: 0 },
        },
        // 2/10, 2/3, 1 - 2/10, 1 - 3/10, no cases
        indicators: {
          performanceRate: 0.2,
          coverageRate: 0.6667,
          failureIndicator: 0.8,
          accidentIndicator: 0.7,
          caseResolution: 1,
        },
        score: 56.2,
      });
      const children = await get(`/compliance?year=2026&parentId=${world.city}`);
      expect(
        (children.body.departments as { departmentId: string }[]).map((d) => d.departmentId),
      ).toEqual([world.district]);
    });

    it('pages the compliance (default 20, with total) and answers one subtree with department=', async () => {
      type Listed = {
        departments: { departmentId: string }[];
        page: number;
        pageSize: number;
        total: number;
      };
      const ids = (answer: Answer) =>
        (answer.body as Listed).departments.map((d) => d.departmentId);
      const all = await get('/compliance?year=2026&pageSize=100');
      const whole = all.body as Listed;
      expect({ page: whole.page, pageSize: whole.pageSize }).toEqual({ page: 1, pageSize: 100 });
      expect(whole.total).toBe(whole.departments.length);
      const first = await get('/compliance?year=2026&pageSize=1');
      const second = await get('/compliance?year=2026&pageSize=1&page=2');
      expect([...ids(first), ...ids(second)]).toEqual(ids(all).slice(0, 2));
      expect((first.body as Listed).total).toBe(whole.total);
      expect((await get('/compliance?year=2026')).body).toMatchObject({ page: 1, pageSize: 20 });

      const subtree = await get(`/compliance?year=2026&department=${world.district}`);
      expect(subtree.status).toBe(200);
      expect(subtree.body).toMatchObject({ page: 1, pageSize: 20, total: 2 });
      expect(ids(subtree)).toEqual([world.district, world.township]);
      // The same figures as in the whole hierarchy's answer: the subtree holds what they roll up.
      const inWhole = whole.departments.find((d) => d.departmentId === world.district);
      expect((subtree.body as Listed).departments[0]).toEqual(inWhole);
      const secondPage = await get(
        `/compliance?year=2026&department=${world.district}&pageSize=1&page=2`,
      );
      expect(ids(secondPage)).toEqual([world.township]);
      expect((await get(`/compliance?year=2026&department=${randomUUID()}`)).status).toBe(404);
      expect((await get(`/compliance?year=2026&parentId=${randomUUID()}`)).status).toBe(404);
    });

    it('pages the department assessments as /compliance pages (default 20, with total, department= subtree)', async () => {
      type Assessed = {
        departments: { departmentId: string; score: number; grade: string }[];
        page: number;
        pageSize: number;
        total: number;
      };
      const ids = (answer: Answer) =>
        (answer.body as Assessed).departments.map((d) => d.departmentId);
      const compliance = (await get('/compliance?year=2026&pageSize=100')).body as {
        departments: { departmentId: string; score: number; grade: string }[];
        total: number;
      };
      const all = await get('/compliance/assessments?year=2026&pageSize=100');
      expect(all.status).toBe(200);
      expect(all.body).toMatchObject({ page: 1, pageSize: 100, total: compliance.total });
      // The same departments, in the same order, with the same scores and grades as /compliance.
      expect(
        (all.body as Assessed).departments.map(({ departmentId, score, grade }) => ({
          departmentId,
          score,
          grade,
        })),
      ).toEqual(
        compliance.departments.map(({ departmentId, score, grade }) => ({
          departmentId,
          score,
          grade,
        })),
      );
      expect((await get('/compliance/assessments?year=2026')).body).toMatchObject({
        page: 1,
        pageSize: 20,
      });
      const second = await get('/compliance/assessments?year=2026&pageSize=1&page=2');
      expect(ids(second)).toEqual(ids(all).slice(1, 2));
      const subtree = await get(`/compliance/assessments?year=2026&department=${world.district}`);
      expect(subtree.body).toMatchObject({ total: 2 });
      expect(ids(subtree)).toEqual([world.district, world.township]);
      const under = await get(`/compliance/assessments?year=2026&parentId=${world.city}`);
      expect(ids(under)).toEqual([world.district]);
      expect(
        (await get(`/compliance/assessments?year=2026&department=${randomUUID()}`)).status,
      ).toBe(404);
    });

    it('answers one department with its own and rolled-up figures', async () => {
      const answer = await get(`/compliance/${world.district}/2026`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        departmentId: world.district,
        year: 2026,
        own: { dutiesDue: 3, dutiesPerformed: 1, scopeItems: 1, coverageGaps: 0 },
        rolledUp: { dutiesDue: 10, dutiesPerformed: 2, scopeItems: 3, coverageGaps: 1 },
      });
      const before = await get(`/compliance/${world.district}/2025`);
      // In 2025 the post existed (established 2020) but its duty was not assigned yet (June 2026).
      expect(before.body).toMatchObject({ own: { dutiesDue: 0, scopeItems: 1 } });
      const unknown = await get(`/compliance/${randomUUID()}/2026`);
      expect(unknown.status).toBe(404);
    });

    it('drills a figure down to the events the commands wrote', async () => {
      const answer = await get(
        `/compliance/${world.city}/2026/figures/dutiesPerformed?rollup=true&pageSize=100`,
      );
      expect(answer.status).toBe(200);
      const items = answer.body.items as { eventId: string; position: string; type: string }[];
      expect(answer.body).toMatchObject({ page: 1, pageSize: 100, total: 2 });
      expect(items.map((item) => item.position)).toEqual(world.performed);
      const written = [
        ...(await stored(dutyStream(world.monthly))),
        ...(await stored(dutyStream(world.quarterly))),
      ].filter((event) => event.type === 'DutyPerformanceRecorded');
      expect(items.map((item) => item.eventId)).toEqual(written.map((event) => event.id));
      expect(items[0]).toMatchObject({
        type: 'DutyPerformanceRecorded',
        stream: dutyStream(world.monthly),
        occurredAt: '2026-06-28T09:00:00.000Z',
      });

      const own = await get(`/compliance/${world.city}/2026/figures/dutiesPerformed`);
      expect(own.body).toMatchObject({ items: [], total: 0 });

      const accidents = await get(`/compliance/${world.township}/2026/figures/accidents.LARGER`);
      const accidentEvents = await stored(accidentStream(world.accident));
      expect(
        (accidents.body.items as { eventId: string; counted: boolean }[]).map((item) => [
          item.eventId,
          item.counted,
        ]),
      ).toEqual(accidentEvents.map((event, index) => [event.id, index === 0]));
      const general = await get(`/compliance/${world.township}/2026/figures/accidents.GENERAL`);
      expect(general.body.total).toBe(0);
    });

    it('lists departments by name in pinyin order across pages and finds them by characters', async () => {
      const admin = running.token('ADMIN');
      const register = async (name: string, level: string, parentId?: string) => {
        const answer = await call(running.url, 'POST', '/departments', {
          token: admin,
          body: {
            name,
            level,
            kind: 'GOVERNMENT',
            parentId,
            industries: [],
            supervisionAuthority: false,
            effectiveFrom: '2020-01-01',
          },
        });
        expect(answer.status).toBe(201);
        await running.projected(String(answer.body.position));
        return String(answer.body.id);
      };
      const city = await register(`滨江市人民政府 ${randomUUID()}`, 'MUNICIPAL');
      const names = [
        '滨江区应急管理局',
        '滨江区住房和城乡建设局',
        '区应急管理局',
        '城关街道办事处',
        'Binjiang Port Authority',
        '安平镇人民政府',
        '滨江区人民政府',
      ];
      for (const name of names) await register(name, 'DISTRICT', city);
      type Page = { items: { name: string }[]; total: number };
      const listed: string[] = [];
      for (const page of [1, 2, 3]) {
        const answer = await get<Page>(`/departments?parentId=${city}&pageSize=3&page=${page}`);
        expect(answer.body.total).toBe(names.length);
        listed.push(...answer.body.items.map((item) => item.name));
      }
      expect(listed).toEqual([...names].sort(compareNames));
      const found = async (name: string) =>
        (
          await get<Page>(`/departments?parentId=${city}&name=${encodeURIComponent(name)}`)
        ).body.items.map((item) => item.name);
      expect(await found('应急')).toEqual(['滨江区应急管理局', '区应急管理局']);
      expect(await found('port')).toEqual(['Binjiang Port Authority']);
      expect(await found('%')).toEqual([]);
      const refused = await get(`/departments?name=${'滨'.repeat(101)}`);
      expect(refused.status).toBe(400);
      expect(fieldsOf(refused)).toEqual(['name']);
    });

    it('lists the departments, the tree (not taken for a department id) and the coverage gaps', async () => {
      const tree = await get<{ departmentId: string; children: unknown[] }[]>('/departments/tree');
      expect(tree.status).toBe(200);
      const root = tree.body.find((node) => node.departmentId === world.city);
      expect(root).toMatchObject({
        level: 'MUNICIPAL',
        children: [
          {
            departmentId: world.district,
            children: [{ departmentId: world.township, parentId: world.district, children: [] }],
          },
        ],
      });
      const listed = await get(`/departments?parentId=${world.city}`);
      expect(listed.body).toMatchObject({
        items: [{ departmentId: world.district, level: 'DISTRICT', childCount: 1 }],
        total: 1,
      });
      const gaps = await get(`/coverage-gaps?departmentId=${world.city}&rollup=true`);
      const established = await stored(postStream(world.townshipPost));
      expect(gaps.body).toMatchObject({
        total: 1,
        items: [
          {
            postId: world.townshipPost,
            postTitle: 'Deputy Township Head',
            departmentId: world.township,
            item: 'construction',
            sourceEventIds: [established[0]?.id],
          },
        ],
      });
      const ownGaps = await get(`/coverage-gaps?departmentId=${world.city}`);
      expect(ownGaps.body).toMatchObject({ items: [], total: 0 });
    });

    it('answers accidents by grade month by month, rolled up under a department', async () => {
      const answer = await get(
        `/accidents/by-grade?from=2026-05&to=2026-07&departmentId=${world.district}`,
      );
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual([
        { month: '2026-05', ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 0, GENERAL: 0 },
        { month: '2026-06', ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 1, GENERAL: 0 },
        { month: '2026-07', ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 0, GENERAL: 0 },
      ]);
    });

    it.each([
      ['/compliance?year=twenty', ['year']],
      ['/compliance?year=1999', ['year']],
      ['/compliance?year=2026&colour=red', ['colour']],
      ['/compliance?year=2026&pageSize=101', ['pageSize']],
      ['/compliance?year=2026&page=0', ['page']],
      ['/compliance?year=2026&department=district', ['department']],
      ['/compliance/assessments?year=2026&pageSize=101', ['pageSize']],
      ['/compliance/assessments?year=2026&parentId=city', ['parentId']],
      [`/compliance/${PLACEHOLDER}/20x6`, ['year']],
      [`/compliance/${PLACEHOLDER}/2026/figures/happiness`, ['figure']],
      [`/compliance/${PLACEHOLDER}/2026/figures/dutiesDue?pageSize=101`, ['pageSize']],
      [`/compliance/${PLACEHOLDER}/2026/figures/dutiesDue?rollup=yes`, ['rollup']],
      ['/accidents/by-grade?from=2016-01&to=2026-01', ['to']],
      ['/accidents/by-grade?from=2026-02&to=2026-01', ['to']],
      ['/accidents/by-grade?from=2026-13&to=2026', ['from', 'to']],
      ['/coverage-gaps?pageSize=0', ['pageSize']],
      ['/departments?level=COUNTY', ['level']],
    ])('answers 400 naming the field: GET %s', async (path, fields) => {
      const answer = await get(path);
      expect({ status: answer.status, code: answer.body.code }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expect(fieldsOf(answer)).toEqual(fields);
    });
  });
}

/** Any well-formed department id: the 400s are decided before the department is looked up. */
const PLACEHOLDER = '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f';

describeCompliance('sqlite');
if (POSTGRES_TEST_URL) describeCompliance('postgres');

describe('compliance score with DUTYLEDGER_COMPLIANCE_WEIGHTS', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({
      clock: () => NOW,
      env: {
        DUTYLEDGER_COMPLIANCE_WEIGHTS: 'performance=1,coverage=0,failures=0,accidents=0,cases=0',
      },
    });
  });
  afterAll(() => running.stop());

  it('weighs the indicators with the configured weights, and says which', async () => {
    const world = await buildJurisdiction(running);
    const answer = await call(running.url, 'GET', `/compliance/${world.city}/2026`, {
      token: running.token('VIEWER'),
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      weights: { performance: 1, coverage: 0, failures: 0, accidents: 0, cases: 0 },
      indicators: { performanceRate: 0.2 },
      score: 20,
    });
  });
});

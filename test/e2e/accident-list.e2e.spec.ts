import { call } from '../support/http';
import { POSTGRES_TEST_URL } from '../support/postgres';
import { type RunningApp, startApp } from '../support/running-app';
import { CaseFixtures, daysAgo } from './case-fixtures';
import { fieldsOf } from './organisation-fixtures';

interface Listed {
  items: {
    accidentId: string;
    departmentId: string;
    departmentName: string | null;
    description?: string;
    grade: string;
    deaths: number;
    seriousInjuries: number;
    directLossYuan: number;
    year: number;
    revisedAt: string | null;
    cases: { caseId: string }[];
  }[];
  page: number;
  pageSize: number;
  total: number;
}

/**
 * A municipal supervision authority with a district under it; in the district an accident of 2025
 * and one of 2026 re-graded by its casualty update, on which a post-accident case is opened; in
 * the municipality a general accident of 2026.
 */
async function buildAccidents(running: RunningApp) {
  const fixtures = new CaseFixtures(running);
  const admin = running.token('ADMIN');
  const caseworker = running.token('CASEWORKER');
  const post = async (path: string, body: unknown, token = caseworker) => {
    const answer = await call(running.url, 'POST', path, { token, body });
    if (answer.status !== 201) {
      throw new Error(`POST ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  };
  const city = await fixtures.supervisionAuthority();
  const district = String(
    (
      await post(
        '/departments',
        {
          name: 'Cedar District People’s Government',
          level: 'DISTRICT',
          kind: 'GOVERNMENT',
          parentId: city,
          industries: ['mining'],
          supervisionAuthority: false,
          effectiveFrom: daysAgo(1500),
        },
        admin,
      )
    ).id,
  );
  const subject = await fixtures.cadreOnPost(district);
  const report = async (departmentId: string, occurredAt: string, deaths: number) =>
    String(
      (
        await post('/accidents', {
          departmentId,
          industry: 'mining',
          occurredAt,
          description: 'Roof fall in the No. 2 mine',
          deaths,
          seriousInjuries: 1,
          directLossYuan: 250_000,
        })
      ).id,
    );
  const old = await report(district, '2025-03-01T10:00:00+08:00', 1);
  const regraded = await report(district, '2026-06-01T10:00:00+08:00', 2);
  await post(`/accidents/${regraded}/casualty-updates`, {
    deaths: 12,
    seriousInjuries: 3,
    directLossYuan: 9_000_000,
    reason: 'Ten more miners were found',
  });
  const general = await report(city, '2026-02-01T10:00:00+08:00', 0);
  const opened = await post('/cases', {
    kind: 'POST_ACCIDENT',
    openedByDepartmentId: city,
    subjects: [subject],
    failures: [],
    accidentId: regraded,
    summary: 'Who failed to stop the mining under the unsupported roof',
  });
  await running.projected(String(opened.position));
  return { city, district, old, regraded, general, caseId: String(opened.id) };
}

function describeAccidents(engine: 'sqlite' | 'postgres') {
  describe(`accidents with their casualties and cases over HTTP (${engine})`, () => {
    let running: RunningApp;
    let world: Awaited<ReturnType<typeof buildAccidents>>;
    const get = (path: string, role: 'VIEWER' | 'SUPERVISOR' = 'VIEWER') =>
      call<Listed>(running.url, 'GET', path, { token: running.token(role) });

    beforeAll(async () => {
      running = await startApp({ postgres: engine === 'postgres' });
      world = await buildAccidents(running);
    }, 120_000);
    afterAll(() => running.stop());

    it('lists each accident with the figures and grade of its latest update and the cases opened on it', async () => {
      const answer = await get(`/accidents?departmentId=${world.city}`, 'SUPERVISOR');
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ page: 1, pageSize: 20, total: 3 });
      const [latest, middle, oldest] = answer.body.items;
      expect([latest, middle, oldest].map((item) => item?.accidentId)).toEqual([
        world.regraded,
        world.general,
        world.old,
      ]);
      expect(latest).toMatchObject({
        departmentId: world.district,
        departmentName: 'Cedar District People’s Government',
        description: 'Roof fall in the No. 2 mine',
        grade: 'SERIOUS',
        deaths: 12,
        seriousInjuries: 3,
        directLossYuan: 9_000_000,
        year: 2026,
        cases: [{ caseId: world.caseId }],
      });
      expect(latest?.revisedAt).toEqual(expect.any(String));
      expect(oldest).toMatchObject({ grade: 'GENERAL', deaths: 1, revisedAt: null, cases: [] });
    });

    it('filters by year, department subtree and grade, sorts, and shows a VIEWER no description', async () => {
      const ids = async (query: string) =>
        (await get(`/accidents?${query}`)).body.items.map((item) => item.accidentId);
      expect(await ids(`departmentId=${world.district}`)).toEqual([world.regraded, world.old]);
      expect(await ids(`departmentId=${world.city}&year=2026`)).toEqual([
        world.regraded,
        world.general,
      ]);
      expect(await ids(`departmentId=${world.city}&grade=GENERAL&sort=-time`)).toEqual([
        world.old,
        world.general,
      ]);
      expect(await ids(`departmentId=${world.city}&sort=deaths`)).toEqual([
        world.regraded,
        world.old,
        world.general,
      ]);
      expect(await ids(`departmentId=${world.city}&sort=grade&pageSize=1&page=1`)).toEqual([
        world.regraded,
      ]);
      const viewed = await get(`/accidents?departmentId=${world.district}`);
      expect(viewed.body.items.map((item) => item.description)).toEqual([undefined, undefined]);
    });

    it('sums the casualties of a year per department, most deaths first', async () => {
      const answer = await call(
        running.url,
        'GET',
        `/accidents/casualties?year=2026&departmentId=${world.city}`,
        { token: running.token('VIEWER') },
      );
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual([
        {
          departmentId: world.district,
          departmentName: 'Cedar District People’s Government',
          accidents: 1,
          deaths: 12,
          seriousInjuries: 3,
          directLossYuan: 9_000_000,
        },
        {
          departmentId: world.city,
          departmentName: 'Riverside Municipal People’s Government',
          accidents: 1,
          deaths: 0,
          seriousInjuries: 1,
          directLossYuan: 250_000,
        },
      ]);
    });

    it('pages the accidents of a year per department by grade, gravest first, with the grade weights', async () => {
      const byDepartment = (query: string) =>
        call(running.url, 'GET', `/accidents/by-department?${query}`, {
          token: running.token('VIEWER'),
        });
      const district = {
        departmentId: world.district,
        departmentName: 'Cedar District People’s Government',
        accidents: { ESPECIALLY_SERIOUS: 0, SERIOUS: 1, LARGER: 0, GENERAL: 0 },
        weighted: 10,
      };
      const city = {
        departmentId: world.city,
        departmentName: 'Riverside Municipal People’s Government',
        accidents: { ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 0, GENERAL: 1 },
        weighted: 1,
      };
      const weights = { ESPECIALLY_SERIOUS: 30, SERIOUS: 10, LARGER: 3, GENERAL: 1 };
      const answer = await byDepartment(`year=2026&departmentId=${world.city}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        year: 2026,
        accidentWeights: weights,
        items: [district, city],
        page: 1,
        pageSize: 20,
        total: 2,
      });
      // The re-graded accident counts under its latest grade; 2025 holds the old one alone.
      expect((await byDepartment(`year=2026&pageSize=1&page=2`)).body).toMatchObject({
        items: [city],
        pageSize: 1,
        total: 2,
      });
      expect((await byDepartment(`year=2025&departmentId=${world.district}`)).body).toMatchObject({
        items: [
          {
            ...district,
            accidents: { ...district.accidents, SERIOUS: 0, GENERAL: 1 },
            weighted: 1,
          },
        ],
        total: 1,
      });
      expect((await byDepartment('year=2024')).body).toMatchObject({ items: [], total: 0 });
    });

    it.each([
      ['/accidents?year=1999', ['year']],
      ['/accidents?grade=BAD', ['grade']],
      ['/accidents?sort=colour', ['sort']],
      ['/accidents?pageSize=101', ['pageSize']],
      ['/accidents?departmentId=city', ['departmentId']],
      ['/accidents?colour=red', ['colour']],
      ['/accidents/casualties', ['year']],
      ['/accidents/casualties?year=20x6', ['year']],
      ['/accidents/by-department', ['year']],
      ['/accidents/by-department?year=2101', ['year']],
      ['/accidents/by-department?year=2026&pageSize=101', ['pageSize']],
      ['/accidents/by-department?year=2026&page=0', ['page']],
      ['/accidents/by-department?year=2026&departmentId=city', ['departmentId']],
      ['/accidents/by-department?year=2026&grade=GENERAL', ['grade']],
    ])('answers 400 naming the field: GET %s', async (path, fields) => {
      const answer = await call(running.url, 'GET', path, { token: running.token('VIEWER') });
      expect({ status: answer.status, fields: fieldsOf(answer) }).toEqual({ status: 400, fields });
    });

    it('answers 404 for a department it does not know', async () => {
      const unknown = '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f';
      expect((await get(`/accidents?departmentId=${unknown}`)).status).toBe(404);
      expect((await get(`/accidents/by-department?year=2026&departmentId=${unknown}`)).status).toBe(
        404,
      );
    });
  });
}

describeAccidents('sqlite');
if (POSTGRES_TEST_URL) describeAccidents('postgres');

import type { RecordedEvent } from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import {
  TEST_CALENDAR,
  describeReadModels,
  project,
} from '../../../../test/support/projection-spec';
import { complianceProjection } from './compliance.projection';
import { ComplianceLog, complianceOf } from './compliance.fixtures';
import { figureEvents } from './compliance-drill-down.query';
import type { FigureName } from './compliance.figures';
import { complianceDepartments } from './department-hierarchy.query';
import { subtreeIds } from './department-tree';

/** A municipality, a district under it, a township under that and the township's safety office. */
function jurisdiction() {
  const log = new ComplianceLog();
  const city = log.department('MUNICIPAL', null, { name: 'City' });
  const district = log.department('DISTRICT', city.departmentId, { name: 'District' });
  const township = log.department('TOWNSHIP', district.departmentId, { name: 'Township' });
  const office = log.department('TOWNSHIP', township.departmentId, {
    name: 'Township Safety Office',
    kind: 'WORKING_DEPARTMENT',
  });
  log.department('DISTRICT', city.departmentId, { name: 'Quiet District' });
  const performed: RecordedEvent[] = [];

  const cityPost = log.post(city.departmentId, ['mining']);
  const annual = log.duty(cityPost.postId, { industries: ['mining'], cadence: 'ANNUAL' });
  performed.push(log.performance(annual.dutyId, '2026', '2026-11-30T00:00:00Z'));
  const opened = log.caseOpened(city.departmentId, '2026-03-01T00:00:00Z', [
    { postId: cityPost.postId },
  ]);
  log.caseEvent('CaseClosed', opened.caseId, { reason: 'Decided' }, '2026-08-01T00:00:00Z');

  const districtPost = log.post(district.departmentId, ['construction', 'chemicals']);
  const quarterly = log.duty(districtPost.postId, {
    industries: ['construction'],
    cadence: 'QUARTERLY',
  });
  performed.push(log.performance(quarterly.dutyId, '2026-Q1', '2026-03-30T00:00:00Z'));
  performed.push(log.performance(quarterly.dutyId, '2026-Q2', '2026-06-30T00:00:00Z'));
  const minor = log.failure(quarterly.dutyId, districtPost.postId, 'MINOR', '2026-10-01T00:00:00Z');

  const townshipPost = log.post(township.departmentId, ['mining']);
  const monthly = log.duty(townshipPost.postId, { industries: ['mining'], cadence: 'MONTHLY' });
  for (const month of ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10']) {
    performed.push(log.performance(monthly.dutyId, `2026-${month}`, `2026-${month}-28T00:00:00Z`));
  }
  const serious = log.failure(
    monthly.dutyId,
    townshipPost.postId,
    'SERIOUS',
    '2026-11-05T00:00:00Z',
  );
  const general = log.accident(township.departmentId, 'GENERAL', '2026-07-01T00:00:00Z');
  const larger = log.accident(office.departmentId, 'LARGER', '2026-09-01T00:00:00Z');

  return {
    log,
    ids: { city, district, township, office },
    events: { performed, minor, serious, general, larger, assigned: [annual, quarterly, monthly] },
  };
}

async function drill(
  dataSource: DataSource,
  rootId: string,
  figure: FigureName,
): Promise<{ ids: string[]; counted: number }> {
  const departmentIds = subtreeIds(await complianceDepartments(dataSource), rootId);
  const { items, total } = await figureEvents(
    dataSource,
    {
      departmentIds,
      year: 2026,
      figure,
      skip: 0,
      take: 100,
    },
    TEST_CALENDAR,
  );
  expect(items).toHaveLength(total);
  return { ids: items.map((item) => item.eventId), counted: items.filter((i) => i.counted).length };
}

describeReadModels('compliance projection: roll-up and drill-down', ({ fresh }) => {
  it('rolls the figures up from the township to the district to the municipality', async () => {
    const { log, ids } = jurisdiction();
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);
    const of = (id: string) => compliance.get(id);

    expect(of(ids.office.departmentId)?.own.accidents.LARGER).toBe(1);
    expect(of(ids.township.departmentId)?.rolledUp).toMatchObject({
      dutiesDue: 12,
      dutiesPerformed: 10,
      dutiesFailed: { NONE: 0, MINOR: 0, SERIOUS: 1 },
      accidents: { ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 1, GENERAL: 1 },
    });
    expect(of(ids.district.departmentId)?.own).toMatchObject({
      dutiesDue: 4,
      dutiesPerformed: 2,
      scopeItems: 2,
      coverageGaps: 1,
    });
    expect(of(ids.district.departmentId)?.rolledUp).toMatchObject({
      dutiesDue: 16,
      dutiesPerformed: 12,
      dutiesFailed: { NONE: 0, MINOR: 1, SERIOUS: 1 },
      scopeItems: 3,
      coveredItems: 2,
      coverageGaps: 1,
      accidents: { ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 1, GENERAL: 1 },
      casesOpened: 0,
    });
    const city = of(ids.city.departmentId);
    expect(city?.own).toMatchObject({ dutiesDue: 1, dutiesPerformed: 1, casesOpened: 1 });
    expect(city?.rolledUp).toEqual({
      dutiesDue: 17,
      dutiesPerformed: 13,
      dutiesFailed: { NONE: 0, MINOR: 1, SERIOUS: 1 },
      scopeItems: 4,
      coveredItems: 3,
      coverageGaps: 1,
      accidents: { ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 1, GENERAL: 1 },
      casesOpened: 1,
      casesClosed: 1,
      casesOpenedAsAuthority: 1,
      sanctionsDecided: 0,
      referralsDecided: 0,
    });
    // 13/17, 3/4, 1 - (2 + 4)/17, 1 - (1 + 3)/10, 1/1
    expect(city?.indicators).toEqual({
      performanceRate: 0.7647,
      coverageRate: 0.75,
      failureIndicator: 0.6471,
      accidentIndicator: 0.6,
      caseResolution: 1,
    });
    expect(city?.score).toBe(74.2);
    expect([...compliance.values()].map((entry) => entry.name)).toEqual([
      'City',
      'District',
      'Township',
      'Township Safety Office',
      'Quiet District',
    ]);
  });

  it('drills every rolled-up figure down to exactly the events it counts', async () => {
    const { log, ids, events } = jurisdiction();
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);
    const rolledUp = compliance.get(ids.city.departmentId)?.rolledUp;
    const root = ids.city.departmentId;

    const performed = await drill(dataSource, root, 'dutiesPerformed');
    expect(performed.ids).toEqual(events.performed.map((event) => event.id));
    expect(performed.counted).toBe(rolledUp?.dutiesPerformed);
    expect((await drill(dataSource, root, 'dutiesFailed')).ids).toEqual([
      events.minor.id,
      events.serious.id,
    ]);
    expect((await drill(dataSource, root, 'accidents')).ids).toEqual([
      events.general.id,
      events.larger.id,
    ]);
    expect((await drill(dataSource, root, 'dutiesDue')).ids).toEqual(
      events.assigned.map((event) => event.id),
    );
    for (const figure of ['scopeItems', 'coverageGaps', 'casesOpened', 'casesClosed'] as const) {
      expect([figure, (await drill(dataSource, root, figure)).counted]).toEqual([
        figure,
        rolledUp?.[figure],
      ]);
    }
    const township = await drill(dataSource, ids.township.departmentId, 'accidents');
    expect(township.ids).toEqual([events.general.id, events.larger.id]);
    const own = await figureEvents(
      dataSource,
      {
        departmentIds: [ids.township.departmentId],
        year: 2026,
        figure: 'accidents',
        skip: 0,
        take: 100,
      },
      TEST_CALENDAR,
    );
    expect(own.items.map((item) => item.eventId)).toEqual([events.general.id]);
  });

  it('pages a drill-down in log order', async () => {
    const { log, ids, events } = jurisdiction();
    const dataSource = await fresh();
    await complianceOf(dataSource, log.events, 2026);
    const departmentIds = subtreeIds(
      await complianceDepartments(dataSource),
      ids.city.departmentId,
    );
    const page = await figureEvents(
      dataSource,
      {
        departmentIds,
        year: 2026,
        figure: 'dutiesPerformed',
        skip: 5,
        take: 5,
      },
      TEST_CALENDAR,
    );
    expect(page.total).toBe(13);
    expect(page.items.map((item) => item.eventId)).toEqual(
      events.performed.slice(5, 10).map((event) => event.id),
    );
  });

  it('writes the same rows whether the events come in one batch or one at a time', async () => {
    const { log } = jurisdiction();
    const batched = await fresh();
    await project(batched, complianceProjection, log.events);
    const single = await fresh();
    for (const event of log.events) await project(single, complianceProjection, [event]);
    for (const entity of complianceProjection.entities) {
      const rows = async (dataSource: DataSource) =>
        (await dataSource.getRepository(entity).find())
          .map((row) =>
            JSON.stringify(row, (_, value: unknown) =>
              typeof value === 'bigint' ? String(value) : value,
            ),
          )
          .sort();
      const expected = await rows(batched);
      expect(expected.length).toBeGreaterThan(0);
      expect(await rows(single)).toEqual(expected);
    }
  });
});

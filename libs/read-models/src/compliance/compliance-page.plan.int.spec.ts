import { DEFAULT_TIME_ZONE, calendarFor } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { describeReadModels } from '../../../../test/support/projection-spec';
import { queryPlan, readsThroughIndex } from '../../../../test/support/query-plan';
import { ComplianceFact } from './compliance-fact.entity';
import { dueSpansOverlapping, standingAtYearEnd } from './compliance-figures.query';
import { openCoverageGaps } from './coverage-gaps.query';
import { chartOrdered, chartRange } from './department-hierarchy.query';
import { chartSegment, treeKey } from './department-tree-key';

const CITY = {
  departmentId: '6284847f-1dc6-47b0-8755-6a9dcae7c23a',
  kind: 'GOVERNMENT',
  name: 'C',
};
const CITY_KEY = treeKey(undefined, CITY);
const DISTRICT_KEY = treeKey(CITY_KEY, { ...CITY, name: 'D' });

const QUERIES = {
  'a page of the whole chart': (dataSource: DataSource) =>
    chartOrdered(dataSource).offset(40).limit(20),
  'how many departments the chart holds': (dataSource: DataSource) =>
    chartOrdered(dataSource).select('COUNT(*)', 'count').orderBy(),
  'a page of the departments directly under one': (dataSource: DataSource) =>
    chartOrdered(dataSource)
      .andWhere('department.parentId = :parentId', { parentId: CITY.departmentId })
      .offset(40)
      .limit(20),
  'a page of one subtree': (dataSource: DataSource) =>
    chartRange(dataSource, CITY_KEY, CITY_KEY).offset(40).limit(20),
  "a page's departments with every department under them": (dataSource: DataSource) =>
    chartRange(dataSource, CITY_KEY, DISTRICT_KEY),
  'a page of the open coverage gaps of every department': (dataSource: DataSource) =>
    openCoverageGaps(dataSource).offset(40).limit(20),
};

const CALENDAR = calendarFor(DEFAULT_TIME_ZONE);
const PAGE_DEPARTMENTS = ['department-1', 'department-2'];

/**
 * A jurisdiction's spans: 400 departments with 10 of each span figure. PostgreSQL plans on
 * statistics, so it is analysed, as autovacuum would; SQLite is left without, as the product
 * runs it.
 */
async function spansOfManyDepartments(dataSource: DataSource, engine: string): Promise<void> {
  await dataSource.query(`
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 11999)
    INSERT INTO compliance_facts ("figure", "subject", "eventId", "departmentId", "fromAt",
      "cadence", "value", "eventType", "stream", "position", "occurredAt")
    SELECT CASE i % 3 WHEN 0 THEN 'scopeItems' WHEN 1 THEN 'coverageGaps' ELSE 'dutiesDue' END,
      'subject-' || i, 'event-' || i, 'department-' || (i / 30), '2025-01-01T00:00:00.000Z',
      CASE i % 3 WHEN 2 THEN 'QUARTERLY' END, 1, 'Fixture', 'fixture-' || i, i,
      '2025-01-01T00:00:00.000Z'
    FROM n`);
  if (engine === 'postgres') await dataSource.query('ANALYZE compliance_facts');
}

/** A page's departments' facts, as ownFigures and the drill-downs read them. */
const pageFacts = (dataSource: DataSource) =>
  dataSource
    .getRepository(ComplianceFact)
    .createQueryBuilder('fact')
    .where('fact.departmentId IN (:...departmentIds)', { departmentIds: PAGE_DEPARTMENTS });

const SPAN_QUERIES = {
  "the page's scope items and coverage gaps standing at year end": (dataSource: DataSource) =>
    standingAtYearEnd(
      pageFacts(dataSource).andWhere('fact.figure IN (:...figures)', {
        figures: ['scopeItems', 'coverageGaps'],
      }),
      2026,
      CALENDAR,
    ),
  "the page's duties due in the year": (dataSource: DataSource) =>
    dueSpansOverlapping(pageFacts(dataSource), 2026, CALENDAR),
};

/** The index condition names the department first: the page's departments are sought, no more. */
const seeksDepartments = (plan: string) =>
  /USING INDEX \S+ \(departmentId=\? AND figure=\?/.test(plan) ||
  /Index Cond: \(\(\("departmentId"\)::text = ANY/.test(plan);

describeReadModels("a page's span figures, query plans", ({ engine, fresh }) => {
  it.each(Object.entries(SPAN_QUERIES))(
    "%s: sought by department and figure, not every department's spans of the figure",
    async (_name, query) => {
      const dataSource = await fresh();
      await spansOfManyDepartments(dataSource, engine);
      const plan = await queryPlan(dataSource, query(dataSource));
      expect({ plan, seeks: seeksDepartments(plan) }).toEqual({ plan, seeks: true });
    },
  );
});

describeReadModels(
  'compliance pages in chart order and coverage gaps, query plans',
  ({ fresh }) => {
    it.each(Object.entries(QUERIES))(
      '%s: read from an index in order, no full scan, no sort of the rows',
      async (_name, query) => {
        const dataSource = await fresh();
        const plan = await queryPlan(dataSource, query(dataSource));
        expect({ plan, indexed: readsThroughIndex(plan) }).toEqual({ plan, indexed: true });
      },
    );

    it('a chart segment holds only digits and lowercase letters, so every collation orders keys alike', () => {
      expect(chartSegment({ ...CITY, name: '河西区 Ünïon-Bureau 😀' })).toMatch(/^[0-9a-z]+$/);
    });
  },
);

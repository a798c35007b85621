import { DEFAULT_TIME_ZONE, calendarFor } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { describeReadModels } from '../../../../test/support/projection-spec';
import { queryPlan, readsThroughIndex } from '../../../../test/support/query-plan';
import { ComplianceFact } from './compliance-fact.entity';
import { statementFor, storedRows } from '../database/stored-rows';
import { ComplianceDepartment } from './compliance-department.entity';
import { figureFactsCondition } from './compliance-drill-down.query';
import { ownFiguresStatements } from './compliance-figures.query';
import { chartPageStatements } from './compliance-of-year.query';
import { rolledUpStatement } from './rolled-up-figures.query';
import { openCoverageGaps } from './coverage-gaps.query';
import { chartSegment, treeKey } from './department-tree-key';

const CITY = {
  departmentId: '6284847f-1dc6-47b0-8755-6a9dcae7c23a',
  kind: 'GOVERNMENT',
  name: 'C',
};
const CITY_KEY = treeKey(undefined, CITY);
const DISTRICT_KEY = treeKey(CITY_KEY, { ...CITY, name: 'D' });

type Statement = [string, unknown[]];
/** A plain statement (`?` placeholders) as the engine of `dataSource` takes it. */
const plain = (dataSource: DataSource, [sql, parameters]: Statement): Statement => [
  statementFor(dataSource, sql),
  parameters,
];
/** A page's keys at an offset, as complianceOfYearPage reads them. */
const pageKeys = (dataSource: DataSource, listed: { rootKey?: string; parentId?: string }) => {
  const { keys, parameters } = chartPageStatements(dataSource, listed, { skip: 40, take: 20 });
  return plain(dataSource, [keys, parameters]);
};

const QUERIES = {
  'a page of the whole chart': (dataSource: DataSource) => pageKeys(dataSource, {}),
  'how many departments the chart holds': (dataSource: DataSource) => {
    const { where, parameters } = chartPageStatements(dataSource, {}, { skip: 40, take: 20 });
    const departments = storedRows(dataSource, ComplianceDepartment, 'department');
    return plain(dataSource, [departments.countStatement(where), parameters]);
  },
  'a page of the departments directly under one': (dataSource: DataSource) =>
    pageKeys(dataSource, { parentId: CITY.departmentId }),
  'a page of one subtree': (dataSource: DataSource) => pageKeys(dataSource, { rootKey: CITY_KEY }),
  "a page's departments by their keys": (dataSource: DataSource) =>
    plain(dataSource, [
      storedRows(dataSource, ComplianceDepartment, 'department').statement(
        'WHERE "department"."treeKey" IN (?, ?) ORDER BY "department"."treeKey" ASC',
      ),
      [CITY_KEY, DISTRICT_KEY],
    ]),
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
  if (engine === 'postgres')
    await dataSource.query('ANALYZE compliance_facts, compliance_departments');
}

/** A drill-down's facts of the page's departments, as figureEvents reads them. */
const drillDown = (dataSource: DataSource, figure: 'scopeItems' | 'dutiesDue') => {
  const query = { departmentIds: PAGE_DEPARTMENTS, year: 2026, figure };
  const [where, parameters] = figureFactsCondition(dataSource, query, CALENDAR);
  return plain(dataSource, [
    storedRows(dataSource, ComplianceFact, 'fact').statement(where),
    parameters,
  ]);
};

/** The departments of the fixture's facts, each with a chart key in order (department-N). */
async function departmentsOfTheSpans(dataSource: DataSource): Promise<void> {
  await dataSource.query(`
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 399)
    INSERT INTO compliance_departments ("departmentId", "kind", "level", "name", "nameKey",
      "nameSortKey", "supervisionAuthority", "treeKey")
    SELECT 'department-' || i, 'GOVERNMENT', 'CITY', 'D' || i, 'd' || i, 'd' || i, false,
      'key-' || (1000 + i)
    FROM n`);
}

const SPAN_QUERIES = {
  "the page's scope items and coverage gaps standing at year end": (dataSource: DataSource) =>
    plain(dataSource, ownFiguresStatements(dataSource, 2026, CALENDAR, PAGE_DEPARTMENTS).standing),
  "the page's duties due in the year": (dataSource: DataSource) =>
    plain(dataSource, ownFiguresStatements(dataSource, 2026, CALENDAR, PAGE_DEPARTMENTS).dueSpans),
  "the drill-down's scope items and coverage gaps standing at year end": (dataSource: DataSource) =>
    drillDown(dataSource, 'scopeItems'),
  "the drill-down's duties due in the year": (dataSource: DataSource) =>
    drillDown(dataSource, 'dutiesDue'),
};

/** The index condition names the department first: the page's departments are sought, no more. */
const seeksDepartments = (plan: string) =>
  /USING INDEX \S+ \(departmentId=\? AND figure=\?/.test(plan) ||
  // PostgreSQL: a list of ids.
  /Index Cond: \(\(\("departmentId"\)::text = ANY/.test(plan);

describeReadModels("a page's span figures, query plans", ({ engine, fresh }) => {
  it.each(Object.entries(SPAN_QUERIES))(
    "%s: sought by department and figure, not every department's spans of the figure",
    async (_name, query) => {
      const dataSource = await fresh();
      await departmentsOfTheSpans(dataSource);
      await spansOfManyDepartments(dataSource, engine);
      const plan = await queryPlan(dataSource, query(dataSource));
      expect({ plan, seeks: seeksDepartments(plan) }).toEqual({ plan, seeks: true });
    },
  );
});

/**
 * Rolled-up totals of 400 departments over twelve years (every figure `AT`, three `FROM`), as a
 * long-kept jurisdiction's compliance_totals holds them; analysed on PostgreSQL as above.
 */
async function totalsOfManyDepartments(dataSource: DataSource, engine: string): Promise<void> {
  await dataSource.query(`
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 95999)
    INSERT INTO compliance_totals ("departmentId", "kind", "year", "figure", "amount")
    SELECT 'department-' || (i / 240), CASE WHEN i % 20 < 17 THEN 'AT' ELSE 'FROM' END,
      2015 + (i / 20) % 12, 'figure-' || (i % 20), 1
    FROM n`);
  if (engine === 'postgres') await dataSource.query('ANALYZE compliance_totals');
}

describeReadModels("a page's rolled-up totals, query plan", ({ engine, fresh }) => {
  it("seeks each department's totals of the year (and the FROM totals before it) by the key", async () => {
    const dataSource = await fresh();
    await totalsOfManyDepartments(dataSource, engine);
    const plan = await queryPlan(
      dataSource,
      plain(dataSource, rolledUpStatement(dataSource, 2026, PAGE_DEPARTMENTS)),
    );
    // Both halves of the UNION: (departmentId, kind, year) on SQLite's key, an index condition
    // on all three columns on PostgreSQL's.
    const seeks =
      engine === 'postgres'
        ? plan.match(
            /Index Cond: \(\(\("departmentId"\)::text = ANY .* AND \(\(kind\)::text = .* AND \(year (=|<=)/g,
          )
        : plan.match(/USING (COVERING )?INDEX \S+ \(departmentId=\? AND kind=\? AND year[=<]\?/g);
    expect({ plan, seeks: seeks?.length }).toEqual({ plan, seeks: 2 });
  });
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

import { ACCIDENT_WEIGHTS } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { describeReadModels } from '../../../../test/support/projection-spec';
import { queryPlan } from '../../../../test/support/query-plan';
import { gravestDepartments } from './accidents.query';

/**
 * Ten years of accidents in 400 departments, three a year each. PostgreSQL plans on statistics, so it
 * is analysed, as autovacuum would; SQLite is left without, as the product runs it.
 */
async function accidentsOfTenYears(dataSource: DataSource, engine: string): Promise<void> {
  await dataSource.query(`
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 11999)
    INSERT INTO accidents ("accidentId", "departmentId", "industry", "description", "occurredAt",
      "year", "grade", "severity", "deaths", "seriousInjuries", "directLossYuan", "lastPosition")
    SELECT 'accident-' || i, 'department-' || ((i / 10) % 400), 'mining', '', '2020-06-01T00:00:00.000Z',
      2017 + i % 10, CASE i % 4 WHEN 0 THEN 'GENERAL' WHEN 1 THEN 'LARGER' WHEN 2 THEN 'SERIOUS'
      ELSE 'ESPECIALLY_SERIOUS' END, 1 + i % 4, i % 5, i % 3, 1000, i
    FROM n`);
  if (engine === 'postgres') await dataSource.query('ANALYZE accidents');
}

/**
 * The year's accidents are sought by the index condition on the year, never the whole table read.
 * SQLite reads them from the index alone (department and grade are in it); PostgreSQL does when
 * its visibility map says the table's pages are all visible (after a vacuum no transaction holds
 * back), which a test sharing the server cannot promise, so there any index on the year will do.
 */
const fromTheYearIndex = (plan: string) =>
  (/USING COVERING INDEX \S+ \(year=\?/.test(plan) ||
    (/Index (Only )?Scan/.test(plan) && /Index Cond: \(+year = /.test(plan))) &&
  !/^SCAN \S+$/m.test(plan) &&
  !/Seq Scan/.test(plan);

describeReadModels("the year's accidents by department, query plans", ({ engine, fresh }) => {
  it.each([
    ['the whole hierarchy', undefined],
    ['one subtree', ['department-1', 'department-2', 'department-3']],
  ])(
    '%s: a page of the gravest departments reads the year’s accidents from the index alone',
    async (_name, departmentIds) => {
      const dataSource = await fresh();
      await accidentsOfTenYears(dataSource, engine);
      const query = gravestDepartments(dataSource, { year: 2026, departmentIds }, ACCIDENT_WEIGHTS)
        .offset(0)
        .limit(100);
      const plan = await queryPlan(dataSource, query);
      expect({ plan, indexed: fromTheYearIndex(plan) }).toEqual({ plan, indexed: true });
      const rows = await query.getRawMany<{ departmentId: string }>();
      expect(rows).toHaveLength(departmentIds ? 3 : 100);
    },
  );
});

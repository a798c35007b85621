import type { DataSource } from 'typeorm';
import { describeReadModels } from '../../../../test/support/projection-spec';
import { queryPlan, readsThroughIndex } from '../../../../test/support/query-plan';
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

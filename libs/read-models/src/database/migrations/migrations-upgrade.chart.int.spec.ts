import { DEFAULT_COMPLIANCE_WEIGHTS, gradeBands } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { TEST_CALENDAR } from '../../../../../test/support/projection-spec';
import { paddedSegment } from '../../../../../test/support/padded-tree-keys';
import {
  UPGRADE_ENGINES,
  migrationsBefore,
  previousVersion,
} from '../../../../../test/support/previous-read-models';
import {
  type CompliancePageQuery,
  complianceOfYearPage,
} from '../../compliance/compliance-of-year.query';
import { treeKey } from '../../compliance/department-tree-key';
import { nameKeys } from '../name-keys';
import { openReadModels } from '../read-model-data-source';

const UPGRADE_READING = {
  calendar: TEST_CALENDAR,
  weights: DEFAULT_COMPLIANCE_WEIGHTS,
  bands: gradeBands({}),
};

/** The names a compliance page of 2026 lists, in its order. */
async function pageNames(
  dataSource: DataSource,
  query: Partial<CompliancePageQuery>,
): Promise<string[] | undefined> {
  const page = await complianceOfYearPage(
    dataSource,
    { year: 2026, skip: 0, take: 10, ...query },
    UPGRADE_READING,
  );
  return page?.items.map((entry) => entry.name);
}

/** The migrations of the version before departments stored their place in the chart. */
const BEFORE_TREE_KEYS = migrationsBefore('DepartmentTreeKeys');

/** A municipality as the version before stored it (no tree keys), children before parents. */
const CHART = {
  township: 'aaaaaaaa-0000-4000-8000-000000000004',
  district: 'aaaaaaaa-0000-4000-8000-000000000003',
  bureau: 'aaaaaaaa-0000-4000-8000-000000000002',
  city: 'aaaaaaaa-0000-4000-8000-000000000001',
};
/** The municipality's departments: which, name, level, kind and parent. */
const UNKEYED_DEPARTMENT_ROWS_DATA: [keyof typeof CHART, string, string, string, string | null][] =
  [
    ['township', 'Zhou Town', 'TOWNSHIP', 'GOVERNMENT', CHART.district],
    ['district', 'Xi District', 'DISTRICT', 'GOVERNMENT', CHART.city],
    ['bureau', 'Audit Bureau', 'MUNICIPAL', 'WORKING_DEPARTMENT', CHART.city],
    ['city', 'Riverside', 'MUNICIPAL', 'GOVERNMENT', null],
  ];
const UNKEYED_DEPARTMENT_ROWS = UNKEYED_DEPARTMENT_ROWS_DATA.map(
  ([key, name, level, kind, parentId]) =>
    `INSERT INTO "compliance_departments" ("departmentId", "name", "nameKey", "nameSortKey", "level", "kind", "parentId", "supervisionAuthority")
     VALUES ('${CHART[key]}', '${name}', '${nameKeys(name).nameKey}', '${nameKeys(name).nameSortKey}', '${level}', '${kind}', ${parentId === null ? 'NULL' : `'${parentId}'`}, FALSE)`,
);

/** The migrations of the version before tree keys were stored without their padding. */
const BEFORE_COMPACT_KEYS = migrationsBefore('CompactDepartmentTreeKeys');

/** The same municipality as that version stored it: each key its parent's and a padded segment. */
const PADDED_KEY_ROWS = (() => {
  const rows = UNKEYED_DEPARTMENT_ROWS_DATA.map(([key, name, level, kind, parentId]) => ({
    departmentId: CHART[key],
    name,
    level,
    kind,
    parentId,
  }));
  const keys = new Map<string, string>();
  const keyOf = (row: (typeof rows)[number]): string => {
    const known = keys.get(row.departmentId);
    if (known !== undefined) return known;
    const parent = rows.find((other) => other.departmentId === row.parentId);
    const key = (parent === undefined ? '' : keyOf(parent)) + paddedSegment(row);
    keys.set(row.departmentId, key);
    return key;
  };
  return rows.map(
    (row) =>
      `INSERT INTO "compliance_departments" ("departmentId", "name", "nameKey", "nameSortKey", "level", "kind", "parentId", "supervisionAuthority", "treeKey")
     VALUES ('${row.departmentId}', '${row.name}', '${nameKeys(row.name).nameKey}', '${nameKeys(row.name).nameSortKey}', '${row.level}', '${row.kind}', ${row.parentId === null ? 'NULL' : `'${row.parentId}'`}, FALSE, '${keyOf(row)}')`,
  );
})();

describe.each(UPGRADE_ENGINES)(
  'read-model migrations of the organisation chart over a database of the version before (%s)',
  (engine) => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    it('give the departments already stored their place in the chart: compliance pages list them as before', async () => {
      const upgraded = await openReadModels(
        await previousVersion(engine, BEFORE_TREE_KEYS, UNKEYED_DEPARTMENT_ROWS, cleanups),
      );
      cleanups.push(() => upgraded.destroy());
      const page = (query: Partial<CompliancePageQuery>) => pageNames(upgraded, query);
      expect(await page({})).toEqual(['Riverside', 'Xi District', 'Zhou Town', 'Audit Bureau']);
      expect(await page({ skip: 1, take: 2 })).toEqual(['Xi District', 'Zhou Town']);
      expect(await page({ departmentId: CHART.district })).toEqual(['Xi District', 'Zhou Town']);
      expect(await page({ parentId: CHART.city })).toEqual(['Xi District', 'Audit Bureau']);
    });

    it('store the chart keys without their padding, in the same chart order', async () => {
      const upgraded = await openReadModels(
        await previousVersion(engine, BEFORE_COMPACT_KEYS, PADDED_KEY_ROWS, cleanups),
      );
      cleanups.push(() => upgraded.destroy());
      const stored = await upgraded.query<{ departmentId: string; treeKey: string }[]>(
        'SELECT "departmentId", "treeKey" FROM "compliance_departments" ORDER BY "treeKey"',
      );
      const city = treeKey(undefined, {
        departmentId: CHART.city,
        kind: 'GOVERNMENT',
        name: 'Riverside',
      });
      const district = treeKey(city, {
        departmentId: CHART.district,
        kind: 'GOVERNMENT',
        name: 'Xi District',
      });
      expect(stored).toEqual([
        { departmentId: CHART.city, treeKey: city },
        { departmentId: CHART.district, treeKey: district },
        {
          departmentId: CHART.township,
          treeKey: treeKey(district, {
            departmentId: CHART.township,
            kind: 'GOVERNMENT',
            name: 'Zhou Town',
          }),
        },
        {
          departmentId: CHART.bureau,
          treeKey: treeKey(city, {
            departmentId: CHART.bureau,
            kind: 'WORKING_DEPARTMENT',
            name: 'Audit Bureau',
          }),
        },
      ]);
      const page = (query: Partial<CompliancePageQuery>) => pageNames(upgraded, query);
      expect(await page({})).toEqual(['Riverside', 'Xi District', 'Zhou Town', 'Audit Bureau']);
      expect(await page({ departmentId: CHART.district })).toEqual(['Xi District', 'Zhou Town']);
      expect(await page({ parentId: CHART.city })).toEqual(['Xi District', 'Audit Bureau']);
    });
  },
);

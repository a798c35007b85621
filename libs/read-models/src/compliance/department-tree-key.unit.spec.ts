import { ComplianceDepartment } from './compliance-department.entity';
import { departmentTree, preorder } from './department-tree';
import { compareNames } from '@dutyledger/i18n';
import { subtreeEnd, treeKey } from './department-tree-key';

function department(
  departmentId: string,
  name: string,
  kind: string,
  parent?: ComplianceDepartment,
): ComplianceDepartment {
  return Object.assign(new ComplianceDepartment(), {
    departmentId,
    name,
    kind,
    level: 'MUNICIPAL',
    parentId: parent?.departmentId ?? null,
    treeKey: treeKey(parent?.treeKey, { departmentId, name, kind }),
  });
}

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

describe('department tree keys', () => {
  const city = department(id(1), 'City', 'GOVERNMENT');
  const ab = department(id(2), 'AB', 'WORKING_DEPARTMENT', city);
  const a = department(id(3), 'A', 'WORKING_DEPARTMENT', city);
  const twinOfA = department(id(4), 'A', 'WORKING_DEPARTMENT', city);
  const district = department(id(5), '河西区', 'GOVERNMENT', city);
  const town = department(id(6), 'Town', 'GOVERNMENT', district);
  const office = department(id(7), 'Office', 'WORKING_DEPARTMENT', district);
  const lower = department(id(8), 'a lowercase name', 'WORKING_DEPARTMENT', city);
  const other = department(id(9), 'Another City', 'GOVERNMENT');
  // 张 (zhāng) comes before 李 (lǐ) by code point, after it in pinyin (and ideographs before Latin).
  const zhang = department(id(10), '张村镇', 'GOVERNMENT', district);
  const li = department(id(11), '李村镇', 'GOVERNMENT', district);
  const all = [office, lower, zhang, town, twinOfA, ab, district, li, other, a, city];

  it('order by key is the chart order: each department before those under it, governments first, then by name in pinyin order', () => {
    const byKey = [...all].sort((x, y) => (x.treeKey < y.treeKey ? -1 : 1));
    const chart = preorder(departmentTree(all)).map((node) => node.departmentId);
    expect(byKey.map((each) => each.departmentId)).toEqual(chart);
    expect(chart).toEqual(
      [other, city, district, li, zhang, town, office, a, twinOfA, lower, ab].map(
        (d) => d.departmentId,
      ),
    );
  });

  it('orders siblings of one kind as compareNames orders their names', () => {
    const siblings = [a, twinOfA, ab, lower];
    const byKey = [...siblings].sort((x, y) => (x.treeKey < y.treeKey ? -1 : 1));
    const byName = [...siblings].sort(
      (x, y) => compareNames(x.name, y.name) || x.departmentId.localeCompare(y.departmentId),
    );
    expect(byKey.map((each) => each.name)).toEqual(byName.map((each) => each.name));
  });

  it('a subtree is the range of keys from its root to subtreeEnd of its key', () => {
    const under = (root: ComplianceDepartment) =>
      all
        .filter((each) => each.treeKey >= root.treeKey && each.treeKey < subtreeEnd(root.treeKey))
        .map((each) => each.name)
        .sort();
    expect(under(district)).toEqual(['Office', 'Town', '张村镇', '李村镇', '河西区']);
    expect(under(a)).toEqual(['A']);
    expect(under(city)).toHaveLength(10);
  });

  it('builds the tree in the order of the stored keys, the order the pages are read in', () => {
    // A key stored under another collation (before a rebuild) still puts its department where
    // the pages, which read the keys, put it: the tree and the pages agree.
    const storedFirst = Object.assign(new ComplianceDepartment(), {
      ...town,
      treeKey: `${district.treeKey}0`,
    });
    const chart = preorder(departmentTree([zhang, storedFirst, li, district])).map(
      (node) => node.departmentId,
    );
    expect(chart).toEqual([district, town, li, zhang].map((d) => d.departmentId));
  });
});

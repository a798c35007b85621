import { ComplianceDepartment } from './compliance-department.entity';
import { departmentTree, preorder } from './department-tree';
import { compareNames } from '@dutyledger/i18n';
import { paddedSegment } from '../../../../test/support/padded-tree-keys';
import { TREE_KEY_LENGTH, chartSegment, subtreeEnd, treeKey } from './department-tree-key';

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

/** A small deterministic generator, so that a failure can be run again. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('compact tree keys', () => {
  const random = generator(15);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // Digits make zeros inside sort keys (numbers keep their own zeros); shared beginnings make
  // names that stop where others go on.
  const parts = [
    '1',
    '10',
    '0',
    '007',
    '20',
    '村',
    '镇',
    '第',
    '河西',
    'A',
    'a',
    'Ab',
    ' ',
    'Ü',
    '😀',
  ];
  const kinds = ['GOVERNMENT', 'WORKING_DEPARTMENT', 'A', 'AB', 'GOVERNMENT_0'];
  const places = Array.from({ length: 400 }, (_, index) => ({
    departmentId: `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
    kind: pick(kinds),
    name: Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(parts)).join(''),
  }));

  it('order siblings exactly as the segments padded to fixed widths would', () => {
    const padded = (place: (typeof places)[number]) => paddedSegment(place);
    const byCompact = [...places].sort((x, y) => (chartSegment(x) < chartSegment(y) ? -1 : 1));
    const byPadded = [...places].sort((x, y) => (padded(x) < padded(y) ? -1 : 1));
    expect(byCompact.map((place) => place.departmentId)).toEqual(
      byPadded.map((place) => place.departmentId),
    );
  });

  it('never make one segment the beginning of another, so a subtree is one range of keys', () => {
    const segments = places.map((place) => chartSegment(place));
    for (const segment of segments) {
      expect(segment).toMatch(/^[0-9a-z]+$/);
      const beginning = segments.filter((other) => other !== segment && other.startsWith(segment));
      expect(beginning).toEqual([]);
    }
    const root = places[0];
    const children = places.slice(1, 50);
    if (root === undefined) throw new Error('no places');
    const rootKey = treeKey(undefined, root);
    const inside = children.map((child) => treeKey(rootKey, child));
    const outside = places.slice(50).map((other) => treeKey(undefined, other));
    for (const key of inside) expect(key >= rootKey && key < subtreeEnd(rootKey)).toBe(true);
    for (const key of outside) expect(key >= rootKey && key < subtreeEnd(rootKey)).toBe(false);
  });

  it('keep a fourth-level key of a real chart within what SQLite keeps in an index page', () => {
    // An index entry longer than about 1,000 bytes (on 4 KiB pages) spills onto overflow pages,
    // which every read of the range then follows: padded, this key was 1,408 characters.
    const chart = [
      {
        departmentId: '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
        kind: 'GOVERNMENT',
        name: '滨江市人民政府',
      },
      {
        departmentId: '4a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        kind: 'GOVERNMENT',
        name: '河西区人民政府',
      },
      {
        departmentId: '5b3c4d5e-6f7a-4b8c-9dae-1f2a3b4c5d6e',
        kind: 'GOVERNMENT',
        name: '第10街道办事处',
      },
      {
        departmentId: '6c4d5e6f-7a8b-4c9d-8eaf-2a3b4c5d6e7f',
        kind: 'WORKING_DEPARTMENT',
        name: '应急管理和安全生产监督管理办公室',
      },
    ];
    const key = chart.reduce<string | undefined>(
      (parent, place) => treeKey(parent, place),
      undefined,
    );
    expect(key?.length).toBeLessThan(1000);
  });

  it('stay within the stored column at the deepest chart, whatever the names', () => {
    // The longest segment: a kind of 20 characters and a name whose sort key is all zeros where
    // it can be (numbers keep their zeros), each zero stored as two characters.
    const longest = {
      departmentId: 'ffffffff-ffff-4fff-bfff-ffffffffffff',
      kind: '\u0001'.repeat(20),
      name: '1000000000000000000000000000000000 '.repeat(12),
    };
    const key = [1, 2, 3, 4, 5].reduce<string | undefined>(
      (parent) => treeKey(parent, longest),
      undefined,
    );
    expect(key?.length).toBeLessThanOrEqual(TREE_KEY_LENGTH);
  });
});

import { compareNames } from './formats';
import { nameSearchKey, nameSortKey } from './name-keys';

/** Byte order, as SQLite's BINARY and PostgreSQL's "C" compare the ASCII keys. */
const byKey = (a: string, b: string): number => {
  const x = nameSortKey(a);
  const y = nameSortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** A fixed pseudo-random sequence in [0, 1), so a failure repeats. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('name sort keys', () => {
  it('orders Chinese names mixed with Latin ones, numbers and punctuation as compareNames does', () => {
    const names = [
      '张伟',
      '张伟明',
      '章伟',
      '王建国',
      '王 建国',
      '汪洋',
      '安静',
      '阿依古丽·买买提',
      '欧阳娜娜',
      '区应急管理局',
      '滨江区应急管理局',
      '城关街道第2网格',
      '城关街道第10网格',
      'Alice Wang',
      'alice wang',
      'Émile',
      'Zhang Wei',
      'zed',
      '1号楼',
      '(临时) 专班',
    ];
    expect(names.map(nameSortKey).every((key) => /^[\x20-\x7e]*$/.test(key))).toBe(true);
    const expected = [...names].sort(compareNames);
    expect([...names].sort(byKey)).toEqual(expected);
  });

  it('agrees with compareNames on every pair of generated names', () => {
    const alphabet = [...'张章王汪李黎赵陈安阿区欧城成滨江应急管理局街道长副明伟国aAbZé 0129·-'];
    const next = numbers(13);
    const names = Array.from({ length: 300 }, () =>
      Array.from(
        { length: 1 + Math.floor(next() * 5) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join(''),
    );
    const disagreements = names.flatMap((a) =>
      names
        .filter((b) => Math.sign(byKey(a, b)) !== Math.sign(compareNames(a, b)))
        .map((b) => `${a} / ${b}`),
    );
    expect(disagreements).toEqual([]);
  });

  it('searches by the characters in any case', () => {
    expect(nameSearchKey('Zhang Wei 张伟')).toBe('zhang wei 张伟');
    expect(nameSearchKey('滨江区应急管理局')).toContain('应急');
  });
});

import { MemoryIndex, rowKeyOf } from './memory-index';

/** Rows as their stored values (figure, subject, toAt), indexed on all three in that order. */
function indexOf(rows: Record<string, readonly unknown[]>): MemoryIndex {
  const index = new MemoryIndex(
    ['figure', 'subject', 'toAt'],
    [0, 1, 2],
    (stored, at) => stored[at],
  );
  for (const [key, stored] of Object.entries(rows)) index.add(stored, key);
  return index;
}

const sorted = (keys: readonly unknown[]) => [...keys].map(String).sort();

describe('a memory index', () => {
  it('tells values apart as the key parts do: 1 from "1" and from 1n, NULL and undefined alike', () => {
    const index = indexOf({
      a: ['gaps', 1, null],
      b: ['gaps', '1', null],
      c: ['gaps', 1n, undefined],
      d: ['gaps', { id: 1 }, null],
    });

    expect(index.get(['gaps', 1, null])).toEqual(['a']);
    expect(index.get(['gaps', '1', undefined])).toEqual(['b']);
    expect(index.get(['gaps', 1n, null])).toEqual(['c']);
    // An object value is compared by its JSON, never met by a string.
    expect(index.get(['gaps', { id: 1 }, null])).toEqual(['d']);
    expect(index.get(['gaps', 'o:{"id":1}', null])).toEqual([]);
  });

  it('answers a prefix of its columns with every row under it, and forgets rows deleted', () => {
    const index = indexOf({
      a: ['gaps', 's1', null],
      b: ['gaps', 's1', '2026-01'],
      c: ['gaps', 's2', null],
      d: ['cases', 's1', null],
    });

    expect(sorted(index.get(['gaps']))).toEqual(['a', 'b', 'c']);
    expect(sorted(index.get(['gaps', 's1']))).toEqual(['a', 'b']);

    index.delete(['gaps', 's1', null], 'a');
    index.delete(['gaps', 's1', '2026-01'], 'b');
    expect(index.get(['gaps', 's1'])).toEqual([]);
    expect(sorted(index.get(['gaps']))).toEqual(['c']);
    // A row deleted under values it does not hold stays where it is.
    index.delete(['gaps', 's2', '2026-01'], 'c');
    expect(index.get(['gaps', 's2', null])).toEqual(['c']);
  });

  it('counts the rows per value of a prefix, so a table can tell whether reading through it is cheap', () => {
    const index = indexOf({
      a: ['gaps', 's1', null],
      b: ['gaps', 's2', null],
      c: ['gaps', 's3', null],
      d: ['cases', 's1', null],
    });

    expect(index.rowsPerPrefix(1, 4)).toBe(2);
    expect(index.rowsPerPrefix(2, 4)).toBe(1);
    index.delete(['cases', 's1', null], 'd');
    expect(index.rowsPerPrefix(1, 3)).toBe(3);
  });

  it('keys a row by its one-column key itself and by one string for several columns', () => {
    expect(rowKeyOf(['7c1e'])).toBe('7c1e');
    expect(rowKeyOf([7n])).toBe(7n);
    expect(rowKeyOf(['a', 1])).not.toBe(rowKeyOf(['a', '1']));
    expect(rowKeyOf(['a', 'b'])).toBe(rowKeyOf(['a', 'b']));
  });
});

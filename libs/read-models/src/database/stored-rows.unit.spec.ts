import type { DataSource } from 'typeorm';
import { REMEMBERED_STATEMENTS, placeholders, remembered, windowClause } from './stored-rows';

const engine = (type: 'better-sqlite3' | 'postgres') => ({ options: { type } }) as DataSource;

describe('statement texts remembered', () => {
  it('makes a text once per key and answers it again', () => {
    const cache = new Map<string, string>();
    const make = jest.fn(() => 'SELECT 1');
    expect(remembered(cache, 'a', make)).toBe('SELECT 1');
    expect(remembered(cache, 'a', make)).toBe('SELECT 1');
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('never keeps more than its bound, however many IN-list lengths come by', () => {
    const cache = new Map<string, string>();
    let largest = 0;
    for (let length = 1; length <= REMEMBERED_STATEMENTS * 3; length++) {
      const text = remembered(cache, `in:${length}`, () => `IN (${placeholders(length)})`);
      expect(text.split('?')).toHaveLength(length + 1);
      largest = Math.max(largest, cache.size);
    }
    expect(largest).toBe(REMEMBERED_STATEMENTS);
  });
});

describe('placeholders', () => {
  it('writes one ? per value, comma-separated, and nothing for none', () => {
    expect([0, 1, 3].map(placeholders)).toEqual(['', '?', '?, ?, ?']);
  });
});

describe('a page window in the statement text, never a parameter', () => {
  it('writes take and skip as numbers, with what each engine takes for no limit', () => {
    const sqlite = engine('better-sqlite3');
    const postgres = engine('postgres');
    expect([
      windowClause(sqlite, { take: 20, skip: 40 }),
      windowClause(sqlite, { take: 20 }),
      windowClause(sqlite, { skip: 40 }),
      windowClause(postgres, { skip: 40 }),
      windowClause(sqlite, {}),
    ]).toEqual(['LIMIT 20 OFFSET 40', 'LIMIT 20', 'LIMIT -1 OFFSET 40', 'LIMIT ALL OFFSET 40', '']);
  });

  it('refuses anything but whole numbers from zero up rather than write it into SQL', () => {
    for (const bad of [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => windowClause(engine('postgres'), { take: bad })).toThrow(RangeError);
      expect(() => windowClause(engine('postgres'), { skip: bad })).toThrow(RangeError);
    }
  });
});

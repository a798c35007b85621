import { REMEMBERED_STATEMENTS, placeholders, remembered } from './stored-rows';

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

import { progressReporter } from './projection-workspace';

describe('the progress of a rebuild or a verify', () => {
  /** A clock the test moves: `at` milliseconds after the start. */
  function clock() {
    let at = 0;
    return { now: () => at, move: (to: number) => (at = to) };
  }

  it.each([
    ['zh-CN', 'departments：已处理2000个事件，每秒1000个，位于位置2500'],
    ['en', 'departments: 2,000 events, 1000/s, at position 2500'],
  ] as const)('is said in the operator’s language (%s), at most once a second', (lang, line) => {
    const lines: string[] = [];
    const time = clock();
    const report = progressReporter('departments', (said) => lines.push(said), lang, time.now);
    time.move(500);
    report({ events: 1000, position: 1500n });
    expect(lines).toEqual([]);
    time.move(2000);
    report({ events: 2000, position: 2500n });
    expect(lines).toEqual([line]);
  });
});

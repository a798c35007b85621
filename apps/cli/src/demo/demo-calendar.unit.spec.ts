import { DemoCalendar } from './demo-calendar';
import { LOAD_DAYS } from './scenario/scenario.fixtures';

const LOAD = LOAD_DAYS[0] ?? new Date();

describe('DemoCalendar', () => {
  const calendar = new DemoCalendar(LOAD);

  it('counts back whole days from the UTC day of the load, at a fixed hour of China time', () => {
    expect(calendar.day(0)).toBe('2026-11-28');
    expect(calendar.at(1)).toBe('2026-11-27T10:00:00+08:00');
    expect(() => calendar.at(0)).toThrow(RangeError);
  });

  it('finds the first day of the period holding a day, and of the next one', () => {
    expect(calendar.day(calendar.periodStart('QUARTERLY', 0))).toBe('2026-10-01');
    expect(calendar.day(calendar.nextPeriodStart('QUARTERLY', 100))).toBe('2026-10-01');
    expect(calendar.day(calendar.periodStart('MONTHLY', 30))).toBe('2026-10-01');
    expect(calendar.day(calendar.periodStart('ANNUAL', 400))).toBe('2025-01-01');
  });

  it('lists the periods due from a day to the last one ended before the load, oldest first', () => {
    const fromOct = calendar.daysAgo(2026, 9, 10);
    expect(calendar.periodsDue('MONTHLY', fromOct).map((p) => p.period)).toEqual(['2026-10']);
    expect(
      calendar.periodsDue('QUARTERLY', calendar.daysAgo(2026, 3, 1)).map((p) => p.period),
    ).toEqual(['2026-Q2', '2026-Q3']);
    expect(calendar.periodsDue('ANNUAL', 730).map((p) => p.period)).toEqual(['2024', '2025']);
    expect(calendar.periodsDue('QUARTERLY', 730)[0]).toMatchObject({
      period: '2024-Q4',
      performedAt: '2024-12-20T10:00:00+08:00',
    });
  });

  it('performs a period on the day the duty took effect when its usual day came before', () => {
    const from = calendar.daysAgo(2026, 9, 26);
    expect(calendar.periodsDue('MONTHLY', from)).toEqual([
      { period: '2026-10', performedAt: '2026-10-26T10:00:00+08:00', daysAgo: from },
    ]);
  });

  it('stops before the period that begins on the day of a change', () => {
    const until = calendar.daysAgo(2026, 6, 1);
    expect(
      calendar
        .periodsDue('QUARTERLY', 730, until)
        .map((p) => p.period)
        .pop(),
    ).toBe('2026-Q2');
  });
});

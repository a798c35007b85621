import { calendarFor } from '@dutyledger/domain';
import { type DueSpan, performanceStanding, periodsDue } from './duty-periods-due';

const beijing = calendarFor('Asia/Shanghai');
const utc = calendarFor('UTC');

const span = (overrides: Partial<DueSpan>): DueSpan => ({
  cadence: 'MONTHLY',
  fromAt: '2026-01-01T00:00:00.000Z',
  toAt: null,
  closedBy: null,
  ...overrides,
});

describe('periods a work-safety duty owes in a year', () => {
  it('owes every period of a whole year while active all year', () => {
    const allYear = span({ fromAt: '2025-12-31T16:00:00.000Z' });
    expect(periodsDue(allYear, 2026, beijing)).toBe(12);
    expect(periodsDue({ ...allYear, cadence: 'QUARTERLY' }, 2026, beijing)).toBe(4);
    expect(periodsDue({ ...allYear, cadence: 'ANNUAL' }, 2026, beijing)).toBe(1);
  });

  it('owes the period it was assigned in and every later one, and nothing before', () => {
    const assigned = span({ fromAt: '2026-06-30T12:00:00.000Z' });
    expect(periodsDue(assigned, 2026, beijing)).toBe(7);
    expect(periodsDue({ ...assigned, cadence: 'QUARTERLY' }, 2026, beijing)).toBe(3);
    expect(periodsDue(assigned, 2025, beijing)).toBe(0);
    expect(periodsDue(assigned, 2027, beijing)).toBe(12);
  });

  it('counts months in the jurisdiction: assigned at 04:00 on 1 September Beijing time, it owes from September', () => {
    const assigned = span({ fromAt: '2026-08-31T20:00:00.000Z' });
    expect(periodsDue(assigned, 2026, beijing)).toBe(4);
    expect(periodsDue(assigned, 2026, utc)).toBe(5);
  });

  it('owes up to and including the period of its revocation', () => {
    const revoked = span({ toAt: '2026-03-15T00:00:00.000Z', closedBy: 'DutyRevoked' });
    expect(periodsDue(revoked, 2026, beijing)).toBe(3);
    expect(periodsDue(revoked, 2027, beijing)).toBe(0);
  });

  it('owes the period of a cadence amendment under the new cadence only', () => {
    const monthly = span({ toAt: '2026-03-15T00:00:00.000Z', closedBy: 'DutyAmended' });
    const quarterly = span({ cadence: 'QUARTERLY', fromAt: '2026-03-15T00:00:00.000Z' });
    expect(periodsDue(monthly, 2026, beijing)).toBe(2);
    expect(periodsDue(quarterly, 2026, beijing)).toBe(4);
  });

  it('owes a ONCE duty once, in the local year its span begins', () => {
    const once = span({ cadence: 'ONCE', fromAt: '2026-11-02T00:00:00.000Z' });
    const years = (calendar = beijing, of = once) =>
      [2025, 2026, 2027].map((year) => periodsDue(of, year, calendar));
    expect(years()).toEqual([0, 1, 0]);
    // 02:00 on 1 January 2026 in Beijing is still 2025 in UTC.
    const newYear = span({ cadence: 'ONCE', fromAt: '2025-12-31T18:00:00.000Z' });
    expect(years(beijing, newYear)).toEqual([0, 1, 0]);
    expect(years(utc, newYear)).toEqual([1, 0, 0]);
  });

  it('owes nothing over an empty span (assigned and revoked at one instant)', () => {
    const at = '2026-06-30T12:00:00.000Z';
    expect(periodsDue(span({ fromAt: at, toAt: at, closedBy: 'DutyRevoked' }), 2026, beijing)).toBe(
      0,
    );
  });
});

describe('whether a performance counts: only for a period that was due', () => {
  // Assigned at 08:00 on 1 December 2026, Beijing time.
  const december = [span({ fromAt: '2026-12-01T00:00:00.000Z' })];

  it('counts a period of the duty’s life, in the year of the period', () => {
    expect(performanceStanding('2026-12', '2027-01-03T01:00:00Z', december, beijing)).toEqual({
      due: true,
      year: 2026,
    });
  });

  it('does not count a period before the assignment, nor one after the revocation', () => {
    expect(performanceStanding('2026-02', '2026-12-05T01:00:00Z', december, beijing)).toEqual({
      due: false,
      year: 2026,
    });
    const revoked = [span({ toAt: '2026-03-15T00:00:00.000Z', closedBy: 'DutyRevoked' })];
    expect(performanceStanding('2026-03', '2026-03-10T00:00:00Z', revoked, beijing).due).toBe(true);
    expect(performanceStanding('2026-04', '2026-04-10T00:00:00Z', revoked, beijing).due).toBe(
      false,
    );
  });

  it('does not count a period that had not begun when it was performed (2099-01 recorded in 2026)', () => {
    const active = [span({})];
    expect(performanceStanding('2099-01', '2026-05-01T00:00:00Z', active, beijing)).toEqual({
      due: false,
      year: 2099,
    });
  });

  it('counts a period under the cadence that owed it: the month of a change to QUARTERLY is owed as a quarter', () => {
    const spans = [
      span({ toAt: '2026-03-15T00:00:00.000Z', closedBy: 'DutyAmended' }),
      span({ cadence: 'QUARTERLY', fromAt: '2026-03-15T00:00:00.000Z' }),
    ];
    expect(performanceStanding('2026-02', '2026-02-20T00:00:00Z', spans, beijing).due).toBe(true);
    expect(performanceStanding('2026-03', '2026-03-20T00:00:00Z', spans, beijing).due).toBe(false);
    expect(performanceStanding('2026-Q1', '2026-03-30T00:00:00Z', spans, beijing).due).toBe(true);
    expect(performanceStanding('2026', '2026-03-30T00:00:00Z', spans, beijing).due).toBe(false);
  });

  it('counts ONCE in the local year the duty became due once, and nothing written otherwise', () => {
    const once = [span({ cadence: 'ONCE', fromAt: '2025-12-31T18:00:00.000Z' })];
    expect(performanceStanding('ONCE', '2027-02-01T00:00:00Z', once, beijing)).toEqual({
      due: true,
      year: 2026,
    });
    expect(performanceStanding('ONCE', '2027-02-01T00:00:00Z', december, beijing)).toEqual({
      due: false,
      year: 2027,
    });
    expect(performanceStanding('March', '2026-03-20T00:00:00Z', december, beijing).due).toBe(false);
  });
});

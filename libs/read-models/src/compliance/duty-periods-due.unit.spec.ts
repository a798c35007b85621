import { type DueSpan, periodsDue } from './duty-periods-due';

const span = (overrides: Partial<DueSpan>): DueSpan => ({
  cadence: 'MONTHLY',
  fromAt: '2026-01-01T00:00:00.000Z',
  toAt: null,
  closedBy: null,
  ...overrides,
});

describe('periods a work-safety duty owes in a year', () => {
  it('owes every period of a whole year while active all year', () => {
    expect(periodsDue(span({ cadence: 'MONTHLY' }), 2026)).toBe(12);
    expect(periodsDue(span({ cadence: 'QUARTERLY' }), 2026)).toBe(4);
    expect(periodsDue(span({ cadence: 'ANNUAL' }), 2026)).toBe(1);
  });

  it('owes the period it was assigned in and every later one, and nothing before', () => {
    const assigned = span({ fromAt: '2026-06-30T12:00:00.000Z' });
    expect(periodsDue(assigned, 2026)).toBe(7);
    expect(periodsDue({ ...assigned, cadence: 'QUARTERLY' }, 2026)).toBe(3);
    expect(periodsDue(assigned, 2025)).toBe(0);
    expect(periodsDue(assigned, 2027)).toBe(12);
  });

  it('owes up to and including the period of its revocation', () => {
    const revoked = span({ toAt: '2026-03-15T00:00:00.000Z', closedBy: 'DutyRevoked' });
    expect(periodsDue(revoked, 2026)).toBe(3);
    expect(periodsDue(revoked, 2027)).toBe(0);
  });

  it('owes the period of a cadence amendment under the new cadence only', () => {
    const monthly = span({ toAt: '2026-03-15T00:00:00.000Z', closedBy: 'DutyAmended' });
    const quarterly = span({ cadence: 'QUARTERLY', fromAt: '2026-03-15T00:00:00.000Z' });
    expect(periodsDue(monthly, 2026)).toBe(2);
    expect(periodsDue(quarterly, 2026)).toBe(4);
  });

  it('owes a ONCE duty once, in the year its span begins', () => {
    const once = span({ cadence: 'ONCE', fromAt: '2026-11-02T00:00:00.000Z' });
    expect([periodsDue(once, 2025), periodsDue(once, 2026), periodsDue(once, 2027)]).toEqual([
      0, 1, 0,
    ]);
  });

  it('owes nothing over an empty span (assigned and revoked at one instant)', () => {
    const at = '2026-06-30T12:00:00.000Z';
    expect(periodsDue(span({ fromAt: at, toAt: at, closedBy: 'DutyRevoked' }), 2026)).toBe(0);
  });
});

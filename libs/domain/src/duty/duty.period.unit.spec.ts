import type { Cadence } from './duty.events';
import { periodMatchesCadence } from './duty.period';

describe('periodMatchesCadence', () => {
  it.each<[Cadence, string]>([
    ['ONCE', 'ONCE'],
    ['ANNUAL', '2026'],
    ['QUARTERLY', '2026-Q1'],
    ['QUARTERLY', '2026-Q4'],
    ['MONTHLY', '2026-01'],
    ['MONTHLY', '2026-12'],
  ])('accepts a %s duty performed for %s', (cadence, period) => {
    expect(periodMatchesCadence(period, cadence)).toBe(true);
  });

  it.each<[Cadence, string]>([
    ['ONCE', '2026'],
    ['ANNUAL', '2026-Q1'],
    ['ANNUAL', '26'],
    ['QUARTERLY', '2026-Q5'],
    ['QUARTERLY', '2026-03'],
    ['MONTHLY', '2026-13'],
    ['MONTHLY', '2026-00'],
    ['MONTHLY', '2026-3'],
    ['MONTHLY', '2026'],
  ])('rejects a %s duty performed for %s', (cadence, period) => {
    expect(periodMatchesCadence(period, cadence)).toBe(false);
  });
});

import { businessInstant, isBusinessTime } from './business-time';

describe('business time', () => {
  it('reads a date-only value as the start of its UTC day', () => {
    expect(businessInstant('2026-03-01')).toBe(Date.UTC(2026, 2, 1));
  });

  it('reads a date-time in its own zone', () => {
    expect(businessInstant('2026-03-01T08:00:00+08:00')).toBe(Date.UTC(2026, 2, 1, 0));
  });

  it.each(['2026-03-01T08:00:00', '2025-06-31', '2026-13-01', 'yesterday', ''])(
    'refuses %p',
    (iso) => {
      expect(isBusinessTime(iso)).toBe(false);
    },
  );
});

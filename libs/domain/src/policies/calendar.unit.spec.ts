import { DomainError } from '../shared/domain-error';
import { addDays, addMonths, instantOf, isAfter, toUtcIso } from './calendar';

describe('calendar', () => {
  it('adds calendar months keeping the time of day', () => {
    expect(addMonths('2026-01-23T09:00:00.000Z', 6)).toBe('2026-07-23T09:00:00.000Z');
    expect(addMonths('2026-11-15T00:00:00.000Z', 3)).toBe('2027-02-15T00:00:00.000Z');
    expect(addMonths('2026-03-15T12:00:00.000Z', -4)).toBe('2025-11-15T12:00:00.000Z');
  });

  it('clamps to the last day of a shorter month, leap years included', () => {
    expect(addMonths('2025-08-31T10:00:00.000Z', 6)).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths('2023-08-31T10:00:00.000Z', 6)).toBe('2024-02-29T10:00:00.000Z');
    expect(addMonths('2024-02-29T10:00:00.000Z', 12)).toBe('2025-02-28T10:00:00.000Z');
  });

  it('counts months in UTC whatever the zone of the input', () => {
    // 31 January 23:30 at UTC-2 is already 1 February in UTC.
    expect(addMonths('2026-01-31T23:30:00-02:00', 1)).toBe('2026-03-01T01:30:00.000Z');
  });

  it('gives the same answers whatever the time zone of the machine', () => {
    const original = process.env.TZ;
    try {
      const answers = ['UTC', 'Asia/Shanghai', 'America/New_York'].map((zone) => {
        process.env.TZ = zone;
        return [addMonths('2026-03-31T23:30:00.000Z', 1), addDays('2026-03-07T12:00:00.000Z', 2)];
      });
      expect(new Set(answers.map((answer) => answer.join()))).toEqual(
        new Set(['2026-04-30T23:30:00.000Z,2026-03-09T12:00:00.000Z']),
      );
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('adds whole days of 24 hours', () => {
    expect(addDays('2026-01-01T06:30:00.000Z', 60)).toBe('2026-03-02T06:30:00.000Z');
    expect(addDays('2024-01-01T06:30:00.000Z', 60)).toBe('2024-03-01T06:30:00.000Z');
  });

  it('reads a date-only value as a UTC day and a date-time only with its zone', () => {
    expect(toUtcIso('2026-01-15')).toBe('2026-01-15T00:00:00.000Z');
    expect(toUtcIso('2026-01-15T17:00:00+08:00')).toBe('2026-01-15T09:00:00.000Z');
    expect(() => instantOf('2026-01-15T09:00:00')).toThrow(DomainError);
    expect(() => instantOf('yesterday')).toThrow(DomainError);
  });

  it('compares instants, not strings', () => {
    expect(isAfter('2026-01-15T10:00:00+02:00', '2026-01-15T07:59:59.999Z')).toBe(true);
    expect(isAfter('2026-01-15T10:00:00+02:00', '2026-01-15T08:00:00.000Z')).toBe(false);
  });
});

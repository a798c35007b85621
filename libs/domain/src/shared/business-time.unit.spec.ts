import { decidedAt, rejectionOf } from '../testing/decider-spec';
import {
  BUSINESS_TIME_IN_FUTURE,
  CLOCK_SKEW_MS,
  businessInstant,
  businessTimeOf,
  isBefore,
  isBusinessTime,
  requireNotBefore,
} from './business-time';
import { DomainError } from './domain-error';
import { BUSINESS_TIME_INVALID } from './jurisdiction-calendar';

const NOW = '2026-01-15T09:00:00.000Z';
const context = decidedAt(NOW);

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

  it('compares instants, not text', () => {
    expect(isBefore('2026-03-01T07:59:00+08:00', '2026-03-01T00:00:00Z')).toBe(true);
    expect(isBefore('2026-03-01T00:00:00Z', '2026-03-01T08:00:00+08:00')).toBe(false);
  });
});

describe('businessTimeOf: when a command says something happened', () => {
  it('is the request time when the caller omits it', () => {
    expect(businessTimeOf(undefined, context, 'occurredAt')).toBe(NOW);
    expect(businessTimeOf(null, context, 'occurredAt')).toBe(NOW);
  });

  it('reads a date alone as the start of that day in the jurisdiction', () => {
    expect(businessTimeOf('2026-01-15', context, 'occurredAt')).toBe('2026-01-14T16:00:00.000Z');
  });

  it('keeps the caller’s instant, in canonical UTC', () => {
    expect(businessTimeOf('2026-01-10T10:00:00+08:00', context, 'occurredAt')).toBe(
      '2026-01-10T02:00:00.000Z',
    );
  });

  it('accepts a time ahead of the server’s clock by the skew at most', () => {
    const atSkew = new Date(Date.parse(NOW) + CLOCK_SKEW_MS).toISOString();
    expect(CLOCK_SKEW_MS).toBe(5 * 60 * 1000);
    expect(businessTimeOf(atSkew, context, 'occurredAt')).toBe(atSkew);
  });

  it('refuses a time later than now plus the clock skew', () => {
    const beyond = new Date(Date.parse(NOW) + CLOCK_SKEW_MS + 1).toISOString();
    const rejection = rejectionOf(() => businessTimeOf(beyond, context, 'effectiveFrom'));
    expect(rejection).toBeInstanceOf(DomainError);
    expect(rejection).toMatchObject({ code: BUSINESS_TIME_IN_FUTURE });
    expect((rejection as Error).message).toContain('effectiveFrom');
  });

  it('refuses a time that is not ISO-8601 with a zone', () => {
    expect(rejectionOf(() => businessTimeOf('15/01/2026', context, 'occurredAt'))).toMatchObject({
      code: BUSINESS_TIME_INVALID,
    });
  });
});

describe('requireNotBefore: a fact is not dated before what it rests on', () => {
  it('accepts the same instant and a later one', () => {
    expect(() => {
      requireNotBefore('2026-01-10T00:00:00Z', '2026-01-10T08:00:00+08:00', 'X', () => 'x');
      requireNotBefore('2026-01-11T00:00:00Z', '2026-01-10T00:00:00Z', 'X', () => 'x');
    }).not.toThrow();
  });

  it('refuses an earlier instant with the code and message given', () => {
    const rejection = rejectionOf(() =>
      requireNotBefore(
        '2026-01-09T23:59:59.999Z',
        '2026-01-10T00:00:00Z',
        'TOO_EARLY',
        () => 'why',
      ),
    );
    expect(rejection).toBeInstanceOf(DomainError);
    expect(rejection).toMatchObject({ code: 'TOO_EARLY', message: 'why' });
  });
});

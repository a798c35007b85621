import type { DecisionContext } from './decider';
import { DomainError } from './domain-error';

// A date-only value is a UTC day here; the jurisdiction's calendar reads date-only INPUT in its
// own zone before anything is stored (JurisdictionCalendar.businessTime), so stored date-only
// values are those written before business times were read in the jurisdiction's zone.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Milliseconds since the epoch of an ISO-8601 business time, or NaN when it is not one. */
export function businessInstant(iso: string): number {
  const [, year, month, day] = ISO_8601.exec(iso) ?? [];
  if (day === undefined) return Number.NaN;
  const calendarDay = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return calendarDay.getUTCDate() === Number(day) ? Date.parse(iso) : Number.NaN;
}

/** Is this a business time the domain accepts (a real day; a date-time with its zone)? */
export function isBusinessTime(iso: string): boolean {
  return !Number.isNaN(businessInstant(iso));
}

/** How far ahead of the server's clock a caller's clock may run (docs/domain.md, "Time"). */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export const BUSINESS_TIME_IN_FUTURE = 'BUSINESS_TIME_IN_FUTURE';

/**
 * The business time of a command: the caller's (a date alone is the start of that day in the
 * jurisdiction's zone) or, when omitted, the request time. Never later than now, clock skew aside.
 */
export function businessTimeOf(
  given: string | null | undefined,
  context: DecisionContext,
  field: string,
): string {
  if (given === undefined || given === null) return context.now.toISOString();
  const at = context.calendar.businessTime(given);
  if (businessInstant(at) > context.now.getTime() + CLOCK_SKEW_MS) {
    throw new DomainError(
      BUSINESS_TIME_IN_FUTURE,
      `${field} ${given} is later than now: business times say when something already happened`,
    );
  }
  return at;
}

/** True when instant `a` is strictly before instant `b`. */
export function isBefore(a: string, b: string): boolean {
  return businessInstant(a) < businessInstant(b);
}

/** Refuses a fact dated before what it rests on. */
export function requireNotBefore(
  at: string,
  earliest: string,
  code: string,
  message: () => string,
): void {
  if (isBefore(at, earliest)) throw new DomainError(code, message());
}

import { businessInstant } from '../shared/business-time';
import { DomainError } from '../shared/domain-error';

const DAY_MS = 24 * 60 * 60 * 1000;

export const CALENDAR_ERRORS = {
  BUSINESS_TIME_INVALID: 'BUSINESS_TIME_INVALID',
} as const;

/** Milliseconds since the epoch of an ISO-8601 business time; rejects anything else. */
export function instantOf(iso: string): number {
  const instant = businessInstant(iso);
  if (Number.isNaN(instant)) {
    throw new DomainError(
      CALENDAR_ERRORS.BUSINESS_TIME_INVALID,
      `${iso} is not an ISO-8601 time with a zone`,
    );
  }
  return instant;
}

/** The same instant in canonical UTC form (`2026-01-15T09:00:00.000Z`). */
export function toUtcIso(iso: string): string {
  return new Date(instantOf(iso)).toISOString();
}

/** Whole days of 24 hours later (UTC, so there is no daylight-saving hour to gain or lose). */
export function addDays(iso: string, days: number): string {
  return new Date(instantOf(iso) + days * DAY_MS).toISOString();
}

/**
 * Calendar months later in UTC, keeping the time of day; a day that the target month lacks is
 * clamped to its last day (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(iso: string, months: number): string {
  const from = new Date(instantOf(iso));
  const monthIndex = from.getUTCMonth() + months;
  const year = from.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(from.getUTCDate(), lastDay),
      from.getUTCHours(),
      from.getUTCMinutes(),
      from.getUTCSeconds(),
      from.getUTCMilliseconds(),
    ),
  ).toISOString();
}

/** True when `a` is strictly later than `b`. */
export function isAfter(a: string, b: string): boolean {
  return instantOf(a) > instantOf(b);
}

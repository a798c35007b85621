import { DomainError } from '../shared/domain-error';
import { ACCIDENT_ERRORS } from './accident.errors';

// Date-only values are UTC days; date-times must carry a zone so the answer never depends on
// the machine's time zone.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Milliseconds since the epoch of an ISO-8601 business time; rejects anything else. */
export function accidentInstant(iso: string, field: string): number {
  const [, year, month, day] = ISO_8601.exec(iso) ?? [];
  const calendarDay = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const instant = calendarDay.getUTCDate() === Number(day) ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(instant)) {
    throw new DomainError(
      ACCIDENT_ERRORS.ACCIDENT_TIME_INVALID,
      `${field} is not an ISO-8601 time: ${iso}`,
    );
  }
  return instant;
}

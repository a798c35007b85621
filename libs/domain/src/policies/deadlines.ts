import type { JurisdictionCalendar } from '../shared/jurisdiction-calendar';

/** Post-accident investigations are due this many days after the accident (docs/domain.md). */
export const POST_ACCIDENT_INVESTIGATION_DAYS = 60;

/** The one extension of an investigation deadline may add at most this many days. */
export const MAX_DEADLINE_EXTENSION_DAYS = 60;

/** Days after the decision during which a sanctioned subject may appeal, unless configured. */
export const DEFAULT_APPEAL_WINDOW_DAYS = 30;

/** Days a subject has to answer a hearing notice, unless configured. */
export const DEFAULT_HEARING_RESPONSE_DAYS = 5;

// Deadlines counted in days end with the last local day of the jurisdiction: an accident on
// 1 September (Beijing time) is due by the end of 31 October, Beijing time.

/** When a post-accident investigation is due: the end of the 60th local day after the accident. */
export function postAccidentInvestigationDueAt(
  accidentOccurredAt: string,
  calendar: JurisdictionCalendar,
): string {
  return calendar.endOfDayAfter(accidentOccurredAt, POST_ACCIDENT_INVESTIGATION_DAYS);
}

/** An extension is a whole number of days, at least one and at most 60. */
export function isAllowedExtension(days: number): boolean {
  return Number.isInteger(days) && days >= 1 && days <= MAX_DEADLINE_EXTENSION_DAYS;
}

/** The last instant at which an appeal may be filed (inclusive). */
export function appealWindowClosesAt(
  decidedAt: string,
  windowDays: number,
  calendar: JurisdictionCalendar,
): string {
  return calendar.endOfDayAfter(decidedAt, windowDays);
}

/** The last instant at which the subject may answer a hearing notice (inclusive). */
export function hearingResponseEndsAt(
  servedAt: string,
  responseDays: number,
  calendar: JurisdictionCalendar,
): string {
  return calendar.endOfDayAfter(servedAt, responseDays);
}

import type { JurisdictionCalendar } from '@dutyledger/domain';

/**
 * The first instant of the jurisdiction's `year` and of the year after (canonical UTC, comparable
 * as strings with the stored span times): 1 January 00:00 in DUTYLEDGER_TIME_ZONE.
 */
export function yearWindow(
  year: number,
  calendar: JurisdictionCalendar,
): { start: string; end: string } {
  return { start: calendar.periodStart(String(year)), end: calendar.periodEnd(String(year)) };
}

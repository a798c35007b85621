// A date-only value is a UTC day; a date-time must carry its zone, so that no answer ever depends
// on the time zone of the machine that computes it.
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

import type { Cadence, JurisdictionCalendar } from '@dutyledger/domain';

/** A span of a work-safety duty with one cadence (canonical UTC times; `toAt` null while active). */
export interface DueSpan {
  readonly cadence: Cadence;
  readonly fromAt: string;
  readonly toAt: string | null;
  /** The type of the event that ended the span: `DutyAmended` (new cadence) or `DutyRevoked`. */
  readonly closedBy: string | null;
}

/** A period of a cadence in the jurisdiction's calendar: `2026-03`, `2026-Q1` or `2026`. */
interface LocalPeriod {
  readonly period: string;
  /** Its first instant and the first instant after it, in ms. */
  readonly start: number;
  readonly end: number;
}

const PERIODS_OF_YEAR: Record<Exclude<Cadence, 'ONCE'>, (year: number) => string[]> = {
  MONTHLY: (year) =>
    Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`),
  QUARTERLY: (year) => [1, 2, 3, 4].map((quarter) => `${year}-Q${quarter}`),
  ANNUAL: (year) => [String(year)],
};

/**
 * Bounds of periods per calendar: a year's report asks for the same few dozen periods a lot, and
 * for each cadence's periods of a year once per span (the year's report, and each fact the
 * projection writes).
 */
const remembered = new WeakMap<
  JurisdictionCalendar,
  { periods: Map<string, LocalPeriod>; ofYear: Map<string, readonly LocalPeriod[]> }
>();

function rememberedFor(calendar: JurisdictionCalendar) {
  let known = remembered.get(calendar);
  if (known === undefined) {
    known = { periods: new Map(), ofYear: new Map() };
    remembered.set(calendar, known);
  }
  return known;
}

function localPeriod(period: string, calendar: JurisdictionCalendar): LocalPeriod {
  const { periods } = rememberedFor(calendar);
  let found = periods.get(period);
  if (found === undefined) {
    found = {
      period,
      start: Date.parse(calendar.periodStart(period)),
      end: Date.parse(calendar.periodEnd(period)),
    };
    periods.set(period, found);
  }
  return found;
}

/** The periods of a cadence in a year, with their bounds, worked out once per calendar. */
function localPeriodsOf(
  cadence: Exclude<Cadence, 'ONCE'>,
  year: number,
  calendar: JurisdictionCalendar,
): readonly LocalPeriod[] {
  const { ofYear } = rememberedFor(calendar);
  const key = `${cadence} ${year}`;
  let periods = ofYear.get(key);
  if (periods === undefined) {
    periods = PERIODS_OF_YEAR[cadence](year).map((period) => localPeriod(period, calendar));
    ofYear.set(key, periods);
  }
  return periods;
}

const spanBounds = (span: DueSpan): [number, number] => [
  Date.parse(span.fromAt),
  span.toAt === null ? Number.POSITIVE_INFINITY : Date.parse(span.toAt),
];

/**
 * Does the span owe `period` (a period of the span's own cadence)? It does when it was active at
 * any moment of the period, except that when a cadence amendment ended the span, the period in
 * which the amendment took effect is owed under the new cadence only, so nothing is owed twice.
 */
function owes(span: DueSpan, period: LocalPeriod): boolean {
  const [from, to] = spanBounds(span);
  return owesBetween(from, to, span.closedBy, period);
}

/** `owes`, the span's bounds parsed already (ms). */
function owesBetween(
  from: number,
  to: number,
  closedBy: string | null,
  period: LocalPeriod,
): boolean {
  const overlaps = period.start < to && period.end > from;
  const owedUnderNextCadence = closedBy === 'DutyAmended' && period.end > to;
  return overlaps && !owedUnderNextCadence;
}

const nonEmpty = (span: DueSpan): boolean => {
  const [from, to] = spanBounds(span);
  return to > from;
};

/**
 * How many periods of its cadence a duty owes in `year` over one span, months, quarters and years
 * being the jurisdiction's (`calendar`): every period the span overlaps (see `owes`). A ONCE duty
 * owes one performance, in the local year the span begins. An empty span owes nothing.
 */
export function periodsDue(span: DueSpan, year: number, calendar: JurisdictionCalendar): number {
  const [from, to] = spanBounds(span);
  if (to <= from) return 0;
  if (span.cadence === 'ONCE') return calendar.yearOf(span.fromAt) === year ? 1 : 0;
  let owed = 0;
  for (const period of localPeriodsOf(span.cadence, year, calendar)) {
    if (owesBetween(from, to, span.closedBy, period)) owed += 1;
  }
  return owed;
}

/** The cadence a period is written for: `ONCE`, `2026` (ANNUAL), `2026-Q1`, `2026-03`. */
export function cadenceOfPeriod(period: string): Cadence | undefined {
  if (period === 'ONCE') return 'ONCE';
  if (/^\d{4}$/.test(period)) return 'ANNUAL';
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'QUARTERLY';
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return 'MONTHLY';
  return undefined;
}

/** Where a performance counts: in `year` when its period was due, or beside the count when not. */
export interface PerformanceStanding {
  readonly due: boolean;
  readonly year: number;
}

/**
 * Was `period` due when a performance for it happened at `performedAt` (docs: "a performance
 * counts only for a period that was due")? It was when one of the duty's spans owes it, under the
 * same rule as `periodsDue`, and the period had begun by then. A ONCE performance counts in the
 * local year the ONCE span began. A performance that counts nowhere stays in the year of its
 * period (of its performance, for ONCE or a period it cannot read) so the drill-down shows it,
 * uncounted.
 */
export function performanceStanding(
  period: string,
  performedAt: string,
  spans: readonly DueSpan[],
  calendar: JurisdictionCalendar,
): PerformanceStanding {
  const cadence = cadenceOfPeriod(period);
  if (cadence === 'ONCE') {
    const once = spans.find((span) => span.cadence === 'ONCE' && nonEmpty(span));
    return once === undefined
      ? { due: false, year: calendar.yearOf(performedAt) }
      : { due: true, year: calendar.yearOf(once.fromAt) };
  }
  if (cadence === undefined) return { due: false, year: calendar.yearOf(performedAt) };
  const year = Number(period.slice(0, 4));
  const local = localPeriod(period, calendar);
  const begun = local.start <= Date.parse(performedAt);
  const due = begun && spans.some((span) => span.cadence === cadence && owes(span, local));
  return { due, year };
}

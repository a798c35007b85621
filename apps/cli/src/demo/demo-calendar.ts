const DAY_MS = 86_400_000;

const pad = (value: number): string => String(value).padStart(2, '0');

/** The recurring cadences, and how many months each period lasts. */
export type DemoCadence = 'MONTHLY' | 'QUARTERLY' | 'ANNUAL';
const MONTHS: Readonly<Record<DemoCadence, number>> = { MONTHLY: 1, QUARTERLY: 3, ANNUAL: 12 };

/** A recurring period of a duty (`2026-03`, `2026-Q1`, `2026`) and when it was performed. */
export interface DemoPeriod {
  readonly period: string;
  readonly performedAt: string;
  /** whole days between the performance and the end of the window */
  readonly daysAgo: number;
}

/**
 * The scenario's time: two years that end on the day of the load. Every business time is a whole
 * number of days before that day, on a calendar day of the jurisdiction (China Standard Time, no
 * daylight saving): a date alone (`2025-03-01`, the start of that day in Asia/Shanghai) for what
 * takes effect on a day, or a time with its +08:00 offset. A load on the same day sends the same
 * bodies, and nothing is in the future whatever the hour of the load.
 */
export class DemoCalendar {
  /** UTC midnight of the load's day: the end of the two-year window. */
  readonly anchor: Date;

  constructor(now: Date) {
    this.anchor = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  }

  /** `YYYY-MM-DD` of the load's day. */
  get anchorDay(): string {
    return this.day(0);
  }

  /** The UTC year of the load's day. */
  get year(): number {
    return this.anchor.getUTCFullYear();
  }

  /** The calendar day `days` days before the load, as `YYYY-MM-DD`. */
  day(days: number): string {
    return new Date(this.anchor.getTime() - days * DAY_MS).toISOString().slice(0, 10);
  }

  /** A moment `days` (at least 1) days before the load, at `time` China Standard Time. */
  at(days: number, time = '10:00'): string {
    if (days < 1) throw new RangeError(`a demo fact happens at least a day ago, not ${days}`);
    return `${this.day(days)}T${time}:00+08:00`;
  }

  /** Whole days from a calendar day (month index from 0; overflow rolls over) to the load. */
  daysAgo(year: number, monthIndex: number, day: number): number {
    return Math.round((this.anchor.getTime() - Date.UTC(year, monthIndex, day)) / DAY_MS);
  }

  /** Days before the load of the first day of the period of `cadence` holding day `days`. */
  periodStart(cadence: DemoCadence, days: number): number {
    const date = new Date(this.anchor.getTime() - days * DAY_MS);
    const months = MONTHS[cadence];
    const monthIndex = date.getUTCMonth() - (date.getUTCMonth() % months);
    return this.daysAgo(date.getUTCFullYear(), monthIndex, 1);
  }

  /** Days before the load of the first day of the period after the one holding day `days`. */
  nextPeriodStart(cadence: DemoCadence, days: number): number {
    const date = new Date(this.anchor.getTime() - this.periodStart(cadence, days) * DAY_MS);
    return this.daysAgo(date.getUTCFullYear(), date.getUTCMonth() + MONTHS[cadence], 1);
  }

  /**
   * The periods due from a duty in force from day `fromDays` (until day `untilDays`, when its
   * cadence changed or it was revoked then) that ended before the load's period, oldest first.
   * Each is performed on its usual day (the 24th of a month, the 20th of a quarter's last month,
   * 18 December), or on the day the duty took effect when that is later.
   */
  periodsDue(
    cadence: DemoCadence,
    fromDays: number,
    untilDays: number | null = null,
  ): DemoPeriod[] {
    const months = MONTHS[cadence];
    const loadPeriod = this.periodStart(cadence, 0);
    const periods: DemoPeriod[] = [];
    for (let start = this.periodStart(cadence, fromDays); start > loadPeriod;) {
      if (untilDays !== null && start <= untilDays) break;
      const first = new Date(this.anchor.getTime() - start * DAY_MS);
      const year = first.getUTCFullYear();
      const monthIndex = first.getUTCMonth();
      const lastMonth = monthIndex + months - 1;
      const usual = this.daysAgo(year, lastMonth, { 1: 24, 3: 20, 12: 18 }[months] ?? 1);
      const daysAgo = Math.min(usual, fromDays);
      if (untilDays === null || daysAgo > untilDays) {
        periods.push({
          period:
            cadence === 'MONTHLY'
              ? `${year}-${pad(monthIndex + 1)}`
              : cadence === 'QUARTERLY'
                ? `${year}-Q${monthIndex / 3 + 1}`
                : String(year),
          performedAt: this.at(daysAgo),
          daysAgo,
        });
      }
      start = this.daysAgo(year, monthIndex + months, 1);
    }
    return periods;
  }
}

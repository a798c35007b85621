const DAY_MS = 86_400_000;

const pad = (value: number): string => String(value).padStart(2, '0');

/** A recurring period of a duty (`2026-03`, `2026-Q1`, `2026`) and when it was performed. */
export interface DemoPeriod {
  readonly period: string;
  readonly performedAt: string;
  /** whole days between the performance and the end of the window */
  readonly daysAgo: number;
}

/**
 * The scenario's time: two years that end on the day of the load. Every business time is a whole
 * number of days before that day (at a fixed hour of China Standard Time, which is still the
 * previous day in UTC), so a load on the same day sends the same bodies, and nothing is in the
 * future whatever the hour of the load.
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

  /** The UTC day `days` days before the load, as `YYYY-MM-DD` (appointments take effect on days). */
  day(days: number): string {
    return new Date(this.anchor.getTime() - days * DAY_MS).toISOString().slice(0, 10);
  }

  /** A moment `days` (at least 1) days before the load, at `time` China Standard Time. */
  at(days: number, time = '10:00'): string {
    if (days < 1) throw new RangeError(`a demo fact happens at least a day ago, not ${days}`);
    return `${this.day(days)}T${time}:00+08:00`;
  }

  /** Whole days from a UTC calendar day to the load's day. */
  daysAgo(year: number, monthIndex: number, day: number): number {
    return Math.round((this.anchor.getTime() - Date.UTC(year, monthIndex, day)) / DAY_MS);
  }

  /** The `count` months before the load's month, oldest first, each performed on its 24th. */
  months(count: number): DemoPeriod[] {
    return this.periods(count, 1, (year, monthIndex) => `${year}-${pad(monthIndex + 1)}`, 24);
  }

  /** The `count` quarters before the load's quarter, oldest first, performed on the 20th of their last month. */
  quarters(count: number): DemoPeriod[] {
    return this.periods(count, 3, (year, monthIndex) => `${year}-Q${monthIndex / 3 + 1}`, 20);
  }

  /** The two years before the load's year, oldest first, performed on 18 December. */
  years(): DemoPeriod[] {
    return [this.year - 2, this.year - 1].map((year) => ({
      period: String(year),
      performedAt: `${year}-12-18T10:00:00+08:00`,
      daysAgo: this.daysAgo(year, 11, 18),
    }));
  }

  /** Days before the load of the first and the last day of a year (the last may be negative). */
  yearSpan(year: number): { fromDaysAgo: number; toDaysAgo: number } {
    return { fromDaysAgo: this.daysAgo(year, 0, 1), toDaysAgo: this.daysAgo(year, 11, 31) };
  }

  private periods(
    count: number,
    months: number,
    name: (year: number, monthIndex: number) => string,
    dayOfLastMonth: number,
  ): DemoPeriod[] {
    const current = this.anchor.getUTCMonth() - (this.anchor.getUTCMonth() % months);
    const periods: DemoPeriod[] = [];
    for (let back = count; back >= 1; back--) {
      const start = new Date(Date.UTC(this.year, current - back * months, 1));
      const year = start.getUTCFullYear();
      const monthIndex = start.getUTCMonth();
      const lastMonth = monthIndex + months - 1;
      periods.push({
        period: name(year, monthIndex),
        performedAt: `${year}-${pad(lastMonth + 1)}-${pad(dayOfLastMonth)}T10:00:00+08:00`,
        daysAgo: this.daysAgo(year, lastMonth, dayOfLastMonth),
      });
    }
    return periods;
  }
}

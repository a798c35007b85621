import { DomainError } from './domain-error';
import { businessInstant } from './business-time';

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/;

/** The code of every business time the calendar cannot read. */
export const BUSINESS_TIME_INVALID = 'BUSINESS_TIME_INVALID';

/** A calendar date in the jurisdiction: year, month 1–12, day 1–31. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The jurisdiction's calendar (docs/domain.md, "Time"): months, years, deadlines counted in days
 * and date-only inputs are read in one IANA time zone (Asia/Shanghai by default), never in the
 * zone of the machine. Instants are ISO-8601 strings in UTC (`2026-09-01T07:00:00.000Z`).
 */
export interface JurisdictionCalendar {
  readonly timeZone: string;
  /** A business time as an instant: a date alone is the start of that local day. */
  businessTime(input: string): string;
  /** An as-of bound as an instant: a date alone is the END of that local day (its last ms). */
  asOf(input: string): string;
  /** The local calendar date of an instant. */
  dateOf(instant: string): LocalDate;
  /** `YYYY-MM` of the local month an instant falls in. */
  monthOf(instant: string): string;
  /** The local year an instant falls in. */
  yearOf(instant: string): number;
  /** The last instant of the local day `days` calendar days after the local day of `instant`. */
  endOfDayAfter(instant: string, days: number): string;
  /** The same local wall time `months` calendar months later, clamped to the month's last day. */
  addMonths(instant: string, months: number): string;
  /** First instant of a period (`2026`, `2026-Q3`, `2026-07`): its first local day, 00:00. */
  periodStart(period: string): string;
  /** First instant after a period: the start of the next one. */
  periodEnd(period: string): string;
  /** The local midnight that starts a date. */
  startOfDay(date: LocalDate): string;
}

function invalid(input: string): DomainError {
  return new DomainError(
    BUSINESS_TIME_INVALID,
    `${input} is not an ISO-8601 date, or a date-time with its zone`,
  );
}

/** Is `timeZone` an IANA zone this runtime knows? */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar of a jurisdiction in the given IANA time zone. */
export function jurisdictionCalendar(timeZone: string): JurisdictionCalendar {
  if (!isTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  // Offsets change at most a few times a year: remember them per hour of the epoch.
  const offsets = new Map<number, number>();

  /** Local wall time minus UTC at an instant, in ms. */
  function offsetAt(instant: number): number {
    const hour = Math.floor(instant / 3_600_000);
    const known = offsets.get(hour);
    if (known !== undefined) return known;
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(hour * 3_600_000))) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    const wall = Date.UTC(
      parts.year ?? 1970,
      (parts.month ?? 1) - 1,
      parts.day ?? 1,
      parts.hour ?? 0,
      parts.minute ?? 0,
      parts.second ?? 0,
    );
    const offset = wall - hour * 3_600_000;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(hour, offset);
    return offset;
  }

  /**
   * The instant at which the local wall clock shows `wall` (a UTC-encoded wall time). Around a
   * change of offset a wall time may show twice (clocks go back: the first one is taken) or never
   * (clocks jump forward: it is read past the jump, as a clock does, so a day whose midnight is
   * skipped starts at the jump, not in the day before). Offsets a day either side bound the change.
   */
  function fromWall(wall: number): number {
    const before = offsetAt(wall - DAY_MS);
    const after = offsetAt(wall + DAY_MS);
    const shown = [wall - before, wall - after].filter(
      (instant) => instant + offsetAt(instant) === wall,
    );
    return shown.length > 0 ? Math.min(...shown) : wall - before;
  }

  const wallOf = (instant: number): Date => new Date(instant + offsetAt(instant));

  function instantOf(input: string): number {
    const instant = businessInstant(input);
    if (Number.isNaN(instant)) throw invalid(input);
    return instant;
  }

  function startOfDay({ year, month, day }: LocalDate): number {
    return fromWall(Date.UTC(year, month - 1, day));
  }

  function dateOf(instant: string): LocalDate {
    const wall = wallOf(instantOf(instant));
    return {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
    };
  }

  function periodBounds(period: string): [number, number] {
    const match = PERIOD.exec(period);
    if (match === null) throw new RangeError(`Not a period: ${period}`);
    const year = Number(match[1]);
    if (match[2] !== undefined) {
      const first = (Number(match[2]) - 1) * 3;
      return [fromWall(Date.UTC(year, first, 1)), fromWall(Date.UTC(year, first + 3, 1))];
    }
    if (match[3] !== undefined) {
      const month = Number(match[3]) - 1;
      return [fromWall(Date.UTC(year, month, 1)), fromWall(Date.UTC(year, month + 1, 1))];
    }
    return [fromWall(Date.UTC(year, 0, 1)), fromWall(Date.UTC(year + 1, 0, 1))];
  }

  const iso = (instant: number): string => new Date(instant).toISOString();

  return {
    timeZone,
    businessTime(input) {
      const date = DATE_ONLY.exec(input);
      if (date === null) return iso(instantOf(input));
      instantOf(input); // a real day
      return iso(
        startOfDay({ year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) }),
      );
    },
    asOf(input) {
      const date = DATE_ONLY.exec(input);
      if (date === null) return iso(instantOf(input));
      instantOf(input);
      const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
      return iso(fromWall(Date.UTC(year, month - 1, day + 1)) - 1);
    },
    dateOf,
    monthOf(instant) {
      const { year, month } = dateOf(instant);
      return `${year}-${String(month).padStart(2, '0')}`;
    },
    yearOf: (instant) => dateOf(instant).year,
    endOfDayAfter(instant, days) {
      const { year, month, day } = dateOf(instant);
      return iso(fromWall(Date.UTC(year, month - 1, day + days + 1)) - 1);
    },
    addMonths(instant, months) {
      const wall = wallOf(instantOf(instant));
      const monthIndex = wall.getUTCMonth() + months;
      const year = wall.getUTCFullYear() + Math.floor(monthIndex / 12);
      const month = ((monthIndex % 12) + 12) % 12;
      const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
      const target = Date.UTC(
        year,
        month,
        Math.min(wall.getUTCDate(), lastDay),
        wall.getUTCHours(),
        wall.getUTCMinutes(),
        wall.getUTCSeconds(),
        wall.getUTCMilliseconds(),
      );
      return iso(fromWall(target));
    },
    periodStart: (period) => iso(periodBounds(period)[0]),
    periodEnd: (period) => iso(periodBounds(period)[1]),
    startOfDay: (date) => iso(startOfDay(date)),
  };
}

/** Calendars by zone: one per zone per process (their offset caches are worth keeping). */
const calendars = new Map<string, JurisdictionCalendar>();

export function calendarFor(timeZone: string): JurisdictionCalendar {
  let calendar = calendars.get(timeZone);
  if (calendar === undefined) {
    calendar = jurisdictionCalendar(timeZone);
    calendars.set(timeZone, calendar);
  }
  return calendar;
}

/** The default jurisdiction: Beijing time. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Whole days between two instants, rounded down (for "days overdue"). */
export function wholeDaysBetween(from: string, to: string): number {
  return Math.floor((businessInstant(to) - businessInstant(from)) / DAY_MS);
}

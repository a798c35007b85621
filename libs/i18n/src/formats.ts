import type { Lang } from './lang';

/** English month names as readers of our reports expect them ("Sep", where en-GB now says "Sept"). */
const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

const numericParts = new Map<string, Intl.DateTimeFormat>();

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The calendar date and wall-clock time of `instant` in `timeZone`, as numbers. */
function wallClock(instant: Date, timeZone: string): WallClock {
  let format = numericParts.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    numericParts.set(timeZone, format);
  }
  // One formatToParts per instant (it was one per field, five per call): a timeline page says
  // every instant of its entries, and this was a sixth of the page's CPU.
  const clock = { year: NaN, month: NaN, day: NaN, hour: NaN, minute: NaN };
  for (const { type, value } of format.formatToParts(instant)) {
    if (
      type === 'year' ||
      type === 'month' ||
      type === 'day' ||
      type === 'hour' ||
      type === 'minute'
    )
      clock[type] = Number(value);
  }
  return clock;
}

const instantOf = (value: Date | string): Date | undefined => {
  const instant = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(instant.getTime()) ? undefined : instant;
};

const two = (value: number): string => String(value).padStart(2, '0');

/**
 * A date of the calendar in the reader's form: `2026年9月1日` / `1 Sep 2026`. A value that is not
 * an instant is said as it is.
 */
export function formatDate(lang: Lang, value: Date | string, timeZone: string): string {
  const instant = instantOf(value);
  return instant === undefined ? String(value) : dateOf(lang, wallClock(instant, timeZone));
}

const dateOf = (lang: Lang, { year, month, day }: WallClock): string =>
  lang === 'zh-CN' ? `${year}年${month}月${day}日` : `${day} ${MONTHS_EN[month - 1]} ${year}`;

/**
 * An instant as the reader's wall-clock time in `timeZone` (the jurisdiction's,
 * DUTYLEDGER_TIME_ZONE): `2026年9月1日 15:00` / `1 Sep 2026, 15:00`.
 */
export function formatDateTime(lang: Lang, value: Date | string, timeZone: string): string {
  const instant = instantOf(value);
  if (instant === undefined) return String(value);
  const clock = wallClock(instant, timeZone);
  const time = `${two(clock.hour)}:${two(clock.minute)}`;
  return lang === 'zh-CN' ? `${dateOf(lang, clock)} ${time}` : `${dateOf(lang, clock)}, ${time}`;
}

const yuanFormats = new Map<Lang, Intl.NumberFormat>();

/** An amount of yuan with grouping: `¥1,234,567.50` / `CN¥1,234,567.50`. */
export function formatYuan(lang: Lang, amount: number): string {
  let format = yuanFormats.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang, { style: 'currency', currency: 'CNY' });
    yuanFormats.set(lang, format);
  }
  return format.format(amount);
}

const countFormats = new Map<Lang, Intl.NumberFormat>();

/** A count with grouping in the reader's form (`12,345`). */
export function formatCount(lang: Lang, count: number): string {
  let format = countFormats.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    countFormats.set(lang, format);
  }
  return format.format(count);
}

/**
 * Names compared as a reader of Chinese sorts them: by pinyin (`Intl.Collator('zh-CN')`), Latin
 * names among them by their letters; equal names keep their order.
 */
export const NAME_COLLATOR = new Intl.Collator('zh-CN', { sensitivity: 'base', numeric: true });
export const compareNames = (a: string, b: string): number => NAME_COLLATOR.compare(a, b);

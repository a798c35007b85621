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

/** The calendar date and wall-clock time of `instant` in `timeZone`, as numbers. */
function wallClock(instant: Date, timeZone: string) {
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
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(format.formatToParts(instant).find((each) => each.type === type)?.value ?? NaN);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
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
  if (instant === undefined) return String(value);
  const { year, month, day } = wallClock(instant, timeZone);
  return lang === 'zh-CN'
    ? `${year}年${month}月${day}日`
    : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/**
 * An instant as the reader's wall-clock time in `timeZone` (the jurisdiction's,
 * DUTYLEDGER_TIME_ZONE): `2026年9月1日 15:00` / `1 Sep 2026, 15:00`.
 */
export function formatDateTime(lang: Lang, value: Date | string, timeZone: string): string {
  const instant = instantOf(value);
  if (instant === undefined) return String(value);
  const { hour, minute } = wallClock(instant, timeZone);
  const date = formatDate(lang, instant, timeZone);
  return lang === 'zh-CN'
    ? `${date} ${two(hour)}:${two(minute)}`
    : `${date}, ${two(hour)}:${two(minute)}`;
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

/** A count with grouping in the reader's form (`12,345`). */
export const formatCount = (lang: Lang, count: number): string =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(count);

/**
 * Names compared as a reader of Chinese sorts them: by pinyin (`Intl.Collator('zh-CN')`), Latin
 * names among them by their letters; equal names keep their order.
 */
export const NAME_COLLATOR = new Intl.Collator('zh-CN', { sensitivity: 'base', numeric: true });
export const compareNames = (a: string, b: string): number => NAME_COLLATOR.compare(a, b);

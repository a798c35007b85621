/**
 * The dashboard's formats (public/i18n.js), made once per page and shared by every message: the
 * page's own module, run in Node. The browser specs check what the views
 * say; these check that a kept format is kept for exactly its locale and options.
 */
// The page imports the browser build that the api serves beside it (dashboard-assets.ts).
jest.mock(
  '../public/intl-messageformat.esm.js',
  () => jest.requireActual<typeof import('intl-messageformat')>('intl-messageformat'),
  { virtual: true },
);

import { IntlMessageFormat } from 'intl-messageformat';

/** What the spec uses of the page's module (checked JavaScript, without declarations of its own). */
interface PageFormats {
  numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat;
  dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dateTimeFormat, numberFormat } = require('../public/i18n.js') as PageFormats;

const instant = new Date('2026-09-01T07:00:00Z');

describe('the dashboard’s formats', () => {
  it('makes one number format per locale and options, and answers it again', () => {
    const counts = numberFormat('en', {});
    const yuan = numberFormat('en', { style: 'currency', currency: 'CNY' });

    expect(numberFormat('en', {})).toBe(counts);
    expect(numberFormat('en', { style: 'currency', currency: 'CNY' })).toBe(yuan);
    expect(numberFormat('zh-CN', {})).not.toBe(counts);
    expect(counts.format(1234567)).toBe('1,234,567');
    expect(yuan.format(1234567)).toBe('CN¥1,234,567.00');
  });

  it('keeps date formats apart by their options: a day is not a day and time', () => {
    const day: Intl.DateTimeFormatOptions = {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    };
    const withTime: Intl.DateTimeFormatOptions = {
      ...day,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    };

    expect(dateTimeFormat('zh-CN', day).format(instant)).toBe('2026年9月1日');
    expect(dateTimeFormat('zh-CN', withTime).format(instant)).toBe('2026年9月1日 15:00');
    expect(dateTimeFormat('zh-CN', day)).toBe(dateTimeFormat('zh-CN', day));
  });

  it('resolves a locale once for every message compiled in it', () => {
    const spy = jest.spyOn(Intl.NumberFormat, 'supportedLocalesOf');
    for (const message of ['{count, plural, one {# case} other {# cases}}', '{name} closed'])
      new IntlMessageFormat(message, 'en-GB');
    new IntlMessageFormat('{count} 件', 'zh-TW');

    expect(spy.mock.calls.map(([locales]) => locales)).toEqual(['en-GB', 'zh-TW']);
    expect(IntlMessageFormat.resolveLocale('en-GB')?.toString()).toBe('en-GB');
    spy.mockRestore();
  });
});

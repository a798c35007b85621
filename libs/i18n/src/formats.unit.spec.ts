import { compareNames, formatDate, formatDateTime, formatYuan } from './formats';

describe('local forms', () => {
  const instant = '2026-09-01T07:00:00.000Z';

  it('says an instant in the jurisdiction’s time zone, in the reader’s form', () => {
    expect(formatDateTime('zh-CN', instant, 'Asia/Shanghai')).toBe('2026年9月1日 15:00');
    expect(formatDateTime('en', instant, 'Asia/Shanghai')).toBe('1 Sep 2026, 15:00');
    expect(formatDateTime('en', instant, 'UTC')).toBe('1 Sep 2026, 07:00');
    // Late in the evening UTC is the next day in Beijing.
    expect(formatDate('zh-CN', '2026-12-31T16:30:00.000Z', 'Asia/Shanghai')).toBe('2027年1月1日');
    expect(formatDate('en', new Date('2026-12-31T16:30:00.000Z'), 'UTC')).toBe('31 Dec 2026');
  });

  it('says a value that is not an instant as it is', () => {
    expect(formatDateTime('zh-CN', 'not a date', 'Asia/Shanghai')).toBe('not a date');
  });

  it('reads an instant’s calendar fields in one pass of the time zone’s formatter', () => {
    // A timeline page says every instant it holds; this was five passes per field set, twice per
    // date and time.
    const passes = jest.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    try {
      expect(formatDateTime('en', '2026-03-08T01:59:00.000Z', 'Asia/Shanghai')).toBe(
        '8 Mar 2026, 09:59',
      );
      expect(passes).toHaveBeenCalledTimes(1);
    } finally {
      passes.mockRestore();
    }
  });

  it('groups yuan amounts', () => {
    expect(formatYuan('zh-CN', 1234567.5)).toBe('¥1,234,567.50');
    expect(formatYuan('en', 1234567.5)).toBe('CN¥1,234,567.50');
  });

  it('sorts Chinese names by pinyin (Node’s full ICU)', () => {
    const names = ['赵敏', '张伟', '王芳', '安静', '李娜', '陈刚'];
    expect([...names].sort(compareNames)).toEqual(['安静', '陈刚', '李娜', '王芳', '张伟', '赵敏']);
  });
});

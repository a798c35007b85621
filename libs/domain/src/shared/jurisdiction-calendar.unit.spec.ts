import { rejectionOf } from '../testing/decider-spec';
import { DomainError } from './domain-error';
import {
  BUSINESS_TIME_INVALID,
  DEFAULT_TIME_ZONE,
  calendarFor,
  isTimeZone,
  jurisdictionCalendar,
  wholeDaysBetween,
} from './jurisdiction-calendar';

const beijing = jurisdictionCalendar(DEFAULT_TIME_ZONE);
const newYork = jurisdictionCalendar('America/New_York');

describe('jurisdiction calendar: reading business times', () => {
  it('is Beijing time unless configured', () => {
    expect(DEFAULT_TIME_ZONE).toBe('Asia/Shanghai');
  });

  it('reads a date alone as the start of that local day', () => {
    expect(beijing.businessTime('2026-03-01')).toBe('2026-02-28T16:00:00.000Z');
  });

  it('stores a date-time as canonical UTC with milliseconds', () => {
    expect(beijing.businessTime('2026-03-01T08:00+08:00')).toBe('2026-03-01T00:00:00.000Z');
  });

  it.each(['2026-03-01T08:00:00', '2025-06-31', '1 March 2026', ''])(
    'refuses %p, which is not a date or a date-time with its zone',
    (input) => {
      const rejection = rejectionOf(() => beijing.businessTime(input));
      expect(rejection).toBeInstanceOf(DomainError);
      expect(rejection).toMatchObject({ code: BUSINESS_TIME_INVALID });
    },
  );

  it('reads a date-only as-of as the end of that local day, its last millisecond', () => {
    expect(beijing.asOf('2026-12-01')).toBe('2026-12-01T15:59:59.999Z');
  });

  it('reads a date-time as-of as that instant', () => {
    expect(beijing.asOf('2026-12-01T10:00:00+08:00')).toBe('2026-12-01T02:00:00.000Z');
  });

  it('refuses an as-of that is no real day', () => {
    expect(rejectionOf(() => beijing.asOf('2026-02-30'))).toMatchObject({
      code: BUSINESS_TIME_INVALID,
    });
  });
});

describe('jurisdiction calendar: months and years in the zone', () => {
  it('counts 2026-09-01T07:00 Beijing time in September (it is 31 August in UTC)', () => {
    expect(beijing.monthOf('2026-09-01T07:00:00+08:00')).toBe('2026-09');
  });

  it('counts the first eight hours of 1 January Beijing time in the new year', () => {
    expect(beijing.yearOf('2027-01-01T07:59:59+08:00')).toBe(2027);
    expect(beijing.monthOf('2026-12-31T16:00:00.000Z')).toBe('2027-01');
  });

  it('counts the last instant of 31 December Beijing time in the old year', () => {
    expect(beijing.yearOf('2026-12-31T15:59:59.999Z')).toBe(2026);
  });

  it('gives the local calendar date of an instant', () => {
    expect(beijing.dateOf('2026-02-28T16:00:00.000Z')).toEqual({ year: 2026, month: 3, day: 1 });
  });

  it('starts a local date at local midnight', () => {
    expect(beijing.startOfDay({ year: 2026, month: 3, day: 1 })).toBe('2026-02-28T16:00:00.000Z');
  });
});

describe('jurisdiction calendar: deadlines in local days', () => {
  it('ends a deadline with the last instant of the nth local day after', () => {
    // 1 September Beijing time (31 August UTC) + 60 days: the end of 31 October, Beijing time.
    expect(beijing.endOfDayAfter('2026-09-01T07:00:00+08:00', 60)).toBe('2026-10-31T15:59:59.999Z');
  });

  it('ends the same local day for zero days', () => {
    expect(beijing.endOfDayAfter('2026-09-01T23:30:00+08:00', 0)).toBe('2026-09-01T15:59:59.999Z');
  });

  it('counts whole days between two instants, rounded down', () => {
    expect(wholeDaysBetween('2026-01-01T00:00:00Z', '2026-01-03T23:59:59Z')).toBe(2);
  });
});

describe('jurisdiction calendar: months later in local wall time', () => {
  it('keeps the local wall time a month later', () => {
    // 1 March 00:30 Beijing time -> 1 April 00:30 Beijing time (UTC months would say 28 March).
    expect(beijing.addMonths('2026-02-28T16:30:00.000Z', 1)).toBe('2026-03-31T16:30:00.000Z');
  });

  it('clamps to the last local day of a shorter month', () => {
    // 31 January 00:30 Beijing time -> 28 February 00:30.
    expect(beijing.addMonths('2026-01-30T16:30:00.000Z', 1)).toBe('2026-02-27T16:30:00.000Z');
  });

  it('clamps to 29 February in a leap year', () => {
    expect(beijing.addMonths('2028-01-30T16:30:00.000Z', 1)).toBe('2028-02-28T16:30:00.000Z');
  });

  it('crosses years both ways', () => {
    expect(beijing.addMonths('2026-11-15T02:00:00.000Z', 18)).toBe('2028-05-15T02:00:00.000Z');
    expect(beijing.addMonths('2026-02-15T02:00:00.000Z', -3)).toBe('2025-11-15T02:00:00.000Z');
  });
});

describe('jurisdiction calendar: periods', () => {
  it.each([
    ['2026', '2025-12-31T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ['2026-Q3', '2026-06-30T16:00:00.000Z', '2026-09-30T16:00:00.000Z'],
    ['2026-Q4', '2026-09-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ['2026-12', '2026-11-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ['2026-02', '2026-01-31T16:00:00.000Z', '2026-02-28T16:00:00.000Z'],
  ])('bounds %s by local midnights: from %s until %s', (period, start, end) => {
    expect(beijing.periodStart(period)).toBe(start);
    expect(beijing.periodEnd(period)).toBe(end);
  });

  it.each(['2026-Q5', '2026-13', 'ONCE', '26'])('refuses %p, which is no period', (period) => {
    expect(() => beijing.periodStart(period)).toThrow(RangeError);
  });
});

describe('jurisdiction calendar: a zone with daylight saving time', () => {
  it('ends the day of the spring change with the summer offset', () => {
    // 8 March 2026: New York moves from UTC-5 to UTC-4; the day ends at 03:59:59.999 UTC.
    expect(newYork.endOfDayAfter('2026-03-07T12:00:00-05:00', 1)).toBe('2026-03-09T03:59:59.999Z');
  });

  it('ends the day of the autumn change with the winter offset', () => {
    expect(newYork.endOfDayAfter('2026-10-31T12:00:00-04:00', 1)).toBe('2026-11-02T04:59:59.999Z');
  });

  it('keeps 09:00 local across the change, not the UTC hour', () => {
    expect(newYork.addMonths('2026-02-15T09:00:00-05:00', 1)).toBe('2026-03-15T13:00:00.000Z');
  });

  it('starts each local day at its own offset', () => {
    expect(newYork.businessTime('2026-03-08')).toBe('2026-03-08T05:00:00.000Z');
    expect(newYork.businessTime('2026-03-09')).toBe('2026-03-09T04:00:00.000Z');
  });
});

describe('jurisdiction calendar: local times the clock skips or repeats', () => {
  // Santiago moves from UTC-4 to UTC-3 at midnight on 6 September 2026: that day has no 00:00.
  const santiago = jurisdictionCalendar('America/Santiago');

  it('starts a day whose midnight is skipped at its first instant, 01:00', () => {
    expect(santiago.businessTime('2026-09-06')).toBe('2026-09-06T04:00:00.000Z');
  });

  it('ends the day before at the last instant before the jump', () => {
    expect(santiago.endOfDayAfter('2026-09-05T12:00:00-04:00', 0)).toBe('2026-09-06T03:59:59.999Z');
  });

  it('reads a skipped wall time as the same time past the jump (02:30 becomes 03:30)', () => {
    expect(newYork.addMonths('2026-02-08T02:30:00-05:00', 1)).toBe('2026-03-08T07:30:00.000Z');
  });

  it('reads a repeated wall time as its first occurrence', () => {
    // 02:30 on 25 October 2026 happens twice in Berlin: first in summer time (UTC+2)
    const berlin = jurisdictionCalendar('Europe/Berlin');
    expect(berlin.addMonths('2026-09-25T02:30:00+02:00', 1)).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('jurisdiction calendar: independent of the machine', () => {
  // Jest sandboxes process.env, so the machine's TZ cannot be switched inside a test. Instead,
  // every Date method that reads or writes the machine's local time throws while the calendar
  // answers: what it answers then cannot depend on the machine's zone.
  const LOCAL_TIME_METHODS = [
    'getFullYear',
    'getMonth',
    'getDate',
    'getDay',
    'getHours',
    'getMinutes',
    'getSeconds',
    'getMilliseconds',
    'getTimezoneOffset',
    'setFullYear',
    'setMonth',
    'setDate',
    'setHours',
    'setMinutes',
    'setSeconds',
    'setMilliseconds',
    'toString',
    'toDateString',
    'toTimeString',
  ] as const;
  const RealDate = Date;

  beforeEach(() => {
    for (const method of LOCAL_TIME_METHODS) {
      jest.spyOn(RealDate.prototype, method).mockImplementation(() => {
        throw new Error(`Date.prototype.${method} reads the machine's zone`);
      });
    }
    class MachineZoneForbidden extends RealDate {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        // new Date(year, month, ...) is the machine's local time
        if (args.length > 1) throw new Error('new Date(y, m, ...) reads the machine zone');
        super(...(args as []));
      }
    }
    globalThis.Date = MachineZoneForbidden as DateConstructor;
  });

  afterEach(() => {
    globalThis.Date = RealDate;
    jest.restoreAllMocks();
  });

  it('answers without reading the machine’s zone', () => {
    const calendar = jurisdictionCalendar('Asia/Shanghai');
    expect([
      calendar.businessTime('2026-03-01'),
      calendar.asOf('2026-12-01'),
      calendar.monthOf('2026-09-01T07:00:00+08:00'),
      calendar.yearOf('2027-01-01T07:59:59+08:00'),
      calendar.endOfDayAfter('2026-09-01T07:00:00+08:00', 60),
      calendar.addMonths('2026-02-28T16:30:00.000Z', 1),
      calendar.periodStart('2026-Q3'),
      calendar.periodEnd('2026-12'),
    ]).toEqual([
      '2026-02-28T16:00:00.000Z',
      '2026-12-01T15:59:59.999Z',
      '2026-09',
      2027,
      '2026-10-31T15:59:59.999Z',
      '2026-03-31T16:30:00.000Z',
      '2026-06-30T16:00:00.000Z',
      '2026-12-31T16:00:00.000Z',
    ]);
  });

  it('would notice a local-time read (the trap is set)', () => {
    expect(() => new RealDate(0).getMonth()).toThrow(/machine/);
    expect(() => new Date(2026, 0, 1)).toThrow(/machine/);
  });
});

describe('jurisdiction calendar: zones', () => {
  it('knows IANA zones and nothing else', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('refuses to make a calendar for an unknown zone', () => {
    expect(() => jurisdictionCalendar('Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('keeps one calendar per zone', () => {
    expect(calendarFor('Asia/Shanghai')).toBe(calendarFor('Asia/Shanghai'));
    expect(calendarFor('Asia/Shanghai').timeZone).toBe('Asia/Shanghai');
  });
});

import { calendarFor, DEFAULT_TIME_ZONE } from '../shared/jurisdiction-calendar';
import {
  appealWindowClosesAt,
  DEFAULT_APPEAL_WINDOW_DAYS,
  DEFAULT_HEARING_RESPONSE_DAYS,
  hearingResponseEndsAt,
  isAllowedExtension,
  MAX_DEADLINE_EXTENSION_DAYS,
  postAccidentInvestigationDueAt,
} from './deadlines';

const beijing = calendarFor(DEFAULT_TIME_ZONE);

describe('deadlines', () => {
  it('makes a post-accident investigation due at the end of the 60th local day after the accident', () => {
    // 14:30 on 1 January Beijing time + 60 days: the end of 2 March, Beijing time
    expect(postAccidentInvestigationDueAt('2026-01-01T06:30:00.000Z', beijing)).toBe(
      '2026-03-02T15:59:59.999Z',
    );
  });

  it('counts the 60 days from the accident’s local day, not its UTC day', () => {
    // 07:00 on 1 September Beijing time is 31 August in UTC
    expect(postAccidentInvestigationDueAt('2026-09-01T07:00:00+08:00', beijing)).toBe(
      '2026-10-31T15:59:59.999Z',
    );
  });

  it('allows an extension of 1 to 60 whole days', () => {
    expect(MAX_DEADLINE_EXTENSION_DAYS).toBe(60);
    expect([1, 30, 60].map(isAllowedExtension)).toEqual([true, true, true]);
    expect([0, 61, -1, 2.5, Number.NaN].map(isAllowedExtension)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('closes the appeal window at the end of the given local day after the decision', () => {
    expect(DEFAULT_APPEAL_WINDOW_DAYS).toBe(30);
    expect(appealWindowClosesAt('2026-01-23T09:00:00.000Z', 30, beijing)).toBe(
      '2026-02-22T15:59:59.999Z',
    );
  });

  it('ends a hearing notice’s response period at the end of the 5th local day by default', () => {
    expect(DEFAULT_HEARING_RESPONSE_DAYS).toBe(5);
    expect(hearingResponseEndsAt('2026-01-23T09:00:00.000Z', 5, beijing)).toBe(
      '2026-01-28T15:59:59.999Z',
    );
  });
});

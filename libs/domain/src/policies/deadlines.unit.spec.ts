import {
  appealWindowClosesAt,
  isAllowedExtension,
  MAX_DEADLINE_EXTENSION_DAYS,
  postAccidentInvestigationDueAt,
} from './deadlines';

describe('deadlines', () => {
  it('makes a post-accident investigation due 60 days after the accident', () => {
    expect(postAccidentInvestigationDueAt('2026-01-01T06:30:00.000Z')).toBe(
      '2026-03-02T06:30:00.000Z',
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

  it('closes the appeal window the given number of days after the decision', () => {
    expect(appealWindowClosesAt('2026-01-23T09:00:00.000Z', 30)).toBe('2026-02-22T09:00:00.000Z');
  });
});

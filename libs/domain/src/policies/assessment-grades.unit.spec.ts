import { DEFAULT_GRADE_BANDS, bandOf, gradeBands, gradeForScore } from './assessment-grades';

describe('assessment grades: the score’s band gives the grade', () => {
  it('has the default bands 90 / 75 / 60', () => {
    expect(DEFAULT_GRADE_BANDS).toEqual({ EXCELLENT: 90, COMPETENT: 75, BASICALLY_COMPETENT: 60 });
  });

  it.each([
    [100, 'EXCELLENT'],
    [90, 'EXCELLENT'],
    [89.9, 'COMPETENT'],
    [75, 'COMPETENT'],
    [74.5, 'BASICALLY_COMPETENT'],
    [60, 'BASICALLY_COMPETENT'],
    [59.9, 'INCOMPETENT'],
    [0, 'INCOMPETENT'],
  ] as const)('grades %d %s, each band including its lowest score', (score, grade) => {
    expect(gradeForScore(score, DEFAULT_GRADE_BANDS)).toBe(grade);
  });

  it('grades by configured bands', () => {
    expect(gradeForScore(92, gradeBands({ EXCELLENT: 95 }))).toBe('COMPETENT');
  });

  it('says each band in words', () => {
    expect(
      (['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'] as const).map((grade) =>
        bandOf(grade, DEFAULT_GRADE_BANDS),
      ),
    ).toEqual(['90 and above', 'from 75 to below 90', 'from 60 to below 75', 'below 60']);
  });
});

describe('assessment grades: configured bands', () => {
  it('keeps the defaults for bands left out', () => {
    expect(gradeBands({ COMPETENT: 80 })).toEqual({
      EXCELLENT: 90,
      COMPETENT: 80,
      BASICALLY_COMPETENT: 60,
    });
    expect(gradeBands()).toEqual(DEFAULT_GRADE_BANDS);
  });

  it.each([
    ['COMPETENT above EXCELLENT', { COMPETENT: 95 }],
    ['two bands at one score', { BASICALLY_COMPETENT: 75 }],
    ['a band above 100', { EXCELLENT: 101 }],
    ['a band at 0', { BASICALLY_COMPETENT: 0 }],
    ['a band that is no number', { EXCELLENT: Number.NaN }],
  ])('refuses %s', (_what, overrides) => {
    expect(() => gradeBands(overrides)).toThrow(RangeError);
  });
});

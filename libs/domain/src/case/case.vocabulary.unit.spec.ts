import {
  ACCOUNTABILITY_MEASURES,
  FORMAL_SANCTIONS,
  isLighter,
  isMeasure,
  isReferral,
  MEASURES,
  REFERRALS,
  SANCTIONS,
  severityOf,
} from './case.vocabulary';

describe('measures in one severity order', () => {
  it('lists the accountability measures lightest first, then the formal sanctions', () => {
    expect(MEASURES).toEqual([
      'ADMONISHMENT_TALK',
      'WRITTEN_SELF_EXAMINATION',
      'CIRCULATED_CRITICISM',
      'PUBLIC_APOLOGY',
      'SUSPENSION',
      'RESIGNATION_TO_TAKE_BLAME',
      'ORDERED_RESIGNATION',
      'REMOVAL_FROM_OFFICE',
      'DEMOTION',
      'WARNING',
      'DEMERIT',
      'MAJOR_DEMERIT',
      'DISMISSAL_FROM_POST',
      'EXPULSION',
    ]);
  });

  it('rises in severity from the admonishment talk to expulsion', () => {
    expect(severityOf('ADMONISHMENT_TALK')).toBe(1);
    expect(severityOf('EXPULSION')).toBe(MEASURES.length);
    expect(MEASURES.map(severityOf)).toEqual(MEASURES.map((_measure, index) => index + 1));
  });

  it('makes every formal sanction heavier than every accountability measure', () => {
    for (const formal of FORMAL_SANCTIONS) {
      for (const measure of ACCOUNTABILITY_MEASURES) {
        expect([isLighter(measure, formal), isLighter(formal, measure)]).toEqual([true, false]);
      }
    }
  });

  it('finds no measure lighter than itself', () => {
    expect(MEASURES.some((measure) => isLighter(measure, measure))).toBe(false);
  });

  it('tells the lighter of two measures', () => {
    expect(isLighter('ADMONISHMENT_TALK', 'REMOVAL_FROM_OFFICE')).toBe(true);
    expect(isLighter('REMOVAL_FROM_OFFICE', 'ADMONISHMENT_TALK')).toBe(false);
  });

  it('keeps referrals apart: decided beside a measure, but no measure and no severity', () => {
    expect(SANCTIONS).toEqual([...MEASURES, ...REFERRALS]);
    expect(REFERRALS.map(isMeasure)).toEqual([false, false]);
    expect(REFERRALS.map(isReferral)).toEqual([true, true]);
    expect(MEASURES.some(isReferral)).toBe(false);
  });
});

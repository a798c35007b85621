import type { Measure } from '../case/case.vocabulary';
import { MEASURES } from '../case/case.vocabulary';

/** A measure influences appointment for whole months, or for good. */
export type InfluencePeriod = number | 'PERMANENT';

/**
 * How long each measure blocks appointment, from when it takes effect. Referrals are not measures
 * and block nothing by themselves (the organ referred to decides its own measures).
 */
export interface EligibilityPolicy {
  readonly influence: Readonly<Record<Measure, InfluencePeriod>>;
}

/** The defaults of docs/domain.md, "Measure". */
export const DEFAULT_INFLUENCE: Readonly<Record<Measure, InfluencePeriod>> = {
  ADMONISHMENT_TALK: 6,
  WRITTEN_SELF_EXAMINATION: 6,
  CIRCULATED_CRITICISM: 6,
  PUBLIC_APOLOGY: 6,
  SUSPENSION: 12,
  RESIGNATION_TO_TAKE_BLAME: 12,
  ORDERED_RESIGNATION: 12,
  REMOVAL_FROM_OFFICE: 12,
  DEMOTION: 24,
  WARNING: 6,
  DEMERIT: 12,
  MAJOR_DEMERIT: 18,
  DISMISSAL_FROM_POST: 24,
  EXPULSION: 'PERMANENT',
};

export const DEFAULT_ELIGIBILITY_POLICY: EligibilityPolicy = { influence: DEFAULT_INFLUENCE };

/** A policy from the defaults and the given overrides; 0 months means no influence period. */
export function eligibilityPolicy(
  overrides: Partial<Record<Measure, InfluencePeriod>> = {},
): EligibilityPolicy {
  const influence = { ...DEFAULT_INFLUENCE, ...overrides };
  for (const measure of MEASURES) {
    const period = influence[measure];
    if (period !== 'PERMANENT' && (!Number.isInteger(period) || period < 0)) {
      throw new RangeError(
        `Influence period of ${measure} must be whole months >= 0 or PERMANENT: ${period}`,
      );
    }
  }
  return { influence };
}

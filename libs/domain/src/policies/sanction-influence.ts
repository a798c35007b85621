import type { Sanction } from '../case/case.vocabulary';
import { SANCTIONS } from '../case/case.vocabulary';

/** How long each sanction blocks appointment, in calendar months from when it takes effect. */
export interface EligibilityPolicy {
  readonly influenceMonths: Readonly<Record<Sanction, number>>;
}

/**
 * Defaults. DOMAIN.md fixes 6 months for an admonishment talk or circulated criticism and 12 for
 * suspension, ordered resignation or removal; the rest are this project's defaults: the lighter
 * measures (written self-examination, public apology) as the lightest, demotion two years as the
 * cadre selection rules keep a demoted official from promotion, and referrals a year, since the
 * organ referred to decides its own measures. Configure them with `eligibilityPolicy`.
 */
export const DEFAULT_SANCTION_INFLUENCE_MONTHS: Readonly<Record<Sanction, number>> = {
  ADMONISHMENT_TALK: 6,
  CIRCULATED_CRITICISM: 6,
  WRITTEN_SELF_EXAMINATION: 6,
  PUBLIC_APOLOGY: 6,
  SUSPENSION: 12,
  ORDERED_RESIGNATION: 12,
  REMOVAL_FROM_OFFICE: 12,
  DEMOTION: 24,
  REFERRAL_TO_DISCIPLINE_INSPECTION: 12,
  REFERRAL_TO_JUDICIAL_ORGANS: 12,
};

export const DEFAULT_ELIGIBILITY_POLICY: EligibilityPolicy = {
  influenceMonths: DEFAULT_SANCTION_INFLUENCE_MONTHS,
};

/** A policy from the defaults and the given overrides; 0 months means no influence period. */
export function eligibilityPolicy(
  overrides: Partial<Record<Sanction, number>> = {},
): EligibilityPolicy {
  const influenceMonths = { ...DEFAULT_SANCTION_INFLUENCE_MONTHS, ...overrides };
  for (const sanction of SANCTIONS) {
    const months = influenceMonths[sanction];
    if (!Number.isInteger(months) || months < 0) {
      throw new RangeError(`Influence period of ${sanction} must be whole months >= 0: ${months}`);
    }
  }
  return { influenceMonths };
}

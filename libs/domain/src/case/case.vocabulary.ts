/** The words of an accountability case (DOMAIN.md), as value lists for validation and types. */

export const CASE_KINDS = ['PRE_ACCIDENT', 'POST_ACCIDENT'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_STATUSES = [
  'OPENED',
  'UNDER_INVESTIGATION',
  'DECIDED',
  'APPEALED',
  'CLOSED',
  'REOPENED',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const RESPONSIBILITY_KINDS = ['DIRECT', 'LEADERSHIP', 'SUPERVISORY'] as const;
export type ResponsibilityKind = (typeof RESPONSIBILITY_KINDS)[number];

export const SANCTIONS = [
  'ADMONISHMENT_TALK',
  'CIRCULATED_CRITICISM',
  'WRITTEN_SELF_EXAMINATION',
  'PUBLIC_APOLOGY',
  'SUSPENSION',
  'ORDERED_RESIGNATION',
  'REMOVAL_FROM_OFFICE',
  'DEMOTION',
  'REFERRAL_TO_DISCIPLINE_INSPECTION',
  'REFERRAL_TO_JUDICIAL_ORGANS',
] as const;
export type Sanction = (typeof SANCTIONS)[number];

export const APPEAL_OUTCOMES = ['UPHELD', 'SANCTION_REVOKED', 'SANCTION_CHANGED'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** The words of an accountability case (docs/domain.md), as value lists for validation and types. */

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

/** Accountability measures, lightest first. */
export const ACCOUNTABILITY_MEASURES = [
  'ADMONISHMENT_TALK',
  'WRITTEN_SELF_EXAMINATION',
  'CIRCULATED_CRITICISM',
  'PUBLIC_APOLOGY',
  'SUSPENSION',
  'RESIGNATION_TO_TAKE_BLAME',
  'ORDERED_RESIGNATION',
  'REMOVAL_FROM_OFFICE',
  'DEMOTION',
] as const;

/** Formal (Party or administrative) sanctions, lightest first. */
export const FORMAL_SANCTIONS = [
  'WARNING',
  'DEMERIT',
  'MAJOR_DEMERIT',
  'DISMISSAL_FROM_POST',
  'EXPULSION',
] as const;

/**
 * Every measure in ONE severity order, lightest first: a formal sanction is heavier than every
 * accountability measure. The order is the domain's; only influence periods are policy.
 */
export const MEASURES = [...ACCOUNTABILITY_MEASURES, ...FORMAL_SANCTIONS] as const;
export type Measure = (typeof MEASURES)[number];

/** Referrals hand the matter on to another organ: not measures, no severity, no appeal. */
export const REFERRALS = [
  'REFERRAL_TO_DISCIPLINE_INSPECTION',
  'REFERRAL_TO_JUDICIAL_ORGANS',
] as const;
export type Referral = (typeof REFERRALS)[number];

/** What a supervisor may decide for a responsible subject: a measure or a referral. */
export const SANCTIONS = [...MEASURES, ...REFERRALS] as const;
export type Sanction = Measure | Referral;

export function isMeasure(sanction: string): sanction is Measure {
  return (MEASURES as readonly string[]).includes(sanction);
}

export function isReferral(sanction: string): sanction is Referral {
  return (REFERRALS as readonly string[]).includes(sanction);
}

/** 1 for the lightest measure, rising with severity. */
export function severityOf(measure: Measure): number {
  return MEASURES.indexOf(measure) + 1;
}

/** Is `candidate` strictly lighter than `than` in the one severity order? */
export function isLighter(candidate: Measure, than: Measure): boolean {
  return severityOf(candidate) < severityOf(than);
}

export const APPEAL_OUTCOMES = ['UPHELD', 'SANCTION_REVOKED', 'SANCTION_CHANGED'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** Circumstances that weigh against the subject. */
export const AGGRAVATING_CIRCUMSTANCES = [
  'CONCEALMENT_OR_FALSE_REPORT',
  'OBSTRUCTED_INVESTIGATION',
  'REPEATED_WITHIN_YEAR',
  'SERIOUS_SOCIAL_IMPACT',
  'RETALIATION',
] as const;
export type AggravatingCircumstance = (typeof AGGRAVATING_CIRCUMSTANCES)[number];

/** Circumstances that weigh for the subject. */
export const MITIGATING_CIRCUMSTANCES = [
  'ACTIVE_REMEDY',
  'VOLUNTARY_DISCLOSURE',
  'COOPERATION',
  'MINOR_ROLE',
] as const;
export type MitigatingCircumstance = (typeof MITIGATING_CIRCUMSTANCES)[number];

/** A circumstance weighed in a finding, with what the investigator noted of it. */
export interface Weighed<Circumstance extends string> {
  readonly circumstance: Circumstance;
  readonly note: string;
}

/**
 * How the subject was heard before a finding: by their own statement, or by a hearing notice whose
 * response period passed unanswered. NOT_HEARD is possible only for a finding of "not responsible"
 * (and for findings recorded before the rule).
 */
export const HEARING_BASES = ['STATEMENT', 'NOTICE_UNANSWERED', 'NOT_HEARD'] as const;
export type HearingBasis = (typeof HEARING_BASES)[number];

import {
  ACCIDENT_GRADES,
  ACCOUNTABILITY_MEASURES,
  ADVERSE_EFFECTS,
  AGGRAVATING_CIRCUMSTANCES,
  APPEAL_OUTCOMES,
  ASSESSMENT_GRADES,
  AUDIT_READ_ENDPOINTS,
  CADENCES,
  CASE_EVENT_TYPES,
  CASE_KINDS,
  CASE_STATUSES,
  COMPLIANCE_INDICATORS,
  DEPARTMENT_KINDS,
  DEPARTMENT_LEVELS,
  DUTY_CATEGORIES,
  type EligibilityBlockReason,
  type EndedSanction,
  FAILURE_KINDS,
  FORMAL_SANCTIONS,
  HEARING_BASES,
  MITIGATING_CIRCUMSTANCES,
  POST_RANKS,
  PRINCIPLES,
  REFERRALS,
  RESPONSIBILITY_KINDS,
} from '@dutyledger/domain';

const ELIGIBILITY_BLOCKS = Object.keys({
  OPEN_CASE: true,
  SANCTION_INFLUENCE_PERIOD: true,
  INCOMPETENT_GRADE: true,
} satisfies Record<EligibilityBlockReason, true>);

const SANCTION_ENDINGS = Object.keys({
  REVOKED_ON_APPEAL: true,
  WITHDRAWN_FINDING_SUPERSEDED: true,
} satisfies Record<EndedSanction['endedBecause'], true>);

/** The roles of the api's tokens (libs/platform's ROLES; a test holds the two together). */
export const ROLE_CODES = ['ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER'] as const;

/**
 * The domain's lists whose codes are said in words: each code C of list L is the message
 * `L.C` of both `terms` catalogues, `terms.L.C` to a reader (a test holds the catalogues to these
 * lists, and these lists to every list the domain exports).
 */
export const TERM_LISTS = {
  /** Every accountability measure, formal sanction and referral (the domain's SANCTIONS). */
  measure: [...ACCOUNTABILITY_MEASURES, ...FORMAL_SANCTIONS, ...REFERRALS],
  failureKind: FAILURE_KINDS,
  circumstance: [...AGGRAVATING_CIRCUMSTANCES, ...MITIGATING_CIRCUMSTANCES],
  grade: ASSESSMENT_GRADES,
  accidentGrade: ACCIDENT_GRADES,
  caseStatus: CASE_STATUSES,
  caseKind: CASE_KINDS,
  caseEvent: CASE_EVENT_TYPES,
  principle: PRINCIPLES,
  dutyKind: DUTY_CATEGORIES,
  cadence: CADENCES,
  adverseEffect: ADVERSE_EFFECTS,
  responsibilityKind: RESPONSIBILITY_KINDS,
  hearingBasis: HEARING_BASES,
  appealOutcome: APPEAL_OUTCOMES,
  sanctionEnding: SANCTION_ENDINGS,
  eligibilityBlock: ELIGIBILITY_BLOCKS,
  postRank: POST_RANKS,
  departmentLevel: DEPARTMENT_LEVELS,
  departmentKind: DEPARTMENT_KINDS,
  complianceIndicator: COMPLIANCE_INDICATORS,
  auditRead: AUDIT_READ_ENDPOINTS,
  role: ROLE_CODES,
} as const satisfies Record<string, readonly string[]>;

export type TermList = keyof typeof TERM_LISTS;

/** The `terms` key of a code of a list, e.g. `measure.DEMERIT` (`terms.measure.DEMERIT` to a reader). */
export const termKey = (list: string, code: string): string => `${list}.${code}`;

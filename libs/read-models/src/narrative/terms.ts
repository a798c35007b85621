import {
  ACCIDENT_GRADES,
  ADVERSE_EFFECTS,
  AGGRAVATING_CIRCUMSTANCES,
  APPEAL_OUTCOMES,
  CASE_KINDS,
  CASE_STATUSES,
  type EligibilityBlockReason,
  type EndedSanction,
  HEARING_BASES,
  MITIGATING_CIRCUMSTANCES,
  RESPONSIBILITY_KINDS,
  SANCTIONS,
} from '@dutyledger/domain';
import type { Term } from './message';

const ELIGIBILITY_BLOCKS = Object.keys({
  OPEN_CASE: true,
  SANCTION_INFLUENCE_PERIOD: true,
  INCOMPETENT_GRADE: true,
} satisfies Record<EligibilityBlockReason, true>);

const SANCTION_ENDINGS = Object.keys({
  REVOKED_ON_APPEAL: true,
  WITHDRAWN_FINDING_SUPERSEDED: true,
} satisfies Record<EndedSanction['endedBecause'], true>);

/**
 * The domain's lists whose codes the narrative says in words: each code of list L is the message
 * `term.L.CODE` of every catalogue (a test holds the catalogues to these lists).
 */
export const TERM_LISTS = {
  caseKind: CASE_KINDS,
  caseStatus: CASE_STATUSES,
  sanction: SANCTIONS,
  sanctionEnding: SANCTION_ENDINGS,
  responsibilityKind: RESPONSIBILITY_KINDS,
  hearingBasis: HEARING_BASES,
  circumstance: [...AGGRAVATING_CIRCUMSTANCES, ...MITIGATING_CIRCUMSTANCES],
  adverseEffect: ADVERSE_EFFECTS,
  accidentGrade: ACCIDENT_GRADES,
  appealOutcome: APPEAL_OUTCOMES,
  eligibilityBlock: ELIGIBILITY_BLOCKS,
} as const satisfies Record<string, readonly string[]>;

export type TermList = keyof typeof TERM_LISTS;

/** A code of a list, as a message parameter (an unknown code is said as it is). */
export const term = (list: TermList, code: string): Term => ({ term: list, code });

/** The catalogue id of a term. */
export const termId = (list: string, code: string): string => `term.${list}.${code}`;

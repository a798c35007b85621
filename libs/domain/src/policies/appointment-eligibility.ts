import type { Sanction } from '../case/case.vocabulary';
import { isMeasure } from '../case/case.vocabulary';
import type { JurisdictionCalendar } from '../shared/jurisdiction-calendar';
import { instantOf } from './calendar';
import type { EligibilityPolicy } from './sanction-influence';

export type EligibilityBlockReason =
  'OPEN_CASE' | 'SANCTION_INFLUENCE_PERIOD' | 'INCOMPETENT_GRADE';

export interface EligibilityBlock {
  readonly reason: EligibilityBlockReason;
  /** one sentence for a person */
  readonly detail: string;
  /** when the block lifts by itself, if it does */
  readonly until?: string;
  /** the events the block rests on */
  readonly sourceEventIds: string[];
}

export interface AppointmentEligibility {
  readonly eligible: boolean;
  readonly blocks: EligibilityBlock[];
}

/** A period during which a case named the cadre; a reopened case gives one fact per period. */
export interface OpenCaseFact {
  readonly caseId: string;
  readonly openedAt: string;
  /** null while the case is not closed */
  readonly closedAt: string | null;
  readonly sourceEventIds: readonly string[];
}

/** A sanction on the cadre as it stands after appeal decisions. */
export interface SanctionFact {
  readonly sanctionId: string;
  readonly caseId: string;
  readonly sanction: Sanction;
  /** when the sanction took effect: the influence period counts from here */
  readonly effectiveFrom: string;
  /** when it was revoked on appeal or withdrawn; null while it stands */
  readonly endedAt: string | null;
  readonly sourceEventIds: readonly string[];
}

export type AssessedSafetyGrade = 'EXCELLENT' | 'COMPETENT' | 'BASICALLY_COMPETENT' | 'INCOMPETENT';

/** An annual work-safety assessment of the cadre. */
export interface SafetyAssessmentFact {
  readonly year: number;
  readonly grade: AssessedSafetyGrade;
  readonly recordedAt: string;
  readonly sourceEventIds: readonly string[];
}

/** Everything known about one cadre that bears on eligibility; the caller selects the cadre. */
export interface EligibilityFacts {
  readonly openCases: readonly OpenCaseFact[];
  readonly sanctions: readonly SanctionFact[];
  readonly assessments: readonly SafetyAssessmentFact[];
}

const byInstant = (a: string, b: string): number => instantOf(a) - instantOf(b);

function caseBlocks(at: number, facts: EligibilityFacts): EligibilityBlock[] {
  return facts.openCases
    .filter((fact) => instantOf(fact.openedAt) <= at)
    .filter((fact) => fact.closedAt === null || instantOf(fact.closedAt) > at)
    .sort((a, b) => byInstant(a.openedAt, b.openedAt))
    .map((fact) => ({
      reason: 'OPEN_CASE',
      detail: `Named in accountability case ${fact.caseId}, open since ${fact.openedAt}`,
      sourceEventIds: [...fact.sourceEventIds],
    }));
}

/** Measures block for their influence period (in the jurisdiction's months); referrals never. */
function sanctionBlocks(
  at: number,
  facts: EligibilityFacts,
  policy: EligibilityPolicy,
  calendar: JurisdictionCalendar,
): EligibilityBlock[] {
  return [...facts.sanctions]
    .sort((a, b) => byInstant(a.effectiveFrom, b.effectiveFrom))
    .flatMap((fact): EligibilityBlock[] => {
      if (!isMeasure(fact.sanction)) return [];
      const period = policy.influence[fact.sanction];
      const until = period === 'PERMANENT' ? null : calendar.addMonths(fact.effectiveFrom, period);
      const running =
        instantOf(fact.effectiveFrom) <= at && (until === null || at < instantOf(until));
      const ended = fact.endedAt !== null && instantOf(fact.endedAt) <= at;
      if (!running || ended) return [];
      const lasting = period === 'PERMANENT' ? 'permanently' : `for ${period} months`;
      return [
        {
          reason: 'SANCTION_INFLUENCE_PERIOD',
          detail: `${fact.sanction} in case ${fact.caseId} influences appointment ${lasting} from ${fact.effectiveFrom}`,
          ...(until === null ? {} : { until }),
          sourceEventIds: [...fact.sourceEventIds],
        },
      ];
    });
}

/** The latest assessment known at `at`: the latest year, and of its records the latest one. */
function gradeBlocks(at: number, facts: EligibilityFacts): EligibilityBlock[] {
  const known = facts.assessments.filter((fact) => instantOf(fact.recordedAt) <= at);
  const latest = known.reduce<SafetyAssessmentFact | undefined>((best, fact) => {
    if (best === undefined || fact.year > best.year) return fact;
    if (fact.year === best.year && instantOf(fact.recordedAt) > instantOf(best.recordedAt)) {
      return fact;
    }
    return best;
  }, undefined);
  if (latest?.grade !== 'INCOMPETENT') return [];
  return [
    {
      reason: 'INCOMPETENT_GRADE',
      detail: `The latest work-safety assessment (${latest.year}) graded the cadre INCOMPETENT`,
      sourceEventIds: [...latest.sourceEventIds],
    },
  ];
}

/**
 * Appointment eligibility of one cadre as of an instant (docs/domain.md): blocked while an open case names
 * the cadre, while a sanction's influence period runs, or when the latest safety grade is
 * INCOMPETENT. Pure: the same facts and date always give the same answer (as-of replay).
 */
export function appointmentEligibility(
  asOf: string,
  facts: EligibilityFacts,
  policy: EligibilityPolicy,
  calendar: JurisdictionCalendar,
): AppointmentEligibility {
  const at = instantOf(asOf);
  const blocks = [
    ...caseBlocks(at, facts),
    ...sanctionBlocks(at, facts, policy, calendar),
    ...gradeBlocks(at, facts),
  ];
  return { eligible: blocks.length === 0, blocks };
}

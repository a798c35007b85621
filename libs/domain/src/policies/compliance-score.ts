import { ACCIDENT_GRADES, type AccidentGrade } from '../accident/accident.events';
import { ADVERSE_EFFECTS, type AdverseEffect } from '../duty/duty.events';

/**
 * The comprehensive work-safety assessment of a department (README, "Compliance score"): five
 * indicators from its counted figures, each in [0, 1] with 1 the best, and a score from 0 to 100
 * that weighs them. The formula is the domain's; the weights are policy (configurable).
 */

/** The indicators the score weighs, by the name their weight is configured with. */
export const COMPLIANCE_INDICATORS = [
  'performance',
  'coverage',
  'failures',
  'accidents',
  'cases',
] as const;
export type ComplianceIndicator = (typeof COMPLIANCE_INDICATORS)[number];
export type ComplianceWeights = Readonly<Record<ComplianceIndicator, number>>;

export const DEFAULT_COMPLIANCE_WEIGHTS: ComplianceWeights = {
  performance: 0.35,
  coverage: 0.25,
  failures: 0.15,
  accidents: 0.15,
  cases: 0.1,
};

/** Weights with the defaults for any not given; they must add up to more than 0. */
export function complianceWeights(overrides: Partial<ComplianceWeights> = {}): ComplianceWeights {
  const weights = { ...DEFAULT_COMPLIANCE_WEIGHTS, ...overrides };
  const values = COMPLIANCE_INDICATORS.map((name) => weights[name]);
  if (values.some((value) => !Number.isFinite(value) || value < 0)) {
    throw new RangeError('compliance weights must be numbers from 0 upwards');
  }
  if (values.reduce((sum, value) => sum + value, 0) <= 0) {
    throw new RangeError('compliance weights must add up to more than 0');
  }
  return weights;
}

/** What the indicators are computed from: one department's figures of a year. */
export interface ComplianceCounts {
  readonly dutiesDue: number;
  readonly dutiesPerformed: number;
  readonly dutiesFailed: Readonly<Record<AdverseEffect, number>>;
  readonly scopeItems: number;
  readonly coveredItems: number;
  readonly accidents: Readonly<Record<AccidentGrade, number>>;
  readonly casesOpened: number;
  readonly casesClosed: number;
}

/** Each indicator in [0, 1], 1 the best. */
export interface ComplianceIndicators {
  /** dutiesPerformed / dutiesDue */
  performanceRate: number;
  /** coveredItems / scopeItems */
  coverageRate: number;
  /** 1 - failures weighted by adverse effect / dutiesDue */
  failureIndicator: number;
  /** 1 - accidents weighted by grade / ACCIDENT_TOLERANCE */
  accidentIndicator: number;
  /** casesClosed / casesOpened */
  caseResolution: number;
}

/** Which indicator each configured weight weighs. */
export const WEIGHED_INDICATOR: Readonly<Record<ComplianceIndicator, keyof ComplianceIndicators>> =
  {
    performance: 'performanceRate',
    coverage: 'coverageRate',
    failures: 'failureIndicator',
    accidents: 'accidentIndicator',
    cases: 'caseResolution',
  };

/** How much one failure weighs, by its adverse effect. */
export const FAILURE_WEIGHTS: Readonly<Record<AdverseEffect, number>> = {
  NONE: 1,
  MINOR: 2,
  SERIOUS: 4,
};

/** How much one accident weighs, by its grade. */
export const ACCIDENT_WEIGHTS: Readonly<Record<AccidentGrade, number>> = {
  GENERAL: 1,
  LARGER: 3,
  SERIOUS: 10,
  ESPECIALLY_SERIOUS: 30,
};
/** The weight of accidents that brings the accident indicator to 0 (one serious accident). */
export const ACCIDENT_TOLERANCE = 10;

function weighted<K extends string>(
  keys: readonly K[],
  counts: Readonly<Record<K, number>>,
  weights: Readonly<Record<K, number>>,
): number {
  return keys.reduce((sum, key) => sum + counts[key] * weights[key], 0);
}

const clamp = (value: number): number => Math.min(1, Math.max(0, value));

const rounded = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/** A share with nothing to share counts as met: nothing due, no scope, no case. */
const share = (part: number, whole: number): number => (whole === 0 ? 1 : clamp(part / whole));

/** The indicators of the comprehensive safety assessment, from one department's figures (4 decimals). */
export function complianceIndicators(counts: ComplianceCounts): ComplianceIndicators {
  const failures = weighted(ADVERSE_EFFECTS, counts.dutiesFailed, FAILURE_WEIGHTS);
  const accidents = weighted(ACCIDENT_GRADES, counts.accidents, ACCIDENT_WEIGHTS);
  return {
    performanceRate: rounded(share(counts.dutiesPerformed, counts.dutiesDue), 4),
    coverageRate: rounded(share(counts.coveredItems, counts.scopeItems), 4),
    failureIndicator: rounded(clamp(1 - failures / Math.max(1, counts.dutiesDue)), 4),
    accidentIndicator: rounded(clamp(1 - accidents / ACCIDENT_TOLERANCE), 4),
    caseResolution: rounded(share(counts.casesClosed, counts.casesOpened), 4),
  };
}

/** 0-100: 100 * sum(weight * indicator) / sum(weight), to one decimal. */
export function complianceScore(
  indicators: ComplianceIndicators,
  weights: ComplianceWeights,
): number {
  const total = COMPLIANCE_INDICATORS.reduce((sum, name) => sum + weights[name], 0);
  if (total <= 0) throw new Error('compliance weights must add up to more than 0');
  const sum = COMPLIANCE_INDICATORS.reduce(
    (acc, name) => acc + weights[name] * indicators[WEIGHED_INDICATOR[name]],
    0,
  );
  return rounded((100 * sum) / total, 1);
}

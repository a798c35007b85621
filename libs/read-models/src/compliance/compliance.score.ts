import {
  COMPLIANCE_INDICATORS,
  type ComplianceIndicator,
  type ComplianceWeights,
} from '@dutyledger/config';
import {
  ACCIDENT_GRADES,
  ADVERSE_EFFECTS,
  type AccidentGrade,
  type AdverseEffect,
} from '@dutyledger/domain';
import type { ComplianceFigures } from './compliance.figures';

/** Each indicator in [0, 1], 1 the best (README, "Compliance score"). */
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

/** Which indicator each configured weight (DUTYLEDGER_COMPLIANCE_WEIGHTS) weighs. */
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
export function complianceIndicators(figures: ComplianceFigures): ComplianceIndicators {
  const failures = weighted(ADVERSE_EFFECTS, figures.dutiesFailed, FAILURE_WEIGHTS);
  const accidents = weighted(ACCIDENT_GRADES, figures.accidents, ACCIDENT_WEIGHTS);
  return {
    performanceRate: rounded(share(figures.dutiesPerformed, figures.dutiesDue), 4),
    coverageRate: rounded(share(figures.coveredItems, figures.scopeItems), 4),
    failureIndicator: rounded(clamp(1 - failures / Math.max(1, figures.dutiesDue)), 4),
    accidentIndicator: rounded(clamp(1 - accidents / ACCIDENT_TOLERANCE), 4),
    caseResolution: rounded(share(figures.casesClosed, figures.casesOpened), 4),
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

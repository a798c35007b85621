import type { AssessmentGrade } from '../assessment/assessment.events';

/**
 * The lowest score of each grade but the last (docs/domain.md, "Annual assessment"): a score of at
 * least EXCELLENT is EXCELLENT, ..., below BASICALLY_COMPETENT is INCOMPETENT. Policy: configurable.
 */
export interface GradeBands {
  readonly EXCELLENT: number;
  readonly COMPETENT: number;
  readonly BASICALLY_COMPETENT: number;
}

export const DEFAULT_GRADE_BANDS: GradeBands = {
  EXCELLENT: 90,
  COMPETENT: 75,
  BASICALLY_COMPETENT: 60,
};

/** Bands must fall from EXCELLENT down, inside 0–100. */
export function gradeBands(overrides: Partial<GradeBands> = {}): GradeBands {
  const bands = { ...DEFAULT_GRADE_BANDS, ...overrides };
  const { EXCELLENT, COMPETENT, BASICALLY_COMPETENT } = bands;
  const ordered = EXCELLENT > COMPETENT && COMPETENT > BASICALLY_COMPETENT;
  const inRange = [EXCELLENT, COMPETENT, BASICALLY_COMPETENT].every((b) => b > 0 && b <= 100);
  if (!ordered || !inRange) {
    throw new RangeError(
      `Grade bands must fall within 0–100: EXCELLENT > COMPETENT > BASICALLY_COMPETENT, got ${EXCELLENT}, ${COMPETENT}, ${BASICALLY_COMPETENT}`,
    );
  }
  return bands;
}

/** The grade a score earns under the bands. */
export function gradeForScore(score: number, bands: GradeBands): AssessmentGrade {
  if (score >= bands.EXCELLENT) return 'EXCELLENT';
  if (score >= bands.COMPETENT) return 'COMPETENT';
  if (score >= bands.BASICALLY_COMPETENT) return 'BASICALLY_COMPETENT';
  return 'INCOMPETENT';
}

/** The band of a grade in words, e.g. "75–89.9" or "below 60". */
export function bandOf(grade: AssessmentGrade, bands: GradeBands): string {
  switch (grade) {
    case 'EXCELLENT':
      return `${bands.EXCELLENT} and above`;
    case 'COMPETENT':
      return `from ${bands.COMPETENT} to below ${bands.EXCELLENT}`;
    case 'BASICALLY_COMPETENT':
      return `from ${bands.BASICALLY_COMPETENT} to below ${bands.COMPETENT}`;
    case 'INCOMPETENT':
      return `below ${bands.BASICALLY_COMPETENT}`;
  }
}

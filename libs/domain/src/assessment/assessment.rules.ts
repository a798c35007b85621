import type { DecisionContext } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type { GradeBands } from '../policies/assessment-grades';
import { bandOf, gradeForScore } from '../policies/assessment-grades';
import { ASSESSMENT_ERRORS } from './assessment.errors';
import type { AssessmentGrade } from './assessment.events';

/** A year already begun in the jurisdiction's calendar: no later than the current local year. */
export function checkYear(year: number, context: DecisionContext): void {
  const current = context.calendar.yearOf(context.now.toISOString());
  if (!Number.isInteger(year) || year > current) {
    throw new DomainError(
      ASSESSMENT_ERRORS.ASSESSMENT_YEAR_INVALID,
      `${year} is not a year that has begun`,
    );
  }
}

/** A score from 0 to 100, and the grade its band gives. */
export function checkVerdict(score: number, grade: AssessmentGrade, bands: GradeBands): void {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new DomainError(
      ASSESSMENT_ERRORS.ASSESSMENT_SCORE_OUT_OF_RANGE,
      `A work-safety assessment scores from 0 to 100, not ${score}`,
    );
  }
  const earned = gradeForScore(score, bands);
  if (earned !== grade) {
    throw new DomainError(
      ASSESSMENT_ERRORS.ASSESSMENT_GRADE_MISMATCH,
      `A score of ${score} is ${earned} (${bandOf(earned, bands)}), not ${grade} (${bandOf(grade, bands)})`,
    );
  }
}

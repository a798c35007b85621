import type { DecisionContext } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { ASSESSMENT_ERRORS } from './assessment.errors';

/** A year already begun: a whole number no later than the current (UTC) year. */
export function checkYear(year: number, context: DecisionContext): void {
  if (!Number.isInteger(year) || year > context.now.getUTCFullYear()) {
    throw new DomainError(
      ASSESSMENT_ERRORS.ASSESSMENT_YEAR_INVALID,
      `${year} is not a year that has begun`,
    );
  }
}

export function checkScore(score: number): void {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new DomainError(
      ASSESSMENT_ERRORS.ASSESSMENT_SCORE_OUT_OF_RANGE,
      `A work-safety assessment scores from 0 to 100, not ${score}`,
    );
  }
}

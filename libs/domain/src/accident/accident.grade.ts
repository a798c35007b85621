import type { AccidentFigures } from './accident.commands';
import type { AccidentGrade } from './accident.events';

/**
 * The lower bound of each grade but the lowest, most severe first (Regulations on the Reporting,
 * Investigation and Handling of Work Safety Accidents, art. 3: "at least" includes the figure,
 * "below" excludes it).
 */
export const ACCIDENT_GRADE_THRESHOLDS: readonly (AccidentFigures & {
  readonly grade: Exclude<AccidentGrade, 'GENERAL'>;
})[] = [
  { grade: 'ESPECIALLY_SERIOUS', deaths: 30, seriousInjuries: 100, directLossYuan: 100_000_000 },
  { grade: 'SERIOUS', deaths: 10, seriousInjuries: 50, directLossYuan: 50_000_000 },
  { grade: 'LARGER', deaths: 3, seriousInjuries: 10, directLossYuan: 10_000_000 },
];

/** The accident's grade: the most severe grade any one of its figures reaches; GENERAL below all. */
export function accidentGrade(figures: AccidentFigures): AccidentGrade {
  const reached = ACCIDENT_GRADE_THRESHOLDS.find(
    (threshold) =>
      figures.deaths >= threshold.deaths ||
      figures.seriousInjuries >= threshold.seriousInjuries ||
      figures.directLossYuan >= threshold.directLossYuan,
  );
  return reached?.grade ?? 'GENERAL';
}

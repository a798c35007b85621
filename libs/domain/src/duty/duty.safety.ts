import type { DutyCategory } from './duty.events';

/**
 * The one rule for which failures count as work-safety failures (docs/domain.md): every failure on
 * a work-safety duty, and a failure on a business duty recorded with a safety impact. Only these
 * ground pre-accident cases and count in compliance.
 */
export function isWorkSafetyFailure(category: DutyCategory, safetyImpact: boolean): boolean {
  return category === 'WORK_SAFETY' || safetyImpact;
}

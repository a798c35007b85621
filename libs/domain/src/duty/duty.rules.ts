import { DomainError, UnknownEntityError } from '../shared/domain-error';
import { DUTY_ERRORS } from './duty.errors';
import type { DutyCategory, Principle } from './duty.events';
import type { AssignedDuty, DutyState } from './duty.state';

/** A work-safety duty cites its principle and covers at least one industry; a business duty cites none. */
export function checkDutyShape(duty: {
  readonly category: DutyCategory;
  readonly principle: Principle | null;
  readonly industries: readonly string[];
}): void {
  if (duty.category === 'BUSINESS') {
    if (duty.principle !== null) {
      throw new DomainError(
        DUTY_ERRORS.PRINCIPLE_ONLY_FOR_WORK_SAFETY_DUTY,
        'The principles assign work-safety duties; a business duty cites none',
      );
    }
    return;
  }
  if (duty.principle === null) {
    throw new DomainError(
      DUTY_ERRORS.WORK_SAFETY_DUTY_PRINCIPLE_REQUIRED,
      'A work-safety duty cites the principle it derives from',
    );
  }
  if (duty.industries.length === 0) {
    throw new DomainError(
      DUTY_ERRORS.WORK_SAFETY_DUTY_INDUSTRY_REQUIRED,
      'A work-safety duty covers at least one industry or business line',
    );
  }
}

export function assignedDuty(state: DutyState, dutyId: string): AssignedDuty {
  if (state.status === 'UNASSIGNED') throw new UnknownEntityError('duty', dutyId);
  return state;
}

/** The duty, provided it has not been revoked. */
export function activeDuty(state: DutyState, dutyId: string): AssignedDuty {
  const duty = assignedDuty(state, dutyId);
  if (duty.status === 'REVOKED') {
    throw new DomainError(DUTY_ERRORS.DUTY_REVOKED, `Duty ${dutyId} has been revoked`);
  }
  return duty;
}

export function checkReason(reason: string): void {
  if (reason.trim() === '') {
    throw new DomainError(
      DUTY_ERRORS.DUTY_CHANGE_REASON_REQUIRED,
      'Duties are amended and revoked, never edited: each change says why',
    );
  }
}

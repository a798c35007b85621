import { unreachable } from '../shared/decider';
import type { Cadence, DutyCategory, DutyEvent, Principle } from './duty.events';

export interface AssignedDuty {
  readonly status: 'ACTIVE' | 'REVOKED';
  readonly dutyId: string;
  readonly postId: string;
  readonly category: DutyCategory;
  readonly title: string;
  readonly principle: Principle | null;
  readonly industries: readonly string[];
  readonly cadence: Cadence;
  readonly basis: string;
  /** business time the duty took effect */
  readonly assignedAt: string;
  /** business time of the latest change (assignment or amendment) */
  readonly lastChangedAt: string;
  /** business time of the revocation, null while active */
  readonly revokedAt: string | null;
  readonly performedPeriods: readonly string[];
  readonly performanceIds: readonly string[];
  readonly failureIds: readonly string[];
}

export type DutyState = { readonly status: 'UNASSIGNED' } | AssignedDuty;

export const initialDutyState: DutyState = { status: 'UNASSIGNED' };

function assigned(state: DutyState, change: (duty: AssignedDuty) => AssignedDuty): DutyState {
  return state.status === 'UNASSIGNED' ? state : change(state);
}

export function evolveDuty(state: DutyState, event: DutyEvent): DutyState {
  switch (event.type) {
    case 'DutyAssigned': {
      const { occurredAt, ...duty } = event.data;
      return {
        status: 'ACTIVE',
        ...duty,
        assignedAt: occurredAt,
        lastChangedAt: occurredAt,
        revokedAt: null,
        performedPeriods: [],
        performanceIds: [],
        failureIds: [],
      };
    }
    case 'DutyAmended': {
      const { dutyId: _id, reason: _reason, occurredAt, ...changes } = event.data;
      return assigned(state, (duty) => ({ ...duty, ...changes, lastChangedAt: occurredAt }));
    }
    case 'DutyRevoked':
      return assigned(state, (duty) => ({
        ...duty,
        status: 'REVOKED',
        revokedAt: event.data.occurredAt,
      }));
    case 'DutyPerformanceRecorded':
      return assigned(state, (duty) => ({
        ...duty,
        performedPeriods: [...duty.performedPeriods, event.data.period],
        performanceIds: [...duty.performanceIds, event.data.performanceId],
      }));
    case 'FailureToPerformRecorded':
      return assigned(state, (duty) => ({
        ...duty,
        failureIds: [...duty.failureIds, event.data.failureId],
      }));
    default:
      return unreachable(event);
  }
}

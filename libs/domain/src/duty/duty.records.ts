import type { DecisionContext } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type { RecordDutyPerformance, RecordFailureToPerform } from './duty.commands';
import { DUTY_ERRORS } from './duty.errors';
import type { DutyEvent } from './duty.events';
import { periodMatchesCadence } from './duty.period';
import { activeDuty, assignedDuty } from './duty.rules';
import type { DutyState } from './duty.state';
import { dutyInstant } from './duty.time';

export function recordPerformance(
  command: RecordDutyPerformance,
  state: DutyState,
  context: DecisionContext,
): DutyEvent[] {
  const { dutyId, performanceId, period, performedAt, evidence } = command.data;
  const duty = activeDuty(state, dutyId);
  if (!periodMatchesCadence(period, duty.cadence)) {
    throw new DomainError(
      DUTY_ERRORS.PERFORMANCE_PERIOD_CADENCE_MISMATCH,
      `Period ${period} does not fit the duty's ${duty.cadence} cadence`,
    );
  }
  if (duty.performedPeriods.includes(period)) {
    throw new DomainError(
      DUTY_ERRORS.PERFORMANCE_PERIOD_ALREADY_RECORDED,
      `Performance of duty ${dutyId} for ${period} is already recorded`,
    );
  }
  if (dutyInstant(performedAt, 'performedAt') > context.now.getTime()) {
    throw new DomainError(
      DUTY_ERRORS.PERFORMANCE_IN_FUTURE,
      `A duty cannot have been performed at ${performedAt}, which is in the future`,
    );
  }
  return [
    {
      type: 'DutyPerformanceRecorded',
      data: { dutyId, performanceId, period, performedAt, evidence, occurredAt: performedAt },
    },
  ];
}

/**
 * A failure is judged against the duty as it stood when the failure happened: one that happened
 * while the duty was active may be recorded after its revocation (revoking a duty must not erase
 * accountability for it); one that happened at or after the revocation is rejected.
 */
export function recordFailure(
  command: RecordFailureToPerform,
  state: DutyState,
  context: DecisionContext,
): DutyEvent[] {
  const { dutyId, failureId, occurredAt, description, evidence, adverseEffect, responsible } =
    command.data;
  const duty = assignedDuty(state, dutyId);
  const moment = dutyInstant(occurredAt, 'occurredAt');
  if (moment > context.now.getTime()) {
    throw new DomainError(
      DUTY_ERRORS.FAILURE_IN_FUTURE,
      `A failure cannot have happened at ${occurredAt}, which is in the future`,
    );
  }
  if (duty.revokedAt !== null && moment >= dutyInstant(duty.revokedAt, 'revokedAt')) {
    throw new DomainError(
      DUTY_ERRORS.DUTY_REVOKED,
      `Duty ${dutyId} was revoked at ${duty.revokedAt}, before the failure at ${occurredAt}`,
    );
  }
  if (duty.failureIds.includes(failureId)) {
    throw new DomainError(
      DUTY_ERRORS.FAILURE_ALREADY_RECORDED,
      `Failure ${failureId} is already recorded`,
    );
  }
  const responsibleCadreId = 'cadreId' in responsible ? responsible.cadreId : null;
  return [
    {
      type: 'FailureToPerformRecorded',
      data: {
        failureId,
        dutyId,
        postId: duty.postId,
        occurredAt,
        description,
        evidence,
        adverseEffect,
        responsibleCadreId,
        vacant: responsibleCadreId === null,
      },
    },
  ];
}

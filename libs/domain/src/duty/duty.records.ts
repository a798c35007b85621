import type { DecisionContext } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { CLOCK_SKEW_MS, isBefore } from '../shared/business-time';
import type { RecordDutyPerformance, RecordFailureToPerform } from './duty.commands';
import { DUTY_ERRORS } from './duty.errors';
import type { DutyEvent } from './duty.events';
import { periodMatchesCadence } from './duty.period';
import { assignedDuty } from './duty.rules';
import type { AssignedDuty, DutyState } from './duty.state';
import { dutyInstant } from './duty.time';

/** A moment inside the duty's life: from its assignment until (not including) its revocation. */
function withinLife(duty: AssignedDuty, at: string): boolean {
  return (
    !isBefore(at, duty.assignedAt) && (duty.revokedAt === null || isBefore(at, duty.revokedAt))
  );
}

/**
 * A period is due when it overlaps the duty's life; a period not yet begun is never due. Periods
 * are the jurisdiction's (a month of Beijing time by default).
 */
function requirePeriodDue(
  duty: AssignedDuty,
  period: string,
  performedAt: string,
  context: DecisionContext,
): void {
  if (period === 'ONCE') return;
  const start = context.calendar.periodStart(period);
  const end = context.calendar.periodEnd(period);
  if (context.now.getTime() < Date.parse(start)) {
    throw new DomainError(
      DUTY_ERRORS.PERFORMANCE_PERIOD_IN_FUTURE,
      `Period ${period} has not begun: a performance is recorded for a period that has`,
    );
  }
  const beforeLife = !isBefore(duty.assignedAt, end);
  const afterLife = duty.revokedAt !== null && !isBefore(start, duty.revokedAt);
  if (beforeLife || afterLife) {
    throw new DomainError(
      DUTY_ERRORS.PERFORMANCE_PERIOD_NOT_DUE,
      `Period ${period} was not due: duty ${duty.dutyId} was in force from ${duty.assignedAt}` +
        (duty.revokedAt === null ? '' : ` until ${duty.revokedAt}`),
    );
  }
  if (isBefore(performedAt, start)) {
    throw new DomainError(
      DUTY_ERRORS.PERFORMANCE_BEFORE_PERIOD,
      `A performance for ${period} cannot have happened at ${performedAt}, before the period began (${start})`,
    );
  }
}

export function recordPerformance(
  command: RecordDutyPerformance,
  state: DutyState,
  context: DecisionContext,
): DutyEvent[] {
  const { dutyId, performanceId, period, evidence } = command.data;
  // Like a failure, a performance made while the duty was in force may be recorded after its
  // revocation: revoking a duty must not turn the periods it was performed for into gaps.
  const duty = assignedDuty(state, dutyId);
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
  if (duty.performanceIds.includes(performanceId)) {
    throw new DomainError(
      DUTY_ERRORS.PERFORMANCE_ALREADY_RECORDED,
      `Performance ${performanceId} is already recorded`,
    );
  }
  const performedAt = context.calendar.businessTime(command.data.performedAt);
  if (dutyInstant(performedAt, 'performedAt') > context.now.getTime() + CLOCK_SKEW_MS) {
    throw new DomainError(
      DUTY_ERRORS.PERFORMANCE_IN_FUTURE,
      `A duty cannot have been performed at ${command.data.performedAt}, which is in the future`,
    );
  }
  if (duty.revokedAt !== null && !isBefore(performedAt, duty.revokedAt)) {
    throw new DomainError(
      DUTY_ERRORS.DUTY_REVOKED,
      `Duty ${dutyId} was revoked at ${duty.revokedAt}, before the performance at ${performedAt}`,
    );
  }
  if (!withinLife(duty, performedAt)) {
    throw new DomainError(
      DUTY_ERRORS.PERFORMANCE_OUTSIDE_DUTY_LIFE,
      `Duty ${dutyId} was not in force at ${performedAt} (assigned ${duty.assignedAt})`,
    );
  }
  requirePeriodDue(duty, period, performedAt, context);
  return [
    {
      type: 'DutyPerformanceRecorded',
      data: { dutyId, performanceId, period, performedAt, evidence, occurredAt: performedAt },
    },
  ];
}

/** A kind in words goes with OTHER and nothing else; a safety impact is said of business duties. */
function checkKind(command: RecordFailureToPerform, duty: AssignedDuty): boolean {
  const { kind, otherKind, safetyImpact } = command.data;
  if (kind === 'OTHER' && (otherKind === null || otherKind.trim() === '')) {
    throw new DomainError(
      DUTY_ERRORS.OTHER_FAILURE_KIND_REQUIRED,
      'A failure of kind OTHER says in words what kind of failure it was (otherKind)',
    );
  }
  if (kind !== 'OTHER' && otherKind !== null) {
    throw new DomainError(
      DUTY_ERRORS.OTHER_FAILURE_KIND_NOT_APPLICABLE,
      `otherKind describes a failure of kind OTHER, not ${kind}`,
    );
  }
  if (duty.category === 'WORK_SAFETY') {
    if (safetyImpact === false) {
      throw new DomainError(
        DUTY_ERRORS.SAFETY_IMPACT_ONLY_FOR_BUSINESS_DUTY,
        'Every failure on a work-safety duty harms work safety: safetyImpact is said of business duties',
      );
    }
    return true;
  }
  return safetyImpact === true;
}

/**
 * A failure is judged against the duty as it stood when the failure happened: one that happened
 * while the duty was in force may be recorded after its revocation (revoking a duty must not erase
 * accountability for it); one before its assignment or at or after its revocation is rejected.
 */
export function recordFailure(
  command: RecordFailureToPerform,
  state: DutyState,
  context: DecisionContext,
): DutyEvent[] {
  const { dutyId, failureId, description, evidence, adverseEffect, responsible } = command.data;
  const duty = assignedDuty(state, dutyId);
  const occurredAt = context.calendar.businessTime(command.data.occurredAt);
  if (dutyInstant(occurredAt, 'occurredAt') > context.now.getTime() + CLOCK_SKEW_MS) {
    throw new DomainError(
      DUTY_ERRORS.FAILURE_IN_FUTURE,
      `A failure cannot have happened at ${command.data.occurredAt}, which is in the future`,
    );
  }
  if (duty.revokedAt !== null && !isBefore(occurredAt, duty.revokedAt)) {
    throw new DomainError(
      DUTY_ERRORS.DUTY_REVOKED,
      `Duty ${dutyId} was revoked at ${duty.revokedAt}, before the failure at ${occurredAt}`,
    );
  }
  if (isBefore(occurredAt, duty.assignedAt)) {
    throw new DomainError(
      DUTY_ERRORS.FAILURE_OUTSIDE_DUTY_LIFE,
      `Duty ${dutyId} was assigned at ${duty.assignedAt}: a failure at ${occurredAt} came before it`,
    );
  }
  if (duty.failureIds.includes(failureId)) {
    throw new DomainError(
      DUTY_ERRORS.FAILURE_ALREADY_RECORDED,
      `Failure ${failureId} is already recorded`,
    );
  }
  const safetyImpact = checkKind(command, duty);
  const responsibleCadreId = 'cadreId' in responsible ? responsible.cadreId : null;
  return [
    {
      type: 'FailureToPerformRecorded',
      data: {
        failureId,
        dutyId,
        postId: duty.postId,
        occurredAt,
        kind: command.data.kind,
        otherKind: command.data.otherKind,
        safetyImpact,
        description,
        evidence,
        adverseEffect,
        responsibleCadreId,
        vacant: responsibleCadreId === null,
      },
    },
  ];
}

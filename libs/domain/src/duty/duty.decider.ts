import { DUTY_EVENT_TYPES } from './duty.events';
import type { DecisionContext, Decider } from '../shared/decider';
import { unreachable } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { businessTimeOf, requireNotBefore } from '../shared/business-time';
import type { AmendDuty, AssignDuty, DutyCommand, RevokeDuty } from './duty.commands';
import { DUTY_ERRORS } from './duty.errors';
import type { DutyEvent } from './duty.events';
import { recordFailure, recordPerformance } from './duty.records';
import { activeDuty, checkDutyShape, checkReason } from './duty.rules';
import type { AssignedDuty, DutyState } from './duty.state';
import { evolveDuty, initialDutyState } from './duty.state';

/** Changes to a duty take effect in order, each no earlier than the last. */
function changeTime(
  duty: AssignedDuty,
  given: string | undefined,
  context: DecisionContext,
): string {
  const at = businessTimeOf(given, context, 'effectiveFrom');
  requireNotBefore(
    at,
    duty.lastChangedAt,
    DUTY_ERRORS.DUTY_CHANGE_BEFORE_PREVIOUS,
    () =>
      `A change of duty ${duty.dutyId} effective ${at} cannot precede its last change (${duty.lastChangedAt})`,
  );
  return at;
}

function assign(command: AssignDuty, state: DutyState, context: DecisionContext): DutyEvent[] {
  const { dutyId, postId, category, title, principle, industries, cadence, basis } = command.data;
  if (state.status !== 'UNASSIGNED') {
    throw new DomainError(DUTY_ERRORS.DUTY_ALREADY_ASSIGNED, `Duty ${dutyId} is already assigned`);
  }
  checkDutyShape({ category, principle, industries });
  const occurredAt = businessTimeOf(command.data.effectiveFrom, context, 'effectiveFrom');
  const { postEstablishedAt } = command.data;
  requireNotBefore(
    occurredAt,
    postEstablishedAt,
    DUTY_ERRORS.DUTY_BEFORE_POST_ESTABLISHED,
    () =>
      `Duty ${dutyId} cannot take effect at ${occurredAt}, before post ${postId} was established (${postEstablishedAt})`,
  );
  return [
    {
      type: 'DutyAssigned',
      data: { dutyId, postId, category, title, principle, industries, cadence, basis, occurredAt },
    },
  ];
}

type DutyChanges = Omit<AmendDuty['data'], 'dutyId' | 'reason' | 'effectiveFrom'>;

const sameItems = (left: readonly string[], right: readonly string[]): boolean =>
  left.length === right.length && [...left].sort().join('\n') === [...right].sort().join('\n');

/** Keeps only the proposed values that differ from the duty as it stands. */
function changedFields(duty: AssignedDuty, proposed: DutyChanges): DutyChanges {
  const { title, principle, industries, cadence, basis } = proposed;
  return {
    ...(title !== undefined && title !== duty.title ? { title } : {}),
    ...(principle !== undefined && principle !== duty.principle ? { principle } : {}),
    ...(industries !== undefined && !sameItems(industries, duty.industries) ? { industries } : {}),
    ...(cadence !== undefined && cadence !== duty.cadence ? { cadence } : {}),
    ...(basis !== undefined && basis !== duty.basis ? { basis } : {}),
  };
}

function amend(command: AmendDuty, state: DutyState, context: DecisionContext): DutyEvent[] {
  const { dutyId, reason, effectiveFrom, ...proposed } = command.data;
  const duty = activeDuty(state, dutyId);
  checkReason(reason);
  const changes = changedFields(duty, proposed);
  if (Object.keys(changes).length === 0) {
    throw new DomainError(
      DUTY_ERRORS.DUTY_AMENDMENT_CHANGES_NOTHING,
      `The amendment leaves duty ${dutyId} as it is`,
    );
  }
  checkDutyShape({ ...duty, ...changes });
  const occurredAt = changeTime(duty, effectiveFrom, context);
  return [{ type: 'DutyAmended', data: { dutyId, ...changes, reason, occurredAt } }];
}

function revoke(command: RevokeDuty, state: DutyState, context: DecisionContext): DutyEvent[] {
  const { dutyId, reason, effectiveFrom } = command.data;
  const duty = activeDuty(state, dutyId);
  checkReason(reason);
  const occurredAt = changeTime(duty, effectiveFrom, context);
  return [{ type: 'DutyRevoked', data: { dutyId, reason, occurredAt } }];
}

export const dutyDecider: Decider<DutyCommand, DutyEvent, DutyState> = {
  initialState: initialDutyState,
  eventTypes: DUTY_EVENT_TYPES,
  evolve: evolveDuty,
  decide(command, state, context) {
    switch (command.type) {
      case 'AssignDuty':
        return assign(command, state, context);
      case 'AmendDuty':
        return amend(command, state, context);
      case 'RevokeDuty':
        return revoke(command, state, context);
      case 'RecordDutyPerformance':
        return recordPerformance(command, state, context);
      case 'RecordFailureToPerform':
        return recordFailure(command, state, context);
      default:
        return unreachable(command);
    }
  },
};

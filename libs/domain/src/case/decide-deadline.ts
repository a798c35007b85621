import type { DecisionContext } from '../shared/decider';
import { isBefore } from '../shared/business-time';
import { isAllowedExtension, MAX_DEADLINE_EXTENSION_DAYS } from '../policies/deadlines';
import type { ExtendDeadline } from './case.commands';
import { CASE_ERRORS } from './case.errors';
import type { CaseEvent } from './case.events';
import { caseError, requireAfter, requireText, stepTime } from './case.guards';
import type { OpenedCase } from './case.state';

/**
 * One extension of a running investigation deadline, of at most 60 days, with a reason, granted
 * before the deadline passed.
 */
export function decideExtendDeadline(
  { data }: ExtendDeadline,
  state: OpenedCase,
  context: DecisionContext,
): CaseEvent[] {
  const { caseId, days, reason } = data;
  const { deadline } = state;
  if (deadline === null) {
    throw caseError(
      CASE_ERRORS.CASE_HAS_NO_DEADLINE,
      `Case ${caseId} is a ${state.kind} case and has no investigation deadline`,
    );
  }
  if (deadline.stoppedAt !== null) {
    throw caseError(
      CASE_ERRORS.CASE_ALREADY_DECIDED,
      `Case ${caseId} was decided at ${deadline.stoppedAt}: its investigation deadline no longer runs`,
    );
  }
  if (deadline.extended) {
    throw caseError(
      CASE_ERRORS.DEADLINE_ALREADY_EXTENDED,
      `The deadline of case ${caseId} was already extended once`,
    );
  }
  if (!isAllowedExtension(days)) {
    throw caseError(
      CASE_ERRORS.EXTENSION_DAYS_OUT_OF_RANGE,
      `An extension is a whole number of days from 1 to ${MAX_DEADLINE_EXTENSION_DAYS}, not ${days}`,
    );
  }
  requireText(reason, CASE_ERRORS.EXTENSION_REASON_REQUIRED, 'The reason for the extension');
  const at = stepTime(data, context);
  requireAfter(at, state.openedAt, 'The extension', 'the opening');
  if (isBefore(deadline.dueAt, at)) {
    throw caseError(
      CASE_ERRORS.EXTENSION_AFTER_DEADLINE,
      `The deadline of case ${caseId} passed at ${deadline.dueAt}: an extension granted at ${at} comes too late`,
    );
  }
  return [
    {
      type: 'DeadlineExtended',
      data: {
        caseId,
        days,
        reason,
        previousDueAt: deadline.dueAt,
        dueAt: context.calendar.endOfDayAfter(deadline.dueAt, days),
        occurredAt: at,
      },
    },
  ];
}

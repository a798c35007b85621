import type { DecisionContext } from '../shared/decider';
import { isBefore } from '../shared/business-time';
import type { CloseCase, ReopenCase } from './case.commands';
import { CASE_ERRORS } from './case.errors';
import type { CaseEvent } from './case.events';
import { caseError, requireAfter, requireStatus, requireText, stepTime } from './case.guards';
import type { OpenedCase } from './case.state';
import { currentRound } from './case.state';
import { isMeasure } from './case.vocabulary';

/** Subjects with a measure who may still appeal: neither waived nor appealed this decision. */
function mayStillAppeal(state: OpenedCase): readonly string[] {
  const round = currentRound(state);
  return state.sanctions
    .filter((sanction) => isMeasure(sanction.sanction))
    .map((sanction) => sanction.cadreId)
    .filter(
      (cadreId) =>
        !state.waivers.some((w) => w.cadreId === cadreId && w.round === round) &&
        !state.appeals.some((a) => a.cadreId === cadreId && a.round === round),
    );
}

/**
 * CLOSED needs DECIDED and no pending appeal; while the appeal window runs, also that every
 * subject with a measure has waived the appeal or used it.
 */
export function decideCloseCase(
  { data }: CloseCase,
  state: OpenedCase,
  context: DecisionContext,
): CaseEvent[] {
  if (state.status === 'APPEALED') {
    throw caseError(
      CASE_ERRORS.APPEAL_PENDING,
      `Case ${data.caseId} has a pending appeal and cannot be closed`,
    );
  }
  requireStatus(state, ['DECIDED'], CASE_ERRORS.CASE_NOT_DECIDED, 'close the case');
  requireText(data.reason, CASE_ERRORS.CLOSE_REASON_REQUIRED, 'The reason for closing');
  const at = stepTime(data, context);
  requireAfter(at, state.decidedAt, 'Closing', 'the decision');
  for (const appeal of state.appeals) {
    requireAfter(at, appeal.decidedAt, 'Closing', `the decision on appeal ${appeal.appealId}`);
  }
  const windowCloses = state.appealWindowClosesAt;
  const windowRuns = windowCloses !== null && !isBefore(windowCloses, at);
  const waiting = mayStillAppeal(state);
  if (windowRuns && waiting.length > 0) {
    throw caseError(
      CASE_ERRORS.APPEAL_WINDOW_OPEN,
      `Case ${data.caseId} cannot be closed before its appeal window closes (${windowCloses ?? ''}): cadre(s) ${waiting.join(', ')} may still appeal and have not waived`,
    );
  }
  return [
    { type: 'CaseClosed', data: { caseId: data.caseId, reason: data.reason, occurredAt: at } },
  ];
}

/** A closed case is reopened only with a reason; nothing before it is changed. */
export function decideReopenCase(
  { data }: ReopenCase,
  state: OpenedCase,
  context: DecisionContext,
): CaseEvent[] {
  requireStatus(state, ['CLOSED'], CASE_ERRORS.CASE_NOT_CLOSED, 'reopen the case');
  requireText(data.reason, CASE_ERRORS.REOPEN_REASON_REQUIRED, 'The reason for reopening');
  const at = stepTime(data, context);
  requireAfter(at, state.closedAt, 'The reopening', 'the closing');
  return [
    { type: 'CaseReopened', data: { caseId: data.caseId, reason: data.reason, occurredAt: at } },
  ];
}

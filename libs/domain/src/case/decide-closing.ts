import type { CloseCase, ReopenCase } from './case.commands';
import { CASE_ERRORS } from './case.errors';
import type { CaseEvent } from './case.events';
import { caseError, requireStatus, requireText } from './case.guards';
import type { OpenedCase } from './case.state';

/** CLOSED needs DECIDED and no pending appeal. */
export function decideCloseCase({ data }: CloseCase, state: OpenedCase, now: string): CaseEvent[] {
  if (state.status === 'APPEALED') {
    throw caseError(
      CASE_ERRORS.APPEAL_PENDING,
      `Case ${data.caseId} has a pending appeal and cannot be closed`,
    );
  }
  requireStatus(state, ['DECIDED'], CASE_ERRORS.CASE_NOT_DECIDED, 'close the case');
  requireText(data.reason, CASE_ERRORS.CLOSE_REASON_REQUIRED, 'The reason for closing');
  return [
    { type: 'CaseClosed', data: { caseId: data.caseId, reason: data.reason, occurredAt: now } },
  ];
}

/** A closed case is reopened only with a reason; nothing before it is changed. */
export function decideReopenCase(
  { data }: ReopenCase,
  state: OpenedCase,
  now: string,
): CaseEvent[] {
  requireStatus(state, ['CLOSED'], CASE_ERRORS.CASE_NOT_CLOSED, 'reopen the case');
  requireText(data.reason, CASE_ERRORS.REOPEN_REASON_REQUIRED, 'The reason for reopening');
  return [
    { type: 'CaseReopened', data: { caseId: data.caseId, reason: data.reason, occurredAt: now } },
  ];
}

import type { DecisionContext } from '../shared/decider';
import { DomainError, UnknownEntityError } from '../shared/domain-error';
import { businessTimeOf, requireNotBefore } from '../shared/business-time';
import type { CaseErrorCode } from './case.errors';
import { CASE_ERRORS } from './case.errors';
import type { CaseSubject } from './case.facts';
import type { CaseState, OpenedCase } from './case.state';
import type { CaseStatus } from './case.vocabulary';

export function caseError(code: CaseErrorCode, message: string): DomainError {
  return new DomainError(code, message);
}

/** A command on a case that was never opened names something that does not exist (404). */
export function requireOpened(state: CaseState, caseId: string): OpenedCase {
  if (state.status === 'NOT_OPENED') throw new UnknownEntityError('case', caseId);
  return state;
}

export function requireStatus(
  state: OpenedCase,
  allowed: readonly CaseStatus[],
  code: CaseErrorCode,
  action: string,
): void {
  if (!allowed.includes(state.status)) {
    throw caseError(code, `Cannot ${action}: case ${state.caseId} is ${state.status}`);
  }
}

/** Until the first decision a case may be investigated; afterwards only appeals, close, reopen. */
export function requireNotDecided(state: OpenedCase, action: string): void {
  requireStatus(
    state,
    ['OPENED', 'UNDER_INVESTIGATION', 'REOPENED'],
    CASE_ERRORS.CASE_ALREADY_DECIDED,
    action,
  );
}

export function requireUnderInvestigation(state: OpenedCase, action: string): void {
  requireStatus(state, ['UNDER_INVESTIGATION'], CASE_ERRORS.CASE_NOT_UNDER_INVESTIGATION, action);
}

export function requireSubject(state: OpenedCase, cadreId: string): CaseSubject {
  const subject = state.subjects.find((candidate) => candidate.cadreId === cadreId);
  if (subject === undefined) {
    throw caseError(
      CASE_ERRORS.CADRE_NOT_A_SUBJECT,
      `Cadre ${cadreId} is not a subject of case ${state.caseId}`,
    );
  }
  return subject;
}

export function requireText(value: string, code: CaseErrorCode, what: string): void {
  if (value.trim().length === 0) throw caseError(code, `${what} must not be blank`);
}

/** When the step happened: the caller's business time, or the request time when omitted. */
export function stepTime(data: { readonly occurredAt?: string }, context: DecisionContext): string {
  return businessTimeOf(data.occurredAt, context, 'occurredAt');
}

/**
 * A step is never dated before the step it rests on (docs/domain.md, "Time"): e.g. a finding not
 * before the investigation started, an appeal not before the decision.
 */
export function requireAfter(
  at: string,
  earlier: string | null,
  step: string,
  earlierStep: string,
): void {
  if (earlier === null) return;
  requireNotBefore(
    at,
    earlier,
    CASE_ERRORS.CASE_STEP_OUT_OF_ORDER,
    () => `${step} at ${at} cannot precede ${earlierStep} at ${earlier}`,
  );
}

/** The moment the current round of investigation could begin: the opening or the reopening. */
export function roundBegan(state: OpenedCase): string {
  return state.reopenedAt ?? state.openedAt;
}

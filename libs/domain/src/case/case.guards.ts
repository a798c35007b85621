import { DomainError, UnknownEntityError } from '../shared/domain-error';
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

import { unreachable } from '../shared/decider';
import { UnknownEntityError } from '../shared/domain-error';
import { isAfter } from '../policies/calendar';
import type { DecideAppeal, FileAppeal } from './case.commands';
import { CASE_ERRORS } from './case.errors';
import type { CaseEvent } from './case.events';
import { caseError, requireStatus, requireSubject, requireText } from './case.guards';
import type { OpenedCase } from './case.state';
import { activeSanctionOf } from './case.state';

/** Only a sanctioned subject, within the window after the decision, one pending appeal each. */
export function decideFileAppeal(
  { data }: FileAppeal,
  state: OpenedCase,
  now: string,
): CaseEvent[] {
  const { caseId, appealId, cadreId, grounds } = data;
  requireStatus(state, ['DECIDED', 'APPEALED'], CASE_ERRORS.CASE_NOT_DECIDED, 'file an appeal');
  if (state.appealWindowClosesAt === null || isAfter(now, state.appealWindowClosesAt)) {
    throw caseError(
      CASE_ERRORS.APPEAL_WINDOW_CLOSED,
      `The appeal window of case ${caseId} closed at ${state.appealWindowClosesAt ?? 'its decision'}`,
    );
  }
  requireSubject(state, cadreId);
  const sanction = activeSanctionOf(state, cadreId);
  if (sanction === undefined) {
    throw caseError(
      CASE_ERRORS.APPELLANT_NOT_SANCTIONED,
      `Cadre ${cadreId} has no sanction in case ${caseId} to appeal`,
    );
  }
  if (state.appeals.some((appeal) => appeal.cadreId === cadreId && appeal.outcome === null)) {
    throw caseError(
      CASE_ERRORS.APPEAL_ALREADY_PENDING,
      `Cadre ${cadreId} already has a pending appeal in case ${caseId}`,
    );
  }
  if (state.appeals.some((appeal) => appeal.appealId === appealId)) {
    throw caseError(CASE_ERRORS.APPEAL_ID_ALREADY_USED, `Appeal ${appealId} already exists`);
  }
  requireText(grounds, CASE_ERRORS.APPEAL_GROUNDS_REQUIRED, 'The grounds of appeal');
  return [
    {
      type: 'AppealFiled',
      data: {
        caseId,
        appealId,
        cadreId,
        sanctionId: sanction.sanctionId,
        grounds,
        occurredAt: now,
      },
    },
  ];
}

function requireChangedSanction(
  { data }: DecideAppeal,
  appealedSanction: string | undefined,
): void {
  switch (data.outcome) {
    case 'UPHELD':
    case 'SANCTION_REVOKED':
      if (data.changedSanction !== null) {
        throw caseError(
          CASE_ERRORS.CHANGED_SANCTION_NOT_APPLICABLE,
          `An appeal decided ${data.outcome} names no changed sanction`,
        );
      }
      return;
    case 'SANCTION_CHANGED':
      if (data.changedSanction === null) {
        throw caseError(
          CASE_ERRORS.CHANGED_SANCTION_REQUIRED,
          'An appeal decided SANCTION_CHANGED names the sanction that replaces the appealed one',
        );
      }
      if (data.changedSanction === appealedSanction) {
        throw caseError(
          CASE_ERRORS.CHANGED_SANCTION_SAME_AS_APPEALED,
          `The appealed sanction already is ${data.changedSanction}`,
        );
      }
      return;
    default:
      return unreachable(data.outcome);
  }
}

export function decideAppeal(command: DecideAppeal, state: OpenedCase, now: string): CaseEvent[] {
  const { caseId, appealId, outcome, changedSanction, reasoning } = command.data;
  const appeal = state.appeals.find((candidate) => candidate.appealId === appealId);
  if (appeal === undefined) throw new UnknownEntityError('appeal', appealId);
  if (appeal.outcome !== null) {
    throw caseError(
      CASE_ERRORS.APPEAL_ALREADY_DECIDED,
      `Appeal ${appealId} was already decided ${appeal.outcome}`,
    );
  }
  const appealed = state.sanctions.find((s) => s.sanctionId === appeal.sanctionId);
  requireChangedSanction(command, appealed?.sanction);
  requireText(reasoning, CASE_ERRORS.APPEAL_REASONING_REQUIRED, 'The reasoning');
  return [
    {
      type: 'AppealDecided',
      data: {
        caseId,
        appealId,
        cadreId: appeal.cadreId,
        sanctionId: appeal.sanctionId,
        outcome,
        changedSanction,
        reasoning,
        occurredAt: now,
      },
    },
  ];
}

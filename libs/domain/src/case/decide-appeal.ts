import type { DecisionContext } from '../shared/decider';
import { unreachable } from '../shared/decider';
import { UnknownEntityError } from '../shared/domain-error';
import { isBefore } from '../shared/business-time';
import type { DecideAppeal, FileAppeal, WaiveAppeal } from './case.commands';
import { CASE_ERRORS } from './case.errors';
import type { CaseEvent } from './case.events';
import {
  caseError,
  requireAfter,
  requireStatus,
  requireSubject,
  requireText,
  stepTime,
} from './case.guards';
import type { CaseSanction, OpenedCase } from './case.state';
import { activeMeasureOf, currentRound, everyParticipant } from './case.state';
import type { Measure } from './case.vocabulary';
import { isLighter, isMeasure } from './case.vocabulary';

/** The appeal window of the latest decision runs until `appealWindowClosesAt`, in business time. */
function requireWindowOpen(state: OpenedCase, at: string, action: string): void {
  const closes = state.appealWindowClosesAt;
  if (closes === null || isBefore(closes, at)) {
    throw caseError(
      CASE_ERRORS.APPEAL_WINDOW_CLOSED,
      `Cannot ${action} at ${at}: the appeal window of case ${state.caseId} closed at ${closes ?? 'its decision'}`,
    );
  }
}

/** Only a subject with a measure may appeal it (referrals are not appealed here). */
function requireMeasure(state: OpenedCase, cadreId: string): CaseSanction {
  requireSubject(state, cadreId);
  const measure = activeMeasureOf(state, cadreId);
  if (measure === undefined) {
    throw caseError(
      CASE_ERRORS.APPELLANT_NOT_SANCTIONED,
      `Cadre ${cadreId} has no measure in case ${state.caseId} to appeal`,
    );
  }
  return measure;
}

function requireNotWaived(state: OpenedCase, cadreId: string): void {
  const round = currentRound(state);
  if (state.waivers.some((w) => w.cadreId === cadreId && w.round === round)) {
    throw caseError(
      CASE_ERRORS.APPEAL_ALREADY_WAIVED,
      `Cadre ${cadreId} waived the appeal of this decision of case ${state.caseId}`,
    );
  }
}

/** A subject with a measure gives up the appeal, while the window runs and before appealing. */
export function decideWaiveAppeal(
  { data }: WaiveAppeal,
  state: OpenedCase,
  context: DecisionContext,
): CaseEvent[] {
  const { caseId, cadreId } = data;
  requireStatus(state, ['DECIDED', 'APPEALED'], CASE_ERRORS.CASE_NOT_DECIDED, 'waive an appeal');
  const measure = requireMeasure(state, cadreId);
  requireNotWaived(state, cadreId);
  const round = currentRound(state);
  if (state.appeals.some((appeal) => appeal.cadreId === cadreId && appeal.round === round)) {
    throw caseError(
      CASE_ERRORS.APPEAL_ALREADY_FILED,
      `Cadre ${cadreId} has already appealed this decision of case ${caseId}`,
    );
  }
  const at = stepTime(data, context);
  requireAfter(at, state.decidedAt, 'The waiver', 'the decision');
  requireWindowOpen(state, at, 'waive the appeal');
  return [
    {
      type: 'AppealWaived',
      data: { caseId, cadreId, sanctionId: measure.sanctionId, occurredAt: at },
    },
  ];
}

/** Only a subject with a measure, within the window after the decision, once per decision. */
export function decideFileAppeal(
  { data }: FileAppeal,
  state: OpenedCase,
  context: DecisionContext,
): CaseEvent[] {
  const { caseId, appealId, cadreId, grounds } = data;
  requireStatus(state, ['DECIDED', 'APPEALED'], CASE_ERRORS.CASE_NOT_DECIDED, 'file an appeal');
  const at = stepTime(data, context);
  requireAfter(at, state.decidedAt, 'The appeal', 'the decision');
  requireWindowOpen(state, at, 'file an appeal');
  const measure = requireMeasure(state, cadreId);
  requireNotWaived(state, cadreId);
  const earlier = state.appeals.find(
    (appeal) => appeal.cadreId === cadreId && appeal.round === currentRound(state),
  );
  if (earlier !== undefined) {
    throw earlier.outcome === null
      ? caseError(
          CASE_ERRORS.APPEAL_ALREADY_PENDING,
          `Cadre ${cadreId} already has a pending appeal in case ${caseId}`,
        )
      : caseError(
          CASE_ERRORS.APPEAL_ALREADY_FILED,
          `Cadre ${cadreId} already appealed this decision of case ${caseId} (${earlier.outcome})`,
        );
  }
  if (state.appeals.some((appeal) => appeal.appealId === appealId)) {
    throw caseError(CASE_ERRORS.APPEAL_ID_ALREADY_USED, `Appeal ${appealId} already exists`);
  }
  requireText(grounds, CASE_ERRORS.APPEAL_GROUNDS_REQUIRED, 'The grounds of appeal');
  return [
    {
      type: 'AppealFiled',
      data: { caseId, appealId, cadreId, sanctionId: measure.sanctionId, grounds, occurredAt: at },
    },
  ];
}

/** An appeal upholds, lightens or revokes: never a heavier measure, never a new referral. */
function requireChangedSanction({ data }: DecideAppeal, appealed: Measure | undefined): void {
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
    case 'SANCTION_CHANGED': {
      const changed = data.changedSanction;
      if (changed === null) {
        throw caseError(
          CASE_ERRORS.CHANGED_SANCTION_REQUIRED,
          'An appeal decided SANCTION_CHANGED names the lighter measure that replaces the appealed one',
        );
      }
      if (changed === appealed) {
        throw caseError(
          CASE_ERRORS.CHANGED_SANCTION_SAME_AS_APPEALED,
          `The appealed measure already is ${changed}`,
        );
      }
      if (!isMeasure(changed) || appealed === undefined || !isLighter(changed, appealed)) {
        throw caseError(
          CASE_ERRORS.CHANGED_SANCTION_NOT_LIGHTER,
          `An appeal may only lighten the measure: ${changed} is not lighter than ${appealed ?? 'the appealed measure'}`,
        );
      }
      return;
    }
    default:
      return unreachable(data.outcome);
  }
}

export function decideAppeal(
  command: DecideAppeal,
  state: OpenedCase,
  context: DecisionContext,
): CaseEvent[] {
  const { caseId, appealId, outcome, changedSanction, reasoning, decidedBy } = command.data;
  const appeal = state.appeals.find((candidate) => candidate.appealId === appealId);
  if (appeal === undefined) throw new UnknownEntityError('appeal', appealId);
  if (appeal.outcome !== null) {
    throw caseError(
      CASE_ERRORS.APPEAL_ALREADY_DECIDED,
      `Appeal ${appealId} was already decided ${appeal.outcome}`,
    );
  }
  if (everyParticipant(state).includes(decidedBy)) {
    throw caseError(
      CASE_ERRORS.APPEAL_DECIDED_BY_PARTICIPANT,
      `${decidedBy} took part in case ${caseId} and cannot decide its appeals`,
    );
  }
  const appealed = state.sanctions.find((s) => s.sanctionId === appeal.sanctionId)?.sanction;
  requireChangedSanction(
    command,
    appealed !== undefined && isMeasure(appealed) ? appealed : undefined,
  );
  requireText(reasoning, CASE_ERRORS.APPEAL_REASONING_REQUIRED, 'The reasoning');
  const at = stepTime(command.data, context);
  requireAfter(at, appeal.filedAt, 'The appeal decision', `appeal ${appealId}`);
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
        decidedBy,
        occurredAt: at,
      },
    },
  ];
}

import type { DecideSanction, RecordFinding } from './case.commands';
import { CASE_ERRORS } from './case.errors';
import type { CaseEvent } from './case.events';
import { caseError, requireSubject, requireText, requireUnderInvestigation } from './case.guards';
import type { OpenedCase } from './case.state';
import { activeSanctionOf, currentRound } from './case.state';

function requireResponsibilityKindMatches({ data }: RecordFinding): void {
  if (data.responsible && data.responsibilityKind === null) {
    throw caseError(
      CASE_ERRORS.RESPONSIBILITY_KIND_REQUIRED,
      'A finding of "responsible" says whether the responsibility is direct, leadership or supervisory',
    );
  }
  if (!data.responsible && data.responsibilityKind !== null) {
    throw caseError(
      CASE_ERRORS.RESPONSIBILITY_KIND_NOT_APPLICABLE,
      'A finding of "not responsible" has no kind of responsibility',
    );
  }
}

/**
 * One finding per subject and investigation round. A finding in a reopened round supersedes the
 * earlier one and withdraws the sanction that rested on it, saying so in the stream.
 */
export function decideRecordFinding(
  command: RecordFinding,
  state: OpenedCase,
  now: string,
): CaseEvent[] {
  const { caseId, cadreId, responsible, responsibilityKind, reasoning } = command.data;
  requireUnderInvestigation(state, 'record a finding');
  requireSubject(state, cadreId);
  const round = currentRound(state);
  if (state.findings[cadreId]?.round === round) {
    throw caseError(
      CASE_ERRORS.FINDING_ALREADY_RECORDED,
      `A finding on cadre ${cadreId} is already recorded in this investigation`,
    );
  }
  requireResponsibilityKindMatches(command);
  requireText(reasoning, CASE_ERRORS.FINDING_REASONING_REQUIRED, 'The reasoning');
  const heardBeforeFinding = state.statements.some(
    (statement) => statement.cadreId === cadreId && statement.round === round,
  );
  const events: CaseEvent[] = [
    {
      type: 'FindingRecorded',
      data: {
        caseId,
        cadreId,
        responsible,
        responsibilityKind,
        reasoning,
        heardBeforeFinding,
        occurredAt: now,
      },
    },
  ];
  const superseded = activeSanctionOf(state, cadreId);
  if (superseded !== undefined) {
    events.push({
      type: 'SanctionWithdrawn',
      data: {
        caseId,
        sanctionId: superseded.sanctionId,
        cadreId,
        reason: 'FINDING_SUPERSEDED',
        occurredAt: now,
      },
    });
  }
  return events;
}

export function decideSanction(
  { data }: DecideSanction,
  state: OpenedCase,
  now: string,
): CaseEvent[] {
  const { caseId, sanctionId, cadreId, sanction, decidedBy } = data;
  requireUnderInvestigation(state, 'decide a sanction');
  requireSubject(state, cadreId);
  if (state.findings[cadreId]?.responsible !== true) {
    throw caseError(
      CASE_ERRORS.SANCTION_REQUIRES_RESPONSIBLE_FINDING,
      `Cadre ${cadreId} has not been found responsible`,
    );
  }
  const investigators = [...state.formerInvestigatorIds, state.investigatorId];
  if (investigators.includes(decidedBy)) {
    throw caseError(
      CASE_ERRORS.SANCTION_DECIDED_BY_INVESTIGATOR,
      `${decidedBy} investigated case ${caseId} and cannot decide its sanctions`,
    );
  }
  if (activeSanctionOf(state, cadreId) !== undefined) {
    throw caseError(
      CASE_ERRORS.SUBJECT_ALREADY_SANCTIONED,
      `Cadre ${cadreId} already has a sanction in case ${caseId}`,
    );
  }
  if ([...state.sanctions, ...state.endedSanctions].some((s) => s.sanctionId === sanctionId)) {
    throw caseError(CASE_ERRORS.SANCTION_ID_ALREADY_USED, `Sanction ${sanctionId} already exists`);
  }
  return [
    {
      type: 'SanctionDecided',
      data: { caseId, sanctionId, cadreId, sanction, decidedBy, occurredAt: now },
    },
  ];
}

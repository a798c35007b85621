import type { DecisionContext } from '../shared/decider';
import { isBefore } from '../shared/business-time';
import type { DecideSanction, FindingCircumstances, RecordFinding } from './case.commands';
import { CASE_ERRORS } from './case.errors';
import type { CaseEvent } from './case.events';
import {
  caseError,
  requireAfter,
  requireSubject,
  requireText,
  requireUnderInvestigation,
  stepTime,
} from './case.guards';
import type { OpenedCase } from './case.state';
import { activeMeasureOf, activeSanctionsOf, currentRound } from './case.state';
import type { HearingBasis } from './case.vocabulary';
import { isMeasure } from './case.vocabulary';

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

/** Circumstances are weighed in a finding of "responsible", each once, each with a note. */
function requireCircumstancesWeighed(
  responsible: boolean,
  { aggravating, mitigating }: FindingCircumstances,
): void {
  const all = [...aggravating, ...mitigating];
  if (!responsible && all.length > 0) {
    throw caseError(
      CASE_ERRORS.CIRCUMSTANCES_ONLY_WITH_RESPONSIBILITY,
      'Aggravating and mitigating circumstances are weighed only in a finding of "responsible"',
    );
  }
  const seen = new Set<string>();
  for (const { circumstance, note } of all) {
    if (seen.has(circumstance)) {
      throw caseError(CASE_ERRORS.DUPLICATE_CIRCUMSTANCE, `${circumstance} is weighed twice`);
    }
    seen.add(circumstance);
    requireText(note, CASE_ERRORS.CIRCUMSTANCE_NOTE_REQUIRED, `The note on ${circumstance}`);
  }
}

/**
 * The right to be heard: the subject's statement in this round (given by the finding's time), or a
 * hearing notice whose response period ended before the finding without a statement.
 */
function hearingOf(state: OpenedCase, cadreId: string, at: string): HearingBasis {
  const round = currentRound(state);
  const stated = state.statements.some(
    (s) => s.cadreId === cadreId && s.round === round && !isBefore(at, s.recordedAt),
  );
  if (stated) return 'STATEMENT';
  const lapsed = state.hearingNotices.some(
    (n) => n.cadreId === cadreId && n.round === round && isBefore(n.respondBy, at),
  );
  return lapsed ? 'NOTICE_UNANSWERED' : 'NOT_HEARD';
}

function requireHeard(state: OpenedCase, cadreId: string, at: string): void {
  const round = currentRound(state);
  const notice = state.hearingNotices.find((n) => n.cadreId === cadreId && n.round === round);
  const how =
    notice === undefined
      ? 'record their statement, or serve a hearing notice and wait for its response period to end'
      : `record their statement, or wait until the hearing notice's response period ends (${notice.respondBy})`;
  throw caseError(
    CASE_ERRORS.SUBJECT_NOT_HEARD,
    `Cadre ${cadreId} has not been heard: ${how} before finding them responsible (at ${at})`,
  );
}

/**
 * One finding per subject and investigation round, recorded by the case's investigator. A finding
 * in a reopened round supersedes the earlier one and withdraws what rested on it, saying so.
 */
export function decideRecordFinding(
  command: RecordFinding,
  state: OpenedCase,
  context: DecisionContext,
): CaseEvent[] {
  const { caseId, cadreId, responsible, responsibilityKind, reasoning, circumstances } =
    command.data;
  requireUnderInvestigation(state, 'record a finding');
  requireSubject(state, cadreId);
  if (command.data.recordedBy !== state.investigatorId) {
    throw caseError(
      CASE_ERRORS.FINDING_NOT_BY_INVESTIGATOR,
      `Findings in case ${caseId} are recorded by its investigator (${state.investigatorId ?? 'none assigned'}), not by ${command.data.recordedBy}`,
    );
  }
  const round = currentRound(state);
  if (state.findings[cadreId]?.round === round) {
    throw caseError(
      CASE_ERRORS.FINDING_ALREADY_RECORDED,
      `A finding on cadre ${cadreId} is already recorded in this investigation`,
    );
  }
  requireResponsibilityKindMatches(command);
  requireText(reasoning, CASE_ERRORS.FINDING_REASONING_REQUIRED, 'The reasoning');
  requireCircumstancesWeighed(responsible, circumstances);
  const at = stepTime(command.data, context);
  requireAfter(at, state.investigationStartedAt, 'The finding', 'the investigation');
  const hearing = hearingOf(state, cadreId, at);
  if (responsible && hearing === 'NOT_HEARD') requireHeard(state, cadreId, at);
  const events: CaseEvent[] = [
    {
      type: 'FindingRecorded',
      data: {
        caseId,
        cadreId,
        responsible,
        responsibilityKind,
        reasoning,
        hearing,
        aggravating: circumstances.aggravating,
        mitigating: circumstances.mitigating,
        recordedBy: command.data.recordedBy,
        occurredAt: at,
      },
    },
  ];
  for (const superseded of activeSanctionsOf(state, cadreId)) {
    events.push({
      type: 'SanctionWithdrawn',
      data: {
        caseId,
        sanctionId: superseded.sanctionId,
        cadreId,
        reason: 'FINDING_SUPERSEDED',
        occurredAt: at,
      },
    });
  }
  return events;
}

/**
 * Separation of functions: the supervisor deciding is neither an investigator of the case nor the
 * one who recorded its findings. One measure per subject; each referral once.
 */
export function decideSanction(
  { data }: DecideSanction,
  state: OpenedCase,
  context: DecisionContext,
): CaseEvent[] {
  const { caseId, sanctionId, cadreId, sanction, decidedBy } = data;
  requireUnderInvestigation(state, 'decide a sanction');
  requireSubject(state, cadreId);
  const finding = state.findings[cadreId];
  if (finding?.responsible !== true) {
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
  if (state.participants.findingRecorders.includes(decidedBy)) {
    throw caseError(
      CASE_ERRORS.SANCTION_DECIDED_BY_FINDING_RECORDER,
      `${decidedBy} recorded findings in case ${caseId} and cannot decide its sanctions`,
    );
  }
  if (isMeasure(sanction)) {
    if (activeMeasureOf(state, cadreId) !== undefined) {
      throw caseError(
        CASE_ERRORS.SUBJECT_ALREADY_SANCTIONED,
        `Cadre ${cadreId} already has a measure in case ${caseId}`,
      );
    }
  } else if (activeSanctionsOf(state, cadreId).some((s) => s.sanction === sanction)) {
    throw caseError(
      CASE_ERRORS.REFERRAL_ALREADY_DECIDED,
      `Cadre ${cadreId} is already the subject of ${sanction} in case ${caseId}`,
    );
  }
  if ([...state.sanctions, ...state.endedSanctions].some((s) => s.sanctionId === sanctionId)) {
    throw caseError(CASE_ERRORS.SANCTION_ID_ALREADY_USED, `Sanction ${sanctionId} already exists`);
  }
  const at = stepTime(data, context);
  requireAfter(at, finding.recordedAt, 'The sanction', `the finding on cadre ${cadreId}`);
  return [
    {
      type: 'SanctionDecided',
      data: { caseId, sanctionId, cadreId, sanction, decidedBy, occurredAt: at },
    },
  ];
}

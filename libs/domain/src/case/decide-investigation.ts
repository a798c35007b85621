import type { DecisionContext } from '../shared/decider';
import { hearingResponseEndsAt } from '../policies/deadlines';
import type {
  AssignInvestigator,
  AttachEvidence,
  RecordSubjectStatement,
  ServeHearingNotice,
  StartInvestigation,
} from './case.commands';
import { CASE_ERRORS } from './case.errors';
import type { CaseEvent } from './case.events';
import {
  caseError,
  requireAfter,
  requireNotDecided,
  requireSubject,
  requireText,
  requireUnderInvestigation,
  roundBegan,
  stepTime,
} from './case.guards';
import type { OpenedCase } from './case.state';
import { currentRound } from './case.state';

const SHA_256_HEX = /^[0-9a-f]{64}$/i;

/** Everyone who decided anything in the case: none of them may then investigate it. */
function deciders(state: OpenedCase): readonly string[] {
  const { sanctionDeciders, caseDeciders, appealDeciders } = state.participants;
  return [...sanctionDeciders, ...caseDeciders, ...appealDeciders];
}

export function decideAssignInvestigator(
  { data }: AssignInvestigator,
  state: OpenedCase,
  context: DecisionContext,
): CaseEvent[] {
  const { caseId, investigatorId } = data;
  requireNotDecided(state, 'assign an investigator');
  const at = stepTime(data, context);
  requireAfter(at, roundBegan(state), 'Assigning an investigator', 'the opening of the round');
  if (state.investigatorId === investigatorId) {
    throw caseError(
      CASE_ERRORS.INVESTIGATOR_ALREADY_ASSIGNED,
      `${investigatorId} already investigates case ${caseId}`,
    );
  }
  if (deciders(state).includes(investigatorId)) {
    throw caseError(
      CASE_ERRORS.SANCTIONING_SUPERVISOR_CANNOT_INVESTIGATE,
      `${investigatorId} decided in case ${caseId} and cannot investigate it`,
    );
  }
  return [
    {
      type: 'InvestigatorAssigned',
      data: {
        caseId,
        investigatorId,
        previousInvestigatorId: state.investigatorId,
        occurredAt: at,
      },
    },
  ];
}

export function decideStartInvestigation(
  { data }: StartInvestigation,
  state: OpenedCase,
  context: DecisionContext,
): CaseEvent[] {
  if (state.status === 'UNDER_INVESTIGATION') {
    throw caseError(
      CASE_ERRORS.INVESTIGATION_ALREADY_STARTED,
      `Case ${data.caseId} is already UNDER_INVESTIGATION`,
    );
  }
  requireNotDecided(state, 'start an investigation');
  if (state.investigatorId === null) {
    throw caseError(
      CASE_ERRORS.INVESTIGATOR_NOT_ASSIGNED,
      `Assign an investigator before investigating case ${data.caseId}`,
    );
  }
  const at = stepTime(data, context);
  requireAfter(at, roundBegan(state), 'The investigation', 'the opening of the round');
  requireAfter(
    at,
    state.investigatorAssignedAt,
    'The investigation',
    'the investigator’s assignment',
  );
  return [
    {
      type: 'InvestigationStarted',
      data: { caseId: data.caseId, investigatorId: state.investigatorId, occurredAt: at },
    },
  ];
}

export function decideAttachEvidence(
  { data }: AttachEvidence,
  state: OpenedCase,
  context: DecisionContext,
): CaseEvent[] {
  const { caseId, evidenceId, description, contentHash } = data;
  requireUnderInvestigation(state, 'attach evidence');
  requireText(description, CASE_ERRORS.EVIDENCE_DESCRIPTION_REQUIRED, 'The description');
  if (!SHA_256_HEX.test(contentHash)) {
    throw caseError(CASE_ERRORS.EVIDENCE_HASH_INVALID, 'The content hash must be SHA-256 in hex');
  }
  if (state.evidence.some((item) => item.evidenceId === evidenceId)) {
    throw caseError(
      CASE_ERRORS.EVIDENCE_ALREADY_ATTACHED,
      `Evidence ${evidenceId} is already attached to case ${caseId}`,
    );
  }
  const at = stepTime(data, context);
  requireAfter(at, state.investigationStartedAt, 'Attaching evidence', 'the investigation');
  return [
    {
      type: 'EvidenceAttached',
      data: {
        caseId,
        evidenceId,
        description,
        contentHash: contentHash.toLowerCase(),
        occurredAt: at,
      },
    },
  ];
}

/** One notice per subject and round; the response period runs in the jurisdiction's days. */
export function decideServeHearingNotice(
  { data }: ServeHearingNotice,
  state: OpenedCase,
  context: DecisionContext,
  responseDays: number,
): CaseEvent[] {
  const { caseId, cadreId } = data;
  requireUnderInvestigation(state, 'serve a hearing notice');
  requireSubject(state, cadreId);
  const round = currentRound(state);
  if (state.hearingNotices.some((n) => n.cadreId === cadreId && n.round === round)) {
    throw caseError(
      CASE_ERRORS.HEARING_NOTICE_ALREADY_SERVED,
      `A hearing notice was already served on cadre ${cadreId} in this investigation`,
    );
  }
  const at = stepTime(data, context);
  requireAfter(at, state.investigationStartedAt, 'The hearing notice', 'the investigation');
  const respondBy = hearingResponseEndsAt(at, responseDays, context.calendar);
  return [{ type: 'HearingNoticeServed', data: { caseId, cadreId, respondBy, occurredAt: at } }];
}

export function decideRecordSubjectStatement(
  { data }: RecordSubjectStatement,
  state: OpenedCase,
  context: DecisionContext,
): CaseEvent[] {
  const { caseId, cadreId, statement } = data;
  requireUnderInvestigation(state, 'record a statement');
  requireSubject(state, cadreId);
  requireText(statement, CASE_ERRORS.STATEMENT_REQUIRED, 'The statement');
  const at = stepTime(data, context);
  requireAfter(at, state.investigationStartedAt, 'The statement', 'the investigation');
  return [
    { type: 'SubjectStatementRecorded', data: { caseId, cadreId, statement, occurredAt: at } },
  ];
}

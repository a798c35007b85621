import type {
  AssignInvestigator,
  AttachEvidence,
  RecordSubjectStatement,
  StartInvestigation,
} from './case.commands';
import { CASE_ERRORS } from './case.errors';
import type { CaseEvent } from './case.events';
import {
  caseError,
  requireNotDecided,
  requireSubject,
  requireText,
  requireUnderInvestigation,
} from './case.guards';
import type { OpenedCase } from './case.state';

const SHA_256_HEX = /^[0-9a-f]{64}$/i;

export function decideAssignInvestigator(
  { data }: AssignInvestigator,
  state: OpenedCase,
  now: string,
): CaseEvent[] {
  const { caseId, investigatorId } = data;
  requireNotDecided(state, 'assign an investigator');
  if (state.investigatorId === investigatorId) {
    throw caseError(
      CASE_ERRORS.INVESTIGATOR_ALREADY_ASSIGNED,
      `${investigatorId} already investigates case ${caseId}`,
    );
  }
  const sanctions = [...state.sanctions, ...state.endedSanctions];
  if (sanctions.some((sanction) => sanction.decidedBy === investigatorId)) {
    throw caseError(
      CASE_ERRORS.SANCTIONING_SUPERVISOR_CANNOT_INVESTIGATE,
      `${investigatorId} decided a sanction in case ${caseId} and cannot investigate it`,
    );
  }
  return [
    {
      type: 'InvestigatorAssigned',
      data: {
        caseId,
        investigatorId,
        previousInvestigatorId: state.investigatorId,
        occurredAt: now,
      },
    },
  ];
}

export function decideStartInvestigation(
  { data }: StartInvestigation,
  state: OpenedCase,
  now: string,
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
  return [
    {
      type: 'InvestigationStarted',
      data: { caseId: data.caseId, investigatorId: state.investigatorId, occurredAt: now },
    },
  ];
}

export function decideAttachEvidence(
  { data }: AttachEvidence,
  state: OpenedCase,
  now: string,
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
  return [
    {
      type: 'EvidenceAttached',
      data: {
        caseId,
        evidenceId,
        description,
        contentHash: contentHash.toLowerCase(),
        occurredAt: now,
      },
    },
  ];
}

export function decideRecordSubjectStatement(
  { data }: RecordSubjectStatement,
  state: OpenedCase,
  now: string,
): CaseEvent[] {
  const { caseId, cadreId, statement } = data;
  requireUnderInvestigation(state, 'record a statement');
  requireSubject(state, cadreId);
  requireText(statement, CASE_ERRORS.STATEMENT_REQUIRED, 'The statement');
  return [
    { type: 'SubjectStatementRecorded', data: { caseId, cadreId, statement, occurredAt: now } },
  ];
}

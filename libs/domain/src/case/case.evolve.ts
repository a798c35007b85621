import { unreachable } from '../shared/decider';
import type { CaseEvent, CaseOpened } from './case.events';
import { deadlineAfter } from './case.deadline';
import { evolveOutcome } from './case.evolve-outcome';
import { type CaseState, type OpenedCase, pendingAppeals } from './case.state';
import { OPENED_CASE_STATUS, caseStatusAfter } from './case.status';

function opened({ data }: CaseOpened): OpenedCase {
  return {
    status: OPENED_CASE_STATUS,
    caseId: data.caseId,
    kind: data.kind,
    openedByDepartmentId: data.openedByDepartmentId,
    summary: data.summary,
    openedAt: data.occurredAt,
    subjects: [],
    grounds: { failures: [], accident: null },
    investigatorId: null,
    formerInvestigatorIds: [],
    investigatorAssignedAt: null,
    investigationStartedAt: null,
    deadline: null,
    evidence: [],
    hearingNotices: [],
    statements: [],
    findings: {},
    sanctions: [],
    endedSanctions: [],
    appeals: [],
    waivers: [],
    participants: {
      findingRecorders: [],
      sanctionDeciders: [],
      caseDeciders: [],
      appealDeciders: [],
    },
    decidedAt: null,
    appealWindowClosesAt: null,
    closedAt: null,
    reopenedAt: null,
    reopenCount: 0,
  };
}

/** Folds one event into the case. Events before CaseOpened cannot exist and are ignored. */
export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  if (state.status === 'NOT_OPENED') return event.type === 'CaseOpened' ? opened(event) : state;
  return evolveOpened(state, event);
}

/** The case after the event: its facts, then its status from the one status machine. */
function evolveOpened(state: OpenedCase, event: CaseEvent): OpenedCase {
  const next = evolveFacts(state, event);
  const status = caseStatusAfter(state.status, event.type, pendingAppeals(next).length);
  return next.status === status ? next : { ...next, status };
}

function evolveFacts(state: OpenedCase, event: CaseEvent): OpenedCase {
  switch (event.type) {
    case 'CaseOpened':
      return state;
    case 'CaseSubjectNamed': {
      const { cadreId, postId } = event.data;
      return { ...state, subjects: [...state.subjects, { cadreId, postId }] };
    }
    case 'FailureCited': {
      const { failureId, dutyId, postId, failureOccurredAt, adverseEffect, responsibleCadreId } =
        event.data;
      const failure = {
        failureId,
        dutyId,
        postId,
        occurredAt: failureOccurredAt,
        adverseEffect,
        responsibleCadreId,
      };
      return {
        ...state,
        grounds: { ...state.grounds, failures: [...state.grounds.failures, failure] },
      };
    }
    case 'AccidentCited': {
      const { accidentId, accidentOccurredAt, accidentGrade } = event.data;
      const accident = {
        accidentId,
        occurredAt: accidentOccurredAt,
        reported: true,
        grade: accidentGrade,
      };
      return { ...state, grounds: { ...state.grounds, accident } };
    }
    case 'InvestigationDeadlineSet':
      return { ...state, deadline: deadlineAfter(state.deadline, event) };
    case 'InvestigatorAssigned': {
      const { investigatorId, previousInvestigatorId } = event.data;
      const former = previousInvestigatorId === null ? [] : [previousInvestigatorId];
      return {
        ...state,
        investigatorId,
        formerInvestigatorIds: [...state.formerInvestigatorIds, ...former],
        investigatorAssignedAt: event.data.occurredAt,
      };
    }
    case 'InvestigationStarted':
      return {
        ...state,
        investigationStartedAt: event.data.occurredAt,
      };
    case 'EvidenceAttached': {
      const { evidenceId, description, contentHash, occurredAt } = event.data;
      const evidence = { evidenceId, description, contentHash, attachedAt: occurredAt };
      return { ...state, evidence: [...state.evidence, evidence] };
    }
    case 'HearingNoticeServed': {
      const { cadreId, respondBy, occurredAt } = event.data;
      const notice = { cadreId, servedAt: occurredAt, respondBy, round: state.reopenCount };
      return { ...state, hearingNotices: [...state.hearingNotices, notice] };
    }
    case 'SubjectStatementRecorded': {
      const { cadreId, statement, occurredAt } = event.data;
      const recorded = { cadreId, statement, recordedAt: occurredAt, round: state.reopenCount };
      return { ...state, statements: [...state.statements, recorded] };
    }
    case 'FindingRecorded': {
      const { occurredAt, caseId: _caseId, ...recorded } = event.data;
      const finding = { ...recorded, recordedAt: occurredAt, round: state.reopenCount };
      const { participants } = state;
      const findingRecorders =
        recorded.recordedBy === null
          ? participants.findingRecorders
          : [...participants.findingRecorders, recorded.recordedBy];
      return {
        ...state,
        findings: { ...state.findings, [recorded.cadreId]: finding },
        participants: { ...participants, findingRecorders },
      };
    }
    case 'SanctionWithdrawn':
    case 'SanctionDecided':
    case 'CaseDecided':
    case 'AppealWaived':
    case 'AppealFiled':
    case 'AppealDecided':
    case 'DeadlineExtended':
    case 'CaseClosed':
    case 'CaseReopened':
      return evolveOutcome(state, event);
    default:
      return unreachable(event);
  }
}

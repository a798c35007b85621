import { unreachable } from '../shared/decider';
import type { CaseEvent, CaseOpened } from './case.events';
import { evolveOutcome } from './case.evolve-outcome';
import type { CaseState, OpenedCase } from './case.state';

function opened({ data }: CaseOpened): OpenedCase {
  return {
    status: 'OPENED',
    caseId: data.caseId,
    kind: data.kind,
    openedByDepartmentId: data.openedByDepartmentId,
    summary: data.summary,
    openedAt: data.occurredAt,
    subjects: [],
    grounds: { failures: [], accident: null },
    investigatorId: null,
    formerInvestigatorIds: [],
    deadline: null,
    evidence: [],
    statements: [],
    findings: {},
    sanctions: [],
    endedSanctions: [],
    appeals: [],
    decidedAt: null,
    appealWindowClosesAt: null,
    closedAt: null,
    reopenCount: 0,
  };
}

/** Folds one event into the case. Events before CaseOpened cannot exist and are ignored. */
export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  if (state.status === 'NOT_OPENED') return event.type === 'CaseOpened' ? opened(event) : state;
  return evolveOpened(state, event);
}

function evolveOpened(state: OpenedCase, event: CaseEvent): OpenedCase {
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
    case 'InvestigationDeadlineSet': {
      const { dueAt } = event.data;
      const deadline = {
        dueAt,
        originalDueAt: dueAt,
        extended: false,
        extension: null,
        stoppedAt: null,
      };
      return { ...state, deadline };
    }
    case 'InvestigatorAssigned': {
      const { investigatorId, previousInvestigatorId } = event.data;
      const former = previousInvestigatorId === null ? [] : [previousInvestigatorId];
      return {
        ...state,
        investigatorId,
        formerInvestigatorIds: [...state.formerInvestigatorIds, ...former],
      };
    }
    case 'InvestigationStarted':
      return { ...state, status: 'UNDER_INVESTIGATION' };
    case 'EvidenceAttached': {
      const { evidenceId, description, contentHash, occurredAt } = event.data;
      const evidence = { evidenceId, description, contentHash, attachedAt: occurredAt };
      return { ...state, evidence: [...state.evidence, evidence] };
    }
    case 'SubjectStatementRecorded': {
      const { cadreId, statement, occurredAt } = event.data;
      const recorded = { cadreId, statement, recordedAt: occurredAt, round: state.reopenCount };
      return { ...state, statements: [...state.statements, recorded] };
    }
    case 'FindingRecorded': {
      const { cadreId, responsible, responsibilityKind, reasoning, heardBeforeFinding } =
        event.data;
      const finding = {
        cadreId,
        responsible,
        responsibilityKind,
        reasoning,
        heardBeforeFinding,
        recordedAt: event.data.occurredAt,
        round: state.reopenCount,
      };
      return { ...state, findings: { ...state.findings, [cadreId]: finding } };
    }
    case 'SanctionWithdrawn':
    case 'SanctionDecided':
    case 'CaseDecided':
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

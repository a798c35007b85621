/** Test data for the case specs: one case, two subjects, an investigator and a supervisor. */
import type { DecisionContext } from '../shared/decider';
import { decidedAt } from '../testing/decider-spec';
import { fold } from '../shared/decider';
import type { CaseCommand, OpenAccountability } from './case.commands';
import type { CaseDecider } from './case.decider';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import type { CitedAccidentFact, CitedFailureFact } from './case.facts';
import type { CaseState } from './case.state';
import type { Sanction } from './case.vocabulary';

export const CASE_ID = 'case-0001';
export const ZHANG = 'cadre-zhang';
export const LI = 'cadre-li';
export const POST_INDUSTRY = 'post-deputy-mayor-industry';
export const POST_TRANSPORT = 'post-deputy-mayor-transport';
export const SUPERVISION_DEPT = 'dept-emergency-management';
export const INVESTIGATOR = 'user-inspector-wang';
export const SUPERVISOR = 'user-supervisor-chen';
/** The clock of `spec(...)` unless a test sets another. */
export const NOW = '2026-01-15T09:00:00.000Z';
export const HASH = 'ab'.repeat(32);

export const context = (iso: string): DecisionContext => decidedAt(iso);
const at = (occurredAt = NOW) => ({ caseId: CASE_ID, occurredAt });

export function failure(overrides: Partial<CitedFailureFact> = {}): CitedFailureFact {
  return {
    failureId: 'failure-1',
    dutyId: 'duty-1',
    postId: POST_INDUSTRY,
    occurredAt: '2025-11-03T08:00:00.000Z',
    adverseEffect: 'SERIOUS',
    responsibleCadreId: ZHANG,
    ...overrides,
  };
}

export function accident(overrides: Partial<CitedAccidentFact> = {}): CitedAccidentFact {
  return {
    accidentId: 'accident-1',
    occurredAt: '2026-01-01T06:30:00.000Z',
    reported: true,
    grade: 'LARGER',
    ...overrides,
  };
}

export function openPreAccident(
  data: Partial<OpenAccountability['data']> = {},
): OpenAccountability {
  return {
    type: 'OpenAccountability',
    data: {
      caseId: CASE_ID,
      kind: 'PRE_ACCIDENT',
      openedBy: { departmentId: SUPERVISION_DEPT, supervisionAuthority: true },
      subjects: [{ cadreId: ZHANG, postId: POST_INDUSTRY }],
      grounds: { failures: [failure()], accident: null },
      summary: 'Monthly hazard inspections of chemical plants not carried out',
      ...data,
    },
  };
}

export function openPostAccident(
  data: Partial<OpenAccountability['data']> = {},
): OpenAccountability {
  return openPreAccident({
    kind: 'POST_ACCIDENT',
    subjects: [
      { cadreId: ZHANG, postId: POST_INDUSTRY },
      { cadreId: LI, postId: POST_TRANSPORT },
    ],
    grounds: { failures: [], accident: accident() },
    summary: 'Warehouse fire with four deaths',
    ...data,
  });
}

/** The events of a freshly opened pre-accident case against Zhang. */
export function opened(occurredAt = NOW): CaseEvent[] {
  return caseDecider.decide(openPreAccident(), fold(caseDecider, []), context(occurredAt));
}

/** The events of a freshly opened post-accident case against Zhang and Li. */
export function openedPostAccident(occurredAt = NOW): CaseEvent[] {
  return caseDecider.decide(openPostAccident(), fold(caseDecider, []), context(occurredAt));
}

export const investigatorAssigned = (
  investigatorId = INVESTIGATOR,
  previousInvestigatorId: string | null = null,
): CaseEvent => ({
  type: 'InvestigatorAssigned',
  data: { ...at(), investigatorId, previousInvestigatorId },
});
export const investigationStarted = (): CaseEvent => ({
  type: 'InvestigationStarted',
  data: { ...at(), investigatorId: INVESTIGATOR },
});
export const statementRecorded = (cadreId = ZHANG): CaseEvent => ({
  type: 'SubjectStatementRecorded',
  data: { ...at(), cadreId, statement: 'The inspections were delegated to the bureau' },
});
export const findingRecorded = (cadreId = ZHANG, responsible = true): CaseEvent => ({
  type: 'FindingRecorded',
  data: {
    ...at(),
    cadreId,
    responsible,
    responsibilityKind: responsible ? 'LEADERSHIP' : null,
    reasoning: 'Signed off the inspection plan and never followed it up',
    heardBeforeFinding: true,
  },
});
export const sanctionDecided = (
  cadreId = ZHANG,
  sanction: Sanction = 'CIRCULATED_CRITICISM',
  sanctionId = 'sanction-1',
): CaseEvent => ({
  type: 'SanctionDecided',
  data: { ...at(), sanctionId, cadreId, sanction, decidedBy: SUPERVISOR },
});
export const caseDecided = (occurredAt = NOW, appealWindowClosesAt?: string): CaseEvent => ({
  type: 'CaseDecided',
  data: {
    ...at(occurredAt),
    appealWindowClosesAt:
      appealWindowClosesAt ?? new Date(Date.parse(occurredAt) + 30 * 86_400_000).toISOString(),
  },
});
export const appealFiled = (cadreId = ZHANG, appealId = 'appeal-1'): CaseEvent => ({
  type: 'AppealFiled',
  data: {
    ...at(),
    appealId,
    cadreId,
    sanctionId: 'sanction-1',
    grounds: 'The delegation was lawful',
  },
});
export const caseClosed = (): CaseEvent => ({
  type: 'CaseClosed',
  data: { ...at(), reason: 'Sanctions carried out' },
});
export const caseReopened = (): CaseEvent => ({
  type: 'CaseReopened',
  data: { ...at(), reason: 'New evidence from the provincial inspection' },
});

/** Opened, investigated by the investigator, under investigation. */
export const underInvestigation = (): CaseEvent[] => [
  ...opened(),
  investigatorAssigned(),
  investigationStarted(),
];

/** Zhang found responsible, sanctioned with circulated criticism, decision issued now. */
export const decided = (): CaseEvent[] => [
  ...underInvestigation(),
  findingRecorded(),
  sanctionDecided(),
  caseDecided(),
];

/** Runs commands one after another at the given times, as a handler would. */
export function caseStory(decider: CaseDecider = caseDecider) {
  const events: CaseEvent[] = [];
  return {
    events,
    at(iso: string, command: CaseCommand): CaseEvent[] {
      const produced = decider.decide(command, fold(decider, events), context(iso));
      events.push(...produced);
      return produced;
    },
    state(): CaseState {
      return fold(decider, events);
    },
  };
}

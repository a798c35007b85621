/**
 * Test data for the case specs: one case, two subjects, an investigator, a supervisor who decides,
 * and a supervisor who decides appeals and took no earlier part. Unless a test says otherwise,
 * every step happens at NOW (the clock of `spec(...)`), which satisfies "no step before the step
 * it rests on".
 */
import type { DecisionContext } from '../shared/decider';
import { fold } from '../shared/decider';
import {
  appealWindowClosesAt as windowClosesAt,
  DEFAULT_APPEAL_WINDOW_DAYS,
} from '../policies/deadlines';
import { calendarFor, DEFAULT_TIME_ZONE } from '../shared/jurisdiction-calendar';
import { decidedAt } from '../testing/decider-spec';
import type { CaseCommand, FindingCircumstances, OpenAccountability } from './case.commands';
import type { CaseDecider } from './case.decider';
import { caseDecider } from './case.decider';
import type { CaseEvent, FindingRecorded } from './case.events';
import type { CitedAccidentFact, CitedFailureFact } from './case.facts';
import type { CaseState, OpenedCase } from './case.state';
import type { Sanction } from './case.vocabulary';

export const CASE_ID = 'case-0001';
export const ZHANG = 'cadre-zhang';
export const LI = 'cadre-li';
export const POST_INDUSTRY = 'post-deputy-mayor-industry';
export const POST_TRANSPORT = 'post-deputy-mayor-transport';
export const SUPERVISION_DEPT = 'dept-emergency-management';
export const INVESTIGATOR = 'user-inspector-wang';
/** Decides the sanctions and the case. */
export const SUPERVISOR = 'user-supervisor-chen';
/** Decides appeals: took no earlier part in the case. */
export const APPEAL_SUPERVISOR = 'user-supervisor-liu';
/** The clock of `spec(...)` unless a test sets another: 17:00 on 15 January 2026, Beijing time. */
export const NOW = '2026-01-15T09:00:00.000Z';
/** A decision at NOW may be appealed until the end of 14 February 2026, Beijing time (30 days). */
export const WINDOW_CLOSES = '2026-02-14T15:59:59.999Z';
/** A hearing notice served at NOW may be answered until the end of 20 January, Beijing time. */
export const RESPOND_BY = '2026-01-20T15:59:59.999Z';
/** The accident (14:30 on 1 January 2026, Beijing time) is investigated by the end of 2 March. */
export const ACCIDENT_DUE = '2026-03-02T15:59:59.999Z';
export const HASH = 'ab'.repeat(32);
export const NO_CIRCUMSTANCES: FindingCircumstances = { aggravating: [], mitigating: [] };

export const context = (iso: string): DecisionContext => decidedAt(iso);
const beijing = calendarFor(DEFAULT_TIME_ZONE);
/** A moment `ms` milliseconds after an instant. */
export const plus = (iso: string, ms: number): string =>
  new Date(Date.parse(iso) + ms).toISOString();
const at = (occurredAt = NOW) => ({ caseId: CASE_ID, occurredAt });

export function failure(overrides: Partial<CitedFailureFact> = {}): CitedFailureFact {
  return {
    failureId: 'failure-1',
    dutyId: 'duty-1',
    postId: POST_INDUSTRY,
    occurredAt: '2025-11-03T08:00:00.000Z',
    adverseEffect: 'SERIOUS',
    responsibleCadreId: ZHANG,
    workSafety: true,
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

/** Zhang and Li each held the post they are named with when the accident happened. */
export function openPostAccident(
  data: Partial<OpenAccountability['data']> = {},
): OpenAccountability {
  return openPreAccident({
    kind: 'POST_ACCIDENT',
    subjects: [
      { cadreId: ZHANG, postId: POST_INDUSTRY, holderAtAccident: ZHANG },
      { cadreId: LI, postId: POST_TRANSPORT, holderAtAccident: LI },
    ],
    grounds: { failures: [], accident: accident() },
    summary: 'Warehouse fire with four deaths',
    ...data,
  });
}

/** The events of a freshly opened pre-accident case against Zhang. */
export function opened(occurredAt = NOW): CaseEvent[] {
  return caseDecider.decide(openPreAccident(), caseDecider.initialState, context(occurredAt));
}

/** The events of a freshly opened post-accident case against Zhang and Li. */
export function openedPostAccident(occurredAt = NOW): CaseEvent[] {
  return caseDecider.decide(openPostAccident(), caseDecider.initialState, context(occurredAt));
}

export const investigatorAssigned = (
  investigatorId = INVESTIGATOR,
  previousInvestigatorId: string | null = null,
  occurredAt = NOW,
): CaseEvent => ({
  type: 'InvestigatorAssigned',
  data: { ...at(occurredAt), investigatorId, previousInvestigatorId },
});
export const investigationStarted = (occurredAt = NOW): CaseEvent => ({
  type: 'InvestigationStarted',
  data: { ...at(occurredAt), investigatorId: INVESTIGATOR },
});
export const statementRecorded = (cadreId = ZHANG, occurredAt = NOW): CaseEvent => ({
  type: 'SubjectStatementRecorded',
  data: { ...at(occurredAt), cadreId, statement: 'The inspections were delegated to the bureau' },
});
export const hearingNoticeServed = (
  cadreId = ZHANG,
  occurredAt = NOW,
  respondBy = RESPOND_BY,
): CaseEvent => ({
  type: 'HearingNoticeServed',
  data: { ...at(occurredAt), cadreId, respondBy },
});
export const findingRecorded = (
  cadreId = ZHANG,
  responsible = true,
  overrides: Partial<FindingRecorded['data']> = {},
): CaseEvent => ({
  type: 'FindingRecorded',
  data: {
    ...at(),
    cadreId,
    responsible,
    responsibilityKind: responsible ? 'LEADERSHIP' : null,
    reasoning: 'Signed off the inspection plan and never followed it up',
    hearing: responsible ? 'STATEMENT' : 'NOT_HEARD',
    aggravating: [],
    mitigating: [],
    recordedBy: INVESTIGATOR,
    ...overrides,
  },
});
export const sanctionDecided = (
  cadreId = ZHANG,
  sanction: Sanction = 'CIRCULATED_CRITICISM',
  sanctionId = 'sanction-1',
  occurredAt = NOW,
): CaseEvent => ({
  type: 'SanctionDecided',
  data: { ...at(occurredAt), sanctionId, cadreId, sanction, decidedBy: SUPERVISOR },
});
export const caseDecided = (
  occurredAt = NOW,
  appealWindowClosesAt = windowClosesAt(occurredAt, DEFAULT_APPEAL_WINDOW_DAYS, beijing),
  decidedBy: string | null = SUPERVISOR,
): CaseEvent => ({
  type: 'CaseDecided',
  data: { ...at(occurredAt), appealWindowClosesAt, decidedBy },
});
export const appealWaived = (
  cadreId = ZHANG,
  sanctionId = 'sanction-1',
  occurredAt = NOW,
): CaseEvent => ({
  type: 'AppealWaived',
  data: { ...at(occurredAt), cadreId, sanctionId },
});
export const appealFiled = (
  cadreId = ZHANG,
  appealId = 'appeal-1',
  sanctionId = 'sanction-1',
  occurredAt = NOW,
): CaseEvent => ({
  type: 'AppealFiled',
  data: { ...at(occurredAt), appealId, cadreId, sanctionId, grounds: 'The delegation was lawful' },
});
export const appealUpheld = (
  cadreId = ZHANG,
  appealId = 'appeal-1',
  sanctionId = 'sanction-1',
  occurredAt = NOW,
): CaseEvent => ({
  type: 'AppealDecided',
  data: {
    ...at(occurredAt),
    appealId,
    cadreId,
    sanctionId,
    outcome: 'UPHELD',
    changedSanction: null,
    reasoning: 'Proportionate',
    decidedBy: APPEAL_SUPERVISOR,
  },
});
export const caseClosed = (occurredAt = NOW): CaseEvent => ({
  type: 'CaseClosed',
  data: { ...at(occurredAt), reason: 'Sanctions carried out' },
});
export const caseReopened = (occurredAt = NOW): CaseEvent => ({
  type: 'CaseReopened',
  data: { ...at(occurredAt), reason: 'New evidence from the provincial inspection' },
});

/** Opened, investigated by the investigator, under investigation. */
export const underInvestigation = (): CaseEvent[] => [
  ...opened(),
  investigatorAssigned(),
  investigationStarted(),
];

/** Zhang heard, found responsible, given a circulated criticism; the decision issued now. */
export const decided = (): CaseEvent[] => [
  ...underInvestigation(),
  statementRecorded(),
  findingRecorded(),
  sanctionDecided(),
  caseDecided(),
];

/** Zhang (circulated criticism) and Li (suspension), both heard and sanctioned, decided now. */
export const bothSanctioned = (): CaseEvent[] => [
  ...openedPostAccident(),
  investigatorAssigned(),
  investigationStarted(),
  statementRecorded(ZHANG),
  statementRecorded(LI),
  findingRecorded(ZHANG),
  findingRecorded(LI),
  sanctionDecided(ZHANG, 'CIRCULATED_CRITICISM', 'sanction-1'),
  sanctionDecided(LI, 'SUSPENSION', 'sanction-2'),
  caseDecided(),
];

/** Decided, closed after Zhang waived the appeal, reopened and under investigation again. */
export const reopenedInvestigation = (): CaseEvent[] => [
  ...decided(),
  appealWaived(),
  caseClosed(),
  caseReopened(),
  investigationStarted(),
];

/** The state of a case that must have been opened. */
export function openedState(events: readonly CaseEvent[]): OpenedCase {
  const state = fold(caseDecider, events);
  if (state.status === 'NOT_OPENED') throw new Error('the case was not opened');
  return state;
}

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

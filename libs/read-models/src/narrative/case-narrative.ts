import {
  type AppealDecided,
  type CaseEvent,
  type CaseEventType,
  type FindingRecorded,
  type OpenedCase,
  type Weighed,
  caseDecider,
  isMeasure,
  unreachable,
} from '@dutyledger/domain';
import { type Message, message } from './message';
import { term } from './terms';

/** Names of the departments, posts and cadres a case refers to by id, where they are known. */
export interface CaseNames {
  readonly departments: Readonly<Record<string, string>>;
  readonly posts: Readonly<Record<string, string>>;
  readonly cadres: Readonly<Record<string, string>>;
}

/** What a case event's message needs besides the event. */
export interface CaseFacts {
  /** who recorded the event (the envelope's actor) */
  readonly actorId: string;
  /** the case as it stood before the event; null for the opening event */
  readonly before: OpenedCase | null;
  readonly names: CaseNames;
}

/** The message id of each case event type: a type without one does not compile. */
export const CASE_MESSAGE_IDS: Readonly<Record<CaseEventType, string>> = {
  CaseOpened: 'case.opened',
  CaseSubjectNamed: 'case.subjectNamed',
  FailureCited: 'case.failureCited',
  AccidentCited: 'case.accidentCited',
  InvestigationDeadlineSet: 'case.deadlineSet',
  InvestigatorAssigned: 'case.investigatorAssigned',
  InvestigationStarted: 'case.investigationStarted',
  EvidenceAttached: 'case.evidenceAttached',
  HearingNoticeServed: 'case.hearingNoticeServed',
  SubjectStatementRecorded: 'case.statementRecorded',
  FindingRecorded: 'case.findingRecorded',
  SanctionWithdrawn: 'case.sanctionWithdrawn',
  SanctionDecided: 'case.sanctionDecided',
  CaseDecided: 'case.decided',
  AppealWaived: 'case.appealWaived',
  AppealFiled: 'case.appealFiled',
  AppealDecided: 'case.appealDecided',
  DeadlineExtended: 'case.deadlineExtended',
  CaseClosed: 'case.closed',
  CaseReopened: 'case.reopened',
};

/** A name when one is known, otherwise the id, so that a sentence never loses whom it means. */
const nameIn = (names: Readonly<Record<string, string>>, id: string): string => names[id] ?? id;

/** The sanction a case event refers to by id, as the case knew it before the event. */
function sanctionTerm(before: OpenedCase | null, sanctionId: string) {
  const all = [...(before?.sanctions ?? []), ...(before?.endedSanctions ?? [])];
  const known = all.find((candidate) => candidate.sanctionId === sanctionId);
  return term('measure', known?.sanction ?? sanctionId);
}

const circumstances = (weighed: readonly Weighed<string>[]): Message[] =>
  weighed.map(({ circumstance, note }) =>
    message('case.circumstance', { circumstance: term('circumstance', circumstance), note }),
  );

function finding({ data }: FindingRecorded, { actorId, names }: CaseFacts): Message['params'] {
  return {
    subject: nameIn(names.cadres, data.cadreId),
    responsible: data.responsible,
    kindGiven: data.responsibilityKind !== null,
    responsibilityKind: term('responsibilityKind', data.responsibilityKind ?? ''),
    recorder: data.recordedBy ?? actorId,
    hearing: data.hearing,
    reasoning: data.reasoning,
    aggravatingCount: data.aggravating.length,
    aggravating: circumstances(data.aggravating),
    mitigatingCount: data.mitigating.length,
    mitigating: circumstances(data.mitigating),
  };
}

function appealDecision({ data }: AppealDecided, { actorId, before, names }: CaseFacts) {
  return {
    subject: nameIn(names.cadres, data.cadreId),
    decider: data.decidedBy ?? actorId,
    outcome: data.outcome,
    sanction: sanctionTerm(before, data.sanctionId),
    changedSanction: term('measure', data.changedSanction ?? ''),
    reasoning: data.reasoning,
  };
}

/** What a case event's message says: its parameters, by event type. */
function paramsOf(event: CaseEvent, facts: CaseFacts): Message['params'] {
  const { actorId: actor, before, names } = facts;
  const cadre = (id: string) => nameIn(names.cadres, id);
  switch (event.type) {
    case 'CaseOpened': {
      const { kind, openedByDepartmentId, summary } = event.data;
      const department = nameIn(names.departments, openedByDepartmentId);
      return { kind: term('caseKind', kind), department, actor, summary };
    }
    case 'CaseSubjectNamed': {
      const { cadreId, postId } = event.data;
      return { subject: cadre(cadreId), post: nameIn(names.posts, postId), actor };
    }
    case 'FailureCited': {
      const { failureId, postId, failureOccurredAt, adverseEffect, responsibleCadreId } =
        event.data;
      return {
        failureId,
        post: nameIn(names.posts, postId),
        occurredAt: failureOccurredAt,
        adverseEffect: term('adverseEffect', adverseEffect),
        vacant: responsibleCadreId === null,
        responsible: responsibleCadreId === null ? '' : cadre(responsibleCadreId),
        actor,
      };
    }
    case 'AccidentCited': {
      const { accidentId, accidentOccurredAt, accidentGrade } = event.data;
      const grade = term('accidentGrade', accidentGrade);
      return { accidentId, occurredAt: accidentOccurredAt, grade, actor };
    }
    case 'InvestigationDeadlineSet':
      return { dueAt: event.data.dueAt, actor };
    case 'InvestigatorAssigned': {
      const { investigatorId, previousInvestigatorId } = event.data;
      const replacing = previousInvestigatorId !== null;
      return {
        investigator: investigatorId,
        replacing,
        previous: previousInvestigatorId ?? '',
        actor,
      };
    }
    case 'InvestigationStarted':
      return { investigator: event.data.investigatorId, actor };
    case 'EvidenceAttached': {
      const { description, contentHash } = event.data;
      return { description, contentHash, actor };
    }
    case 'HearingNoticeServed':
      return { subject: cadre(event.data.cadreId), respondBy: event.data.respondBy, actor };
    case 'SubjectStatementRecorded':
      return { subject: cadre(event.data.cadreId), statement: event.data.statement, actor };
    case 'FindingRecorded':
      return finding(event, facts);
    case 'SanctionWithdrawn': {
      const { sanctionId, cadreId } = event.data;
      return { sanction: sanctionTerm(before, sanctionId), subject: cadre(cadreId), actor };
    }
    case 'SanctionDecided': {
      const { sanction, cadreId, decidedBy } = event.data;
      return {
        measure: isMeasure(sanction),
        sanction: term('measure', sanction),
        subject: cadre(cadreId),
        decider: decidedBy,
      };
    }
    case 'CaseDecided': {
      const { decidedBy, appealWindowClosesAt } = event.data;
      return { decider: decidedBy ?? actor, appealWindowClosesAt };
    }
    case 'AppealWaived': {
      const { cadreId, sanctionId } = event.data;
      return { subject: cadre(cadreId), sanction: sanctionTerm(before, sanctionId), actor };
    }
    case 'AppealFiled': {
      const { cadreId, sanctionId, grounds } = event.data;
      return {
        subject: cadre(cadreId),
        sanction: sanctionTerm(before, sanctionId),
        grounds,
        actor,
      };
    }
    case 'AppealDecided':
      return appealDecision(event, facts);
    case 'DeadlineExtended': {
      const { days, dueAt, reason } = event.data;
      return { days, dueAt, reason, actor };
    }
    case 'CaseClosed':
      return { reason: event.data.reason, actor };
    case 'CaseReopened':
      return { reopening: (before?.reopenCount ?? 0) + 1, reason: event.data.reason, actor };
    default:
      return unreachable(event);
  }
}

/** The one narrative of a case event: what it says, as a message of the catalogues. */
export function narrateCaseEvent(event: CaseEvent, facts: CaseFacts): Message {
  return message(CASE_MESSAGE_IDS[event.type], paramsOf(event, facts));
}

/** A case event with who recorded it. */
export interface ActedCaseEvent {
  readonly event: CaseEvent;
  readonly actorId: string;
}

/**
 * A whole case stream told in order, each event with its message: the case is folded as it goes
 * (with the domain's own evolve), so that each event is told against the case as it stood before.
 */
export function narrateCase<Told extends ActedCaseEvent>(
  events: readonly Told[],
  names: CaseNames,
): (Told & { message: Message })[] {
  let state = caseDecider.initialState;
  return events.map((told) => {
    const before = state.status === 'NOT_OPENED' ? null : state;
    state = caseDecider.evolve(state, told.event);
    return {
      ...told,
      message: narrateCaseEvent(told.event, { actorId: told.actorId, before, names }),
    };
  });
}

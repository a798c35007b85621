import {
  type AppealDecided,
  type CaseEvent,
  type CaseKind,
  type FindingRecorded,
  type HearingBasis,
  type OpenedCase,
  type Weighed,
  isMeasure,
  unreachable,
} from '@dutyledger/domain';
import type { CaseLabels } from '../case-labels';

/** What a sentence needs besides the event: who did it, the case before it, and names. */
export interface SentenceContext {
  readonly actorId: string;
  /** the case as it stood before the event; null for the opening event */
  readonly before: OpenedCase | null;
  readonly labels: CaseLabels;
}

const KIND_WORDS: Record<CaseKind, string> = {
  PRE_ACCIDENT: 'Pre-accident',
  POST_ACCIDENT: 'Post-accident',
};

/** A name when the register knows one, otherwise the id, so a sentence never loses its subject. */
const cadre = (labels: CaseLabels, id: string) => `cadre ${labels.cadres[id] ?? id}`;
const post = (labels: CaseLabels, id: string) => `post ${labels.posts[id] ?? id}`;

/** The sanction a case event refers to by id, as the case knew it before the event. */
function sanctionKind(before: OpenedCase | null, sanctionId: string): string {
  const all = [...(before?.sanctions ?? []), ...(before?.endedSanctions ?? [])];
  return all.find((candidate) => candidate.sanctionId === sanctionId)?.sanction ?? sanctionId;
}

function appealOutcome({ data }: AppealDecided, before: OpenedCase | null): string {
  switch (data.outcome) {
    case 'UPHELD':
      return `sanction ${sanctionKind(before, data.sanctionId)} upheld`;
    case 'SANCTION_REVOKED':
      return `sanction ${sanctionKind(before, data.sanctionId)} revoked`;
    case 'SANCTION_CHANGED':
      return `sanction changed from ${sanctionKind(before, data.sanctionId)} to ${data.changedSanction ?? 'another sanction'}`;
    default:
      return unreachable(data.outcome);
  }
}

const HEARD: Record<HearingBasis, string> = {
  STATEMENT: 'after hearing the subject',
  NOTICE_UNANSWERED: 'after a hearing notice the subject left unanswered',
  NOT_HEARD: 'without hearing the subject',
};

const weighed = (label: string, circumstances: readonly Weighed<string>[]): string[] =>
  circumstances.length === 0
    ? []
    : [
        `${label}: ${circumstances.map(({ circumstance, note }) => `${circumstance} (${note})`).join(', ')}`,
      ];

/** A finding: the verdict, how the subject was heard, what was weighed, and who recorded it. */
function findingPhrase({ data }: FindingRecorded, labels: CaseLabels, actorId: string): string {
  const { cadreId, responsible, responsibilityKind, hearing } = data;
  const verdict = responsible
    ? `found responsible (${responsibilityKind ?? 'kind not given'})`
    : 'found not responsible';
  const circumstances = [
    ...weighed('aggravating', data.aggravating),
    ...weighed('mitigating', data.mitigating),
  ];
  const weighing = circumstances.length === 0 ? '' : `; ${circumstances.join('; ')}`;
  return `${cadre(labels, cadreId)} ${verdict} ${HEARD[hearing]} by ${data.recordedBy ?? actorId}${weighing}`;
}

/** One sentence per case event, as a caseworker would say it. */
export function caseSentence(event: CaseEvent, context: SentenceContext): string {
  const sentence = phrase(event, context);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function phrase(event: CaseEvent, { actorId, before, labels }: SentenceContext): string {
  const by = `by ${actorId}`;
  switch (event.type) {
    case 'CaseOpened': {
      const { kind, openedByDepartmentId, summary } = event.data;
      const department = labels.departments[openedByDepartmentId] ?? openedByDepartmentId;
      return `${KIND_WORDS[kind]} case opened for ${department} ${by}: ${summary}`;
    }
    case 'CaseSubjectNamed':
      return `${cadre(labels, event.data.cadreId)} (${post(labels, event.data.postId)}) named as a subject ${by}`;
    case 'FailureCited': {
      const { failureId, postId, adverseEffect, responsibleCadreId } = event.data;
      const responsible =
        responsibleCadreId === null
          ? 'the post was vacant'
          : `responsible: ${cadre(labels, responsibleCadreId)}`;
      return `Failure ${failureId} on ${post(labels, postId)} cited as grounds (adverse effect ${adverseEffect}; ${responsible}) ${by}`;
    }
    case 'AccidentCited': {
      const { accidentId, accidentGrade, accidentOccurredAt } = event.data;
      return `Accident ${accidentId} of ${accidentOccurredAt} (grade ${accidentGrade}) cited as grounds ${by}`;
    }
    case 'InvestigationDeadlineSet':
      return `Investigation deadline set to ${event.data.dueAt} ${by}`;
    case 'InvestigatorAssigned': {
      const { investigatorId, previousInvestigatorId } = event.data;
      const replacing =
        previousInvestigatorId === null ? '' : ` replacing ${previousInvestigatorId}`;
      return `Investigator ${investigatorId} assigned${replacing} ${by}`;
    }
    case 'InvestigationStarted':
      return `Investigation started (investigator ${event.data.investigatorId}) ${by}`;
    case 'EvidenceAttached':
      return `Evidence attached: ${event.data.description} (SHA-256 ${event.data.contentHash}) ${by}`;
    case 'HearingNoticeServed':
      return `Hearing notice served on ${cadre(labels, event.data.cadreId)} ${by}; the subject may answer until ${event.data.respondBy}`;
    case 'SubjectStatementRecorded':
      return `Statement of ${cadre(labels, event.data.cadreId)} recorded ${by}`;
    case 'FindingRecorded':
      return findingPhrase(event, labels, actorId);
    case 'SanctionWithdrawn': {
      const { sanctionId, cadreId } = event.data;
      return `Sanction ${sanctionKind(before, sanctionId)} of ${cadre(labels, cadreId)} withdrawn ${by}: the finding was superseded`;
    }
    case 'SanctionDecided': {
      const { sanction, cadreId, decidedBy } = event.data;
      const what = isMeasure(sanction) ? `Measure ${sanction}` : sanction;
      return `${what} decided for ${cadre(labels, cadreId)} by ${decidedBy}`;
    }
    case 'CaseDecided':
      return `Case decided by ${event.data.decidedBy ?? actorId}; appeals may be filed until ${event.data.appealWindowClosesAt}`;
    case 'AppealWaived':
      return `${cadre(labels, event.data.cadreId)} waived the appeal against ${sanctionKind(before, event.data.sanctionId)} ${by}`;
    case 'AppealFiled':
      return `Appeal of ${cadre(labels, event.data.cadreId)} against sanction ${sanctionKind(before, event.data.sanctionId)} filed ${by}`;
    case 'AppealDecided':
      return `Appeal of ${cadre(labels, event.data.cadreId)} decided by ${event.data.decidedBy ?? actorId}: ${appealOutcome(event, before)}`;
    case 'DeadlineExtended': {
      const { days, dueAt, reason } = event.data;
      return `Investigation deadline extended by ${days} days to ${dueAt} ${by}: ${reason}`;
    }
    case 'CaseClosed':
      return `Case closed ${by}: ${event.data.reason}`;
    case 'CaseReopened': {
      const reopening = (before?.reopenCount ?? 0) + 1;
      return `Case reopened (reopening ${reopening}) ${by}: ${event.data.reason}`;
    }
    default:
      return unreachable(event);
  }
}

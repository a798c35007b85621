import {
  type CaseEvent,
  type FindingRecorded,
  type HearingBasis,
  type Weighed,
  isMeasure,
  unreachable,
} from '@dutyledger/domain';

const words = (code: string): string => code.toLowerCase().replace(/_/g, ' ');

/** How the report names a cadre: by name when the cadre stream is known, else by id. */
export type NameOf = (cadreId: string) => string;

const HEARD: Record<HearingBasis, string> = {
  STATEMENT: 'The subject had been heard (statement).',
  NOTICE_UNANSWERED: 'A hearing notice had been served and its response period passed unanswered.',
  NOT_HEARD: 'The subject had not been heard.',
};

function weighed(label: string, circumstances: readonly Weighed<string>[]): string {
  if (circumstances.length === 0) return '';
  const each = circumstances.map(({ circumstance, note }) => `${words(circumstance)} (${note})`);
  return ` ${label}: ${each.join('; ')}.`;
}

function finding({ data }: FindingRecorded, nameOf: NameOf): string {
  const { cadreId, responsible, responsibilityKind, recordedBy } = data;
  const verdict = responsible
    ? `responsible (${words(responsibilityKind ?? 'unspecified')})`
    : 'not responsible';
  const by = recordedBy === null ? '' : ` by ${recordedBy}`;
  return (
    `${nameOf(cadreId)} was found ${verdict}${by}: ${data.reasoning}. ${HEARD[data.hearing]}` +
    weighed('Aggravating', data.aggravating) +
    weighed('Mitigating', data.mitigating)
  );
}

/** One plain sentence per case event, for the timeline of the printed report. */
export function sentenceOf(event: CaseEvent, nameOf: NameOf): string {
  switch (event.type) {
    case 'CaseOpened':
      return `A ${words(event.data.kind)} case was opened: ${event.data.summary}`;
    case 'CaseSubjectNamed':
      return `${nameOf(event.data.cadreId)} was named a subject of the case.`;
    case 'FailureCited': {
      const who = event.data.responsibleCadreId;
      const holder = who === null ? 'while the post was vacant' : `by ${nameOf(who)}`;
      return `A failure to perform (${words(event.data.adverseEffect)} adverse effect) of ${event.data.failureOccurredAt}, ${holder}, was cited as grounds.`;
    }
    case 'AccidentCited':
      return `The ${words(event.data.accidentGrade)} accident of ${event.data.accidentOccurredAt} was cited as grounds.`;
    case 'InvestigationDeadlineSet':
      return `The investigation is due by ${event.data.dueAt}.`;
    case 'InvestigatorAssigned':
      return `${event.data.investigatorId} was assigned to investigate.`;
    case 'InvestigationStarted':
      return `The investigation was started by ${event.data.investigatorId}.`;
    case 'EvidenceAttached':
      return `Evidence was attached: ${event.data.description} (SHA-256 ${event.data.contentHash}).`;
    case 'HearingNoticeServed':
      return `A hearing notice was served on ${nameOf(event.data.cadreId)}, who could answer until ${event.data.respondBy}.`;
    case 'SubjectStatementRecorded':
      return `${nameOf(event.data.cadreId)} was heard: “${event.data.statement}”`;
    case 'FindingRecorded':
      return finding(event, nameOf);
    case 'SanctionWithdrawn':
      return `The sanction of ${nameOf(event.data.cadreId)} was withdrawn: a new finding superseded it.`;
    case 'SanctionDecided': {
      const { sanction, decidedBy, cadreId } = event.data;
      const what = isMeasure(sanction) ? `the measure ${words(sanction)}` : words(sanction);
      return `${decidedBy} decided ${what} for ${nameOf(cadreId)}.`;
    }
    case 'CaseDecided': {
      const by = event.data.decidedBy === null ? '' : ` by ${event.data.decidedBy}`;
      return `The case was decided${by}; appeals may be filed until ${event.data.appealWindowClosesAt}.`;
    }
    case 'AppealWaived':
      return `${nameOf(event.data.cadreId)} waived the appeal of the decision.`;
    case 'AppealFiled':
      return `${nameOf(event.data.cadreId)} appealed: ${event.data.grounds}`;
    case 'AppealDecided': {
      const changed = event.data.changedSanction;
      const outcome =
        changed === null ? words(event.data.outcome) : `sanction changed to ${words(changed)}`;
      const by = event.data.decidedBy === null ? '' : ` by ${event.data.decidedBy}`;
      return `The appeal of ${nameOf(event.data.cadreId)} was decided${by} (${outcome}): ${event.data.reasoning}`;
    }
    case 'DeadlineExtended':
      return `The deadline was extended by ${event.data.days} days to ${event.data.dueAt}: ${event.data.reason}`;
    case 'CaseClosed':
      return `The case was closed: ${event.data.reason}`;
    case 'CaseReopened':
      return `The case was reopened: ${event.data.reason}`;
    default:
      return unreachable(event);
  }
}

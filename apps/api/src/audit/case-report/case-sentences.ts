import type { CaseEvent } from '@dutyledger/domain';

const words = (code: string): string => code.toLowerCase().replace(/_/g, ' ');

/** How the report names a cadre: by name when the cadre stream is known, else by id. */
export type NameOf = (cadreId: string) => string;

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
    case 'SubjectStatementRecorded':
      return `${nameOf(event.data.cadreId)} was heard: “${event.data.statement}”`;
    case 'FindingRecorded': {
      const { cadreId, responsible, responsibilityKind } = event.data;
      const finding = responsible
        ? `responsible (${words(responsibilityKind ?? 'unspecified')})`
        : 'not responsible';
      const heard = event.data.heardBeforeFinding ? '' : ' The subject had not been heard.';
      return `${nameOf(cadreId)} was found ${finding}: ${event.data.reasoning}.${heard}`;
    }
    case 'SanctionWithdrawn':
      return `The sanction of ${nameOf(event.data.cadreId)} was withdrawn: a new finding superseded it.`;
    case 'SanctionDecided':
      return `${event.data.decidedBy} decided the sanction ${words(event.data.sanction)} for ${nameOf(event.data.cadreId)}.`;
    case 'CaseDecided':
      return `The case was decided; appeals may be filed until ${event.data.appealWindowClosesAt}.`;
    case 'AppealFiled':
      return `${nameOf(event.data.cadreId)} appealed: ${event.data.grounds}`;
    case 'AppealDecided': {
      const changed = event.data.changedSanction;
      const outcome =
        changed === null ? words(event.data.outcome) : `sanction changed to ${words(changed)}`;
      return `The appeal of ${nameOf(event.data.cadreId)} was decided (${outcome}): ${event.data.reasoning}`;
    }
    case 'DeadlineExtended':
      return `The deadline was extended by ${event.data.days} days to ${event.data.dueAt}: ${event.data.reason}`;
    case 'CaseClosed':
      return `The case was closed: ${event.data.reason}`;
    case 'CaseReopened':
      return `The case was reopened: ${event.data.reason}`;
  }
}

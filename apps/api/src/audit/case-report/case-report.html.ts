import { type EligibilityOverride, type OpenedCase, isMeasure } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import {
  type CaseNames,
  type TermList,
  caseEventOf,
  narrateCase,
  render,
  termWords,
} from '@dutyledger/read-models';

/** An appointment of a subject made although the subject's eligibility was blocked. */
export interface OverriddenAppointment {
  cadreId: string;
  postId: string;
  effectiveFrom: string;
  override: EligibilityOverride;
}

/** Everything a printed report shows; the text is escaped when rendered, never before. */
export interface CaseReportInput {
  state: OpenedCase;
  /** The case's own events, upcast, in order. */
  events: readonly RecordedEvent[];
  /** The names of the departments, posts and cadres the case refers to, where known. */
  names: CaseNames;
  generatedAt: string;
  /** The hash of the case stream's last event: the report says which record it was made from. */
  headHash: string;
  /** Past its investigation deadline with no decision, when the report was generated. */
  overdue: boolean;
  /** Appointments of the subjects (to the posts the case names) that overrode blocked eligibility. */
  overrides: readonly OverriddenAppointment[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const h = escapeHtml;
/** A code of the domain's lists in the words of the case narrative. */
const words = (list: TermList, code: string): string => termWords(list, code);
/** How the report names a cadre: by name when the cadre stream is known, else by id. */
const cadreName = (names: CaseNames, cadreId: string): string =>
  names.cadres[cadreId] ?? `cadre ${cadreId}`;

const STYLE = `
body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; margin: 2em auto; max-width: 52em; color: #111; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.15em; border-bottom: 1px solid #999; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: 0.25em 0.5em; border-bottom: 1px solid #ddd; }
.meta { color: #444; font-size: 0.9em; } .mono { font-family: 'Courier New', monospace; font-size: 0.8em; word-break: break-all; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { page-break-after: avoid; } tr { page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}`;

function row(cells: readonly string[]): string {
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

function table(headers: readonly string[], rows: readonly string[], empty: string): string {
  if (rows.length === 0) return `<p>${h(empty)}</p>`;
  const head = headers.map((header) => `<th>${h(header)}</th>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function header({ state, names, generatedAt, headHash, overdue }: CaseReportInput): string {
  const subjects = state.subjects.map((subject) => h(cadreName(names, subject.cadreId))).join(', ');
  const deadline = state.deadline
    ? `${h(state.deadline.dueAt)}${state.deadline.extended ? ' (extended)' : ''}${overdue ? ' — <strong>overdue</strong>: no decision by the deadline' : ''}`
    : 'none (no statutory deadline)';
  const decidedBy = state.participants.caseDeciders.at(-1);
  const decided = state.decidedAt
    ? `${h(state.decidedAt)}${decidedBy === undefined ? '' : ` by ${h(decidedBy)}`}`
    : '—';
  return `<header>
<h1>Accountability case ${h(state.caseId)}</h1>
<p class="meta">${h(words('caseKind', state.kind))} case · status <strong>${h(words('caseStatus', state.status))}</strong> · opened ${h(state.openedAt)} · reopened ${state.reopenCount} time(s)</p>
<p>${h(state.summary)}</p>
<table><tbody>
${row(['Subjects', subjects || '—'])}
${row(['Investigator', h(state.investigatorId ?? '—')])}
${row(['Investigation deadline', deadline])}
${row(['Decided', decided])}
${row(['Appeal window closes', h(state.appealWindowClosesAt ?? '—')])}
${row(['Closed', h(state.closedAt ?? '—')])}
</tbody></table>
<p class="meta">Generated ${h(generatedAt)} from the case stream ending in hash <span class="mono">${h(headHash)}</span>.</p>
</header>`;
}

/** The case's events told by the case narrative, with when, who and when recorded. */
function timeline({ events, names }: CaseReportInput): string {
  const told = events.flatMap((recorded) => {
    const event = caseEventOf(recorded);
    return event === undefined ? [] : [{ recorded, event, actorId: recorded.metadata.actor.id }];
  });
  const rows = narrateCase(told, names).map(({ recorded: event, message }) =>
    row([
      h(event.metadata.occurredAt),
      h(render(message)),
      `${h(event.metadata.actor.id)} (${h(event.metadata.actor.role)})`,
      h(event.metadata.recordedAt),
    ]),
  );
  return `<h2>Timeline</h2>${table(['When', 'What happened', 'Who', 'Recorded'], rows, 'No events.')}`;
}

function circumstances(finding: OpenedCase['findings'][string]): string {
  const each = [
    ...finding.aggravating.map((weighed) => ({ ...weighed, label: 'aggravating' })),
    ...finding.mitigating.map((weighed) => ({ ...weighed, label: 'mitigating' })),
  ].map(
    ({ label, circumstance, note }) =>
      `${label}: ${h(words('circumstance', circumstance))} (${h(note)})`,
  );
  return each.length === 0 ? '—' : each.join('<br>');
}

function findings({ state, names }: CaseReportInput): string {
  const nameOf = (cadreId: string) => cadreName(names, cadreId);
  const rows = Object.values(state.findings).map((finding) =>
    row([
      h(nameOf(finding.cadreId)),
      finding.responsible
        ? `responsible (${finding.responsibilityKind === null ? '—' : h(words('responsibilityKind', finding.responsibilityKind))})`
        : 'not responsible',
      h(finding.reasoning),
      h(words('hearingBasis', finding.hearing)),
      circumstances(finding),
      `${h(finding.recordedAt)}${finding.recordedBy === null ? '' : ` by ${h(finding.recordedBy)}`}`,
    ]),
  );
  const notices = state.hearingNotices.map((notice) =>
    row([h(nameOf(notice.cadreId)), h(notice.servedAt), h(notice.respondBy)]),
  );
  const served =
    notices.length === 0
      ? ''
      : `<h3>Hearing notices</h3>${table(['Subject', 'Served', 'Could answer until'], notices, '')}`;
  return `<h2>Findings</h2>${table(['Subject', 'Finding', 'Reasoning', 'Right to be heard', 'Circumstances weighed', 'Recorded'], rows, 'No findings yet.')}${served}`;
}

/** A measure, or a referral that hands the matter to another organ. */
const kindOf = (sanction: string): string =>
  `${h(words('measure', sanction))}${isMeasure(sanction) ? '' : ' (referral, not a measure)'}`;

function sanctions({ state, names }: CaseReportInput): string {
  const nameOf = (cadreId: string) => cadreName(names, cadreId);
  const inForce = state.sanctions.map((sanction) =>
    row([
      h(nameOf(sanction.cadreId)),
      kindOf(sanction.sanction),
      'in force',
      h(sanction.decidedBy),
      h(sanction.decidedAt),
    ]),
  );
  const ended = state.endedSanctions.map((sanction) =>
    row([
      h(nameOf(sanction.cadreId)),
      kindOf(sanction.sanction),
      `${h(words('sanctionEnding', sanction.endedBecause))} ${h(sanction.endedAt)}`,
      h(sanction.decidedBy),
      h(sanction.decidedAt),
    ]),
  );
  return `<h2>Sanctions</h2>${table(['Subject', 'Sanction', 'Standing', 'Decided by', 'Decided'], [...inForce, ...ended], 'No sanctions.')}`;
}

function appeals({ state, names }: CaseReportInput): string {
  const nameOf = (cadreId: string) => cadreName(names, cadreId);
  const rows = state.appeals.map((appeal) =>
    row([
      h(nameOf(appeal.cadreId)),
      h(appeal.grounds),
      h(appeal.filedAt),
      appeal.outcome === null ? 'pending' : h(words('appealOutcome', appeal.outcome)),
      h(appeal.reasoning ?? '—'),
    ]),
  );
  const waivers = state.waivers.map((waiver) =>
    row([h(nameOf(waiver.cadreId)), h(waiver.waivedAt)]),
  );
  const waived =
    waivers.length === 0
      ? ''
      : `<h3>Appeals waived</h3>${table(['Subject', 'Waived'], waivers, '')}`;
  return `<h2>Appeal</h2>${table(['Appellant', 'Grounds', 'Filed', 'Outcome', 'Reasoning'], rows, 'No appeal was filed.')}${waived}`;
}

function overridden({ overrides, names }: CaseReportInput): string {
  if (overrides.length === 0) return '';
  const rows = overrides.map(({ cadreId, postId, effectiveFrom, override }) =>
    row([
      h(cadreName(names, cadreId)),
      `post ${h(names.posts[postId] ?? postId)} from ${h(effectiveFrom)}`,
      h(override.reason),
      override.blocks
        .map((block) => `${h(words('eligibilityBlock', block.reason))}: ${h(block.detail)}`)
        .join('<br>'),
    ]),
  );
  return `<h2>Appointments made despite blocked eligibility</h2>${table(['Subject', 'Appointment', 'Reason given', 'Blocks overridden'], rows, '')}`;
}

/** A self-contained printable page: inline CSS only, no script, no external resource. */
export function renderCaseReport(input: CaseReportInput): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Case ${h(input.state.caseId)}</title>
<style>${STYLE}</style>
</head>
<body>
${header(input)}
${timeline(input)}
${findings(input)}
${sanctions(input)}
${appeals(input)}
${overridden(input)}
</body>
</html>
`;
}

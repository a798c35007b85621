import { type EligibilityOverride, type OpenedCase, isMeasure } from '@dutyledger/domain';
import type { Recorded } from '@dutyledger/ledger';
import { type Lang, type MessageValues, formatDateTime, translate } from '@dutyledger/i18n';
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
  events: readonly Recorded[];
  /** The names of the departments, posts and cadres the case refers to, where known. */
  names: CaseNames;
  generatedAt: string;
  /** The hash of the case stream's last event: the report says which record it was made from. */
  headHash: string;
  /** Past its investigation deadline with no decision, when the report was generated. */
  overdue: boolean;
  /** Appointments of the subjects (to the posts the case names) that overrode blocked eligibility. */
  overrides: readonly OverriddenAppointment[];
  /** The reader's language (the report's default is Chinese). */
  lang: Lang;
  /** The jurisdiction's time zone (DUTYLEDGER_TIME_ZONE): every time is said in it. */
  timeZone: string;
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

/** How one report is said: its language and time zone. */
interface Voice {
  /** A label of the `report` catalogue; values are escaped by the caller where they are text. */
  t(key: string, values?: MessageValues): string;
  /** A code of the domain's lists in words, escaped. */
  words(list: TermList, code: string): string;
  /** An instant as the reader's wall-clock time in the jurisdiction, escaped. */
  when(instant: string | null | undefined): string;
  /** How the report names a cadre: by name when the cadre stream is known, else by id; escaped. */
  cadre(cadreId: string): string;
}

function voiceOf({ lang, timeZone, names }: CaseReportInput): Voice {
  const t = (key: string, values: MessageValues = {}) => translate(lang, `report.${key}`, values);
  return {
    t,
    words: (list, code) => h(termWords(list, code, lang)),
    when: (instant) => (instant ? h(formatDateTime(lang, instant, timeZone)) : '—'),
    cadre: (cadreId) => h(names.cadres[cadreId] ?? t('cadre', { id: cadreId })),
  };
}

/** Latin faces first, then the CJK faces of each system: no web font, nothing fetched. */
const FONTS = `Georgia, 'Times New Roman', 'Songti SC', 'STSong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'SimSun', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', serif`;

const STYLE = `
body { font: 11pt/1.55 ${FONTS}; margin: 2em auto; max-width: 52em; color: #111; }
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

function header(input: CaseReportInput, v: Voice): string {
  const { state, generatedAt, headHash, overdue } = input;
  const subjects = state.subjects
    .map((subject) => v.cadre(subject.cadreId))
    .join(input.lang === 'zh-CN' ? '、' : ', ');
  const deadline = state.deadline
    ? `${v.when(state.deadline.dueAt)}${state.deadline.extended ? h(v.t('deadline.extended')) : ''}${overdue ? h(v.t('deadline.overdue', { overdue: '\u0000' })).replace('\u0000', `<strong>${h(v.t('overdue'))}</strong>`) : ''}`
    : h(v.t('deadline.none'));
  const decidedBy = state.participants.caseDeciders.at(-1);
  const decided = state.decidedAt
    ? decidedBy === undefined
      ? v.when(state.decidedAt)
      : h(v.t('by', { when: formatted(input, state.decidedAt), who: decidedBy }))
    : '—';
  const meta = h(
    v.t('meta', {
      kind: termWords('caseKind', state.kind, input.lang),
      status: '\u0000',
      openedAt: formatted(input, state.openedAt),
      reopenCount: state.reopenCount,
    }),
  ).replace('\u0000', `<strong>${v.words('caseStatus', state.status)}</strong>`);
  const generated = h(
    v.t('generated', { at: formatted(input, generatedAt), hash: '\u0000' }),
  ).replace('\u0000', `<span class="mono">${h(headHash)}</span>`);
  return `<header>
<h1>${h(v.t('heading', { caseId: state.caseId }))}</h1>
<p class="meta">${meta}</p>
<p>${h(state.summary)}</p>
<table><tbody>
${row([h(v.t('subjects')), subjects || '—'])}
${row([h(v.t('investigator')), h(state.investigatorId ?? '—')])}
${row([h(v.t('deadline')), deadline])}
${row([h(v.t('decided')), decided])}
${row([h(v.t('appealWindowCloses')), v.when(state.appealWindowClosesAt)])}
${row([h(v.t('closed')), v.when(state.closedAt)])}
</tbody></table>
<p class="meta">${generated}</p>
</header>`;
}

/** An instant in the reader's form, not yet escaped (for a value of a label). */
const formatted = ({ lang, timeZone }: CaseReportInput, instant: string): string =>
  formatDateTime(lang, instant, timeZone);

/** The case's events told by the case narrative, with when, who and when recorded. */
function timeline(input: CaseReportInput, v: Voice): string {
  const told = input.events.flatMap((recorded) => {
    const event = caseEventOf(recorded);
    return event === undefined ? [] : [{ recorded, event, actorId: recorded.metadata.actor.id }];
  });
  const rows = narrateCase(told, input.names).map(({ recorded: event, message }) =>
    row([
      v.when(event.metadata.occurredAt),
      h(render(message, input.lang, input.timeZone)),
      `${h(event.metadata.actor.id)} (${v.words('role', event.metadata.actor.role)})`,
      v.when(event.metadata.recordedAt),
    ]),
  );
  const columns = ['col.when', 'col.what', 'col.who', 'col.recorded'].map((key) => v.t(key));
  return `<h2>${h(v.t('timeline'))}</h2>${table(columns, rows, v.t('timeline.empty'))}`;
}

function circumstances(
  finding: OpenedCase['findings'][string],
  input: CaseReportInput,
  v: Voice,
): string {
  const each = [
    ...finding.aggravating.map((weighed) => ({ ...weighed, label: 'circumstance.aggravating' })),
    ...finding.mitigating.map((weighed) => ({ ...weighed, label: 'circumstance.mitigating' })),
  ].map(({ label, circumstance, note }) =>
    h(v.t(label, { circumstance: termWords('circumstance', circumstance, input.lang), note })),
  );
  return each.length === 0 ? '—' : each.join('<br>');
}

function findings(input: CaseReportInput, v: Voice): string {
  const { state } = input;
  const rows = Object.values(state.findings).map((finding) =>
    row([
      v.cadre(finding.cadreId),
      finding.responsible
        ? h(
            v.t('finding.responsible', {
              kind:
                finding.responsibilityKind === null
                  ? '—'
                  : termWords('responsibilityKind', finding.responsibilityKind, input.lang),
            }),
          )
        : h(v.t('finding.notResponsible')),
      h(finding.reasoning),
      v.words('hearingBasis', finding.hearing),
      circumstances(finding, input, v),
      finding.recordedBy === null
        ? v.when(finding.recordedAt)
        : h(v.t('by', { when: formatted(input, finding.recordedAt), who: finding.recordedBy })),
    ]),
  );
  const notices = state.hearingNotices.map((notice) =>
    row([v.cadre(notice.cadreId), v.when(notice.servedAt), v.when(notice.respondBy)]),
  );
  const noticeColumns = ['col.subject', 'col.served', 'col.answerUntil'].map((key) => v.t(key));
  const served =
    notices.length === 0
      ? ''
      : `<h3>${h(v.t('hearingNotices'))}</h3>${table(noticeColumns, notices, '')}`;
  const columns = [
    'col.subject',
    'col.finding',
    'col.reasoning',
    'col.heard',
    'col.circumstances',
    'col.recorded',
  ].map((key) => v.t(key));
  return `<h2>${h(v.t('findings'))}</h2>${table(columns, rows, v.t('findings.empty'))}${served}`;
}

function sanctions(input: CaseReportInput, v: Voice): string {
  const { state } = input;
  /** A measure, or a referral that hands the matter to another organ. */
  const kindOf = (sanction: string): string =>
    isMeasure(sanction)
      ? v.words('measure', sanction)
      : h(v.t('referral', { sanction: termWords('measure', sanction, input.lang) }));
  const inForce = state.sanctions.map((sanction) =>
    row([
      v.cadre(sanction.cadreId),
      kindOf(sanction.sanction),
      h(v.t('sanction.inForce')),
      h(sanction.decidedBy),
      v.when(sanction.decidedAt),
    ]),
  );
  const ended = state.endedSanctions.map((sanction) =>
    row([
      v.cadre(sanction.cadreId),
      kindOf(sanction.sanction),
      h(
        v.t('sanction.ended', {
          ending: termWords('sanctionEnding', sanction.endedBecause, input.lang),
          at: formatted(input, sanction.endedAt),
        }),
      ),
      h(sanction.decidedBy),
      v.when(sanction.decidedAt),
    ]),
  );
  const columns = [
    'col.subject',
    'col.sanction',
    'col.standing',
    'col.decidedBy',
    'col.decided',
  ].map((key) => v.t(key));
  return `<h2>${h(v.t('sanctions'))}</h2>${table(columns, [...inForce, ...ended], v.t('sanctions.empty'))}`;
}

function appeals(input: CaseReportInput, v: Voice): string {
  const { state } = input;
  const rows = state.appeals.map((appeal) =>
    row([
      v.cadre(appeal.cadreId),
      h(appeal.grounds),
      v.when(appeal.filedAt),
      appeal.outcome === null ? h(v.t('appeal.pending')) : v.words('appealOutcome', appeal.outcome),
      h(appeal.reasoning ?? '—'),
    ]),
  );
  const waivers = state.waivers.map((waiver) =>
    row([v.cadre(waiver.cadreId), v.when(waiver.waivedAt)]),
  );
  const waiverColumns = ['col.subject', 'col.waived'].map((key) => v.t(key));
  const waived =
    waivers.length === 0
      ? ''
      : `<h3>${h(v.t('appealsWaived'))}</h3>${table(waiverColumns, waivers, '')}`;
  const columns = ['col.appellant', 'col.grounds', 'col.filed', 'col.outcome', 'col.reasoning'].map(
    (key) => v.t(key),
  );
  return `<h2>${h(v.t('appeal'))}</h2>${table(columns, rows, v.t('appeal.empty'))}${waived}`;
}

function overridden(input: CaseReportInput, v: Voice): string {
  const { overrides, names } = input;
  if (overrides.length === 0) return '';
  const rows = overrides.map(({ cadreId, postId, effectiveFrom, override }) =>
    row([
      v.cadre(cadreId),
      h(
        v.t('override.appointment', {
          post: names.posts[postId] ?? postId,
          from: formatted(input, effectiveFrom),
        }),
      ),
      h(override.reason),
      override.blocks
        .map((block) =>
          h(
            v.t('override.block', {
              reason: termWords('eligibilityBlock', block.reason, input.lang),
              detail: block.detail,
            }),
          ),
        )
        .join('<br>'),
    ]),
  );
  const columns = ['col.subject', 'col.appointment', 'col.reasonGiven', 'col.blocks'].map((key) =>
    v.t(key),
  );
  return `<h2>${h(v.t('overrides'))}</h2>${table(columns, rows, '')}`;
}

/**
 * A self-contained printable page in the reader's language: inline CSS only (system fonts with
 * CJK fallbacks), no script, no external resource.
 */
export function renderCaseReport(input: CaseReportInput): string {
  const v = voiceOf(input);
  return `<!DOCTYPE html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<title>${h(v.t('title', { caseId: input.state.caseId }))}</title>
<style>${STYLE}</style>
</head>
<body>
${header(input, v)}
${timeline(input, v)}
${findings(input, v)}
${sanctions(input, v)}
${appeals(input, v)}
${overridden(input, v)}
</body>
</html>
`;
}

import { ApiError, all, get } from './api.js';
import { dateTime, day, daysBetween, h, table } from './dom.js';
import { downloadAudit } from './audit-files.js';
import { t, term } from './i18n.js';
import { nextSteps } from './next-steps.js';
import { departments } from './organisation.js';

/** Roles that may read the audit report and bundle of a case. */
const AUDIT_ROLES = new Set(['AUDITOR', 'ADMIN']);

const cadreLink = (cadreId, name) =>
  h(
    'a',
    { href: `#/cadres/${cadreId}`, 'data-key': `cadre:${cadreId}` },
    name ?? t('cases.unnamedCadre'),
  );

/** Where each subject's post sits: the department of the post, from the cadre's history. */
async function postDepartments(token, header, names) {
  const found = new Map();
  await Promise.all(
    header.subjects.map(async (subject) => {
      try {
        const history = await get(token, `/cadres/${encodeURIComponent(subject.cadreId)}`);
        const post = (history.posts ?? []).find((each) => each.postId === subject.postId);
        if (post?.departmentId) found.set(subject.cadreId, names.get(post.departmentId) ?? null);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
      }
    }),
  );
  return found;
}

function grounds(header) {
  const { accident, failures } = header.grounds ?? { accident: null, failures: [] };
  const items = [];
  if (accident) {
    items.push(
      h(
        'li',
        { 'data-ground': 'accident' },
        h(
          'a',
          {
            href: `#/accidents/${accident.accidentId}`,
            'data-key': `accident:${accident.accidentId}`,
          },
          t('case.groundAccident', {
            grade: term('accidentGrade', accident.grade),
            date: dateTime(accident.occurredAt),
          }),
        ),
        accident.reported === false ? ` ${t('case.notReported')}` : '',
      ),
    );
  }
  for (const failure of failures ?? []) {
    items.push(
      h(
        'li',
        { 'data-ground': 'failure' },
        t('case.groundFailure', {
          date: day(failure.occurredAt),
          effect: term('adverseEffect', failure.adverseEffect),
          post: failure.postTitle ?? '—',
        }),
        ' ',
        failure.responsibleCadreId
          ? cadreLink(failure.responsibleCadreId, failure.responsibleCadreName)
          : null,
      ),
    );
  }
  return items.length > 0 ? h('ul', { class: 'plain' }, items) : h('span', { class: 'muted' }, '—');
}

function deadline(header) {
  if (!header.deadline) return h('span', { class: 'muted' }, t('case.noDeadline'));
  const { dueAt, extended, stoppedAt } = header.deadline;
  const late = header.overdue ? Math.max(1, daysBetween(dueAt, new Date())) : 0;
  return h(
    'span',
    {},
    day(dueAt),
    extended ? ` ${t('case.extended')}` : '',
    stoppedAt ? ` ${t('case.deadlineStopped', { date: day(stoppedAt) })}` : '',
    late > 0 ? ' ' : '',
    late > 0
      ? h(
          'span',
          { class: 'badge overdue', 'data-testid': 'case-overdue' },
          t('cases.daysLate', { days: late }),
        )
      : null,
  );
}

function header(caseHeader, postDepartment) {
  return h(
    'dl',
    { class: 'facts', 'data-testid': 'case-header' },
    h('dt', {}, t('case.status')),
    h('dd', { 'data-status': caseHeader.status }, term('caseStatus', caseHeader.status)),
    h('dt', {}, t('case.openedBy')),
    h('dd', {}, caseHeader.departmentName ?? '—', ', ', day(caseHeader.openedAt)),
    h('dt', {}, t('case.subjects')),
    h(
      'dd',
      {},
      caseHeader.subjects.length === 0
        ? t('cases.noSubjects')
        : h(
            'ul',
            { class: 'plain', 'data-testid': 'case-subjects' },
            caseHeader.subjects.map((subject) =>
              h(
                'li',
                {},
                cadreLink(subject.cadreId, subject.name),
                subject.postTitle ? t('common.commaThen', { text: subject.postTitle }) : '',
                postDepartment.get(subject.cadreId)
                  ? t('common.commaThen', { text: postDepartment.get(subject.cadreId) })
                  : '',
              ),
            ),
          ),
    ),
    h('dt', {}, t('case.grounds')),
    h('dd', {}, grounds(caseHeader)),
    h('dt', {}, t('case.deadline')),
    h('dd', {}, deadline(caseHeader)),
    caseHeader.decidedAt ? h('dt', {}, t('case.decided')) : null,
    caseHeader.decidedAt ? h('dd', {}, dateTime(caseHeader.decidedAt)) : null,
    caseHeader.appealWindowClosesAt ? h('dt', {}, t('case.appealWindow')) : null,
    caseHeader.appealWindowClosesAt
      ? h(
          'dd',
          {},
          t(caseHeader.appealWindowOpen ? 'case.appealWindowOpen' : 'case.appealWindowClosed', {
            date: dateTime(caseHeader.appealWindowClosesAt),
          }),
        )
      : null,
    caseHeader.closedAt ? h('dt', {}, t('case.closed')) : null,
    caseHeader.closedAt ? h('dd', {}, dateTime(caseHeader.closedAt)) : null,
  );
}

function timeline(entries) {
  if (entries.length === 0) return h('p', { class: 'muted' }, t('case.noEvents'));
  return h(
    'ol',
    { class: 'timeline', 'data-testid': 'case-timeline' },
    entries.map((entry) =>
      h(
        'li',
        {},
        h('time', { datetime: entry.occurredAt }, dateTime(entry.occurredAt)),
        h('span', { class: 'sentence' }, entry.sentence),
      ),
    ),
  );
}

function findings(caseHeader) {
  return table(
    t('case.findings'),
    'case-findings',
    [
      t('case.col.subject'),
      t('case.col.finding'),
      t('case.col.heard'),
      t('case.col.reasoning'),
      t('case.col.recorded'),
    ],
    (caseHeader.findings ?? []).map((finding) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, cadreLink(finding.cadreId, finding.name)),
        h(
          'td',
          {},
          finding.responsible
            ? t('case.responsible', {
                kind: term('responsibilityKind', finding.responsibilityKind),
              })
            : t('case.notResponsible'),
        ),
        h('td', {}, term('hearingBasis', finding.hearing)),
        h('td', {}, finding.reasoning ?? ''),
        h('td', {}, day(finding.recordedAt)),
      ),
    ),
    t('case.noFindings'),
  );
}

function measures(caseHeader) {
  return table(
    t('case.measures'),
    'case-measures',
    [t('case.col.subject'), t('case.col.measure'), t('case.col.decided'), t('case.col.standing')],
    (caseHeader.sanctions ?? []).map((sanction) =>
      h(
        'tr',
        { 'data-category': sanction.category },
        h('th', { scope: 'row' }, cadreLink(sanction.cadreId, sanction.name)),
        h('td', {}, term('measure', sanction.sanction)),
        h('td', {}, day(sanction.decidedAt)),
        h(
          'td',
          {},
          sanction.endedAt
            ? t('case.sanctionEnded', { date: day(sanction.endedAt) })
            : t('case.sanctionStands'),
        ),
      ),
    ),
    t('case.noMeasures'),
  );
}

function appeals(caseHeader) {
  return table(
    t('case.appeals'),
    'case-appeals',
    [t('case.col.subject'), t('case.col.grounds'), t('case.col.filed'), t('case.col.outcome')],
    (caseHeader.appeals ?? []).map((appeal) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, cadreLink(appeal.cadreId, appeal.name)),
        h('td', {}, appeal.grounds ?? ''),
        h('td', {}, day(appeal.filedAt)),
        h(
          'td',
          {},
          appeal.outcome
            ? t('case.appealDecided', {
                outcome: term('appealOutcome', appeal.outcome),
                date: day(appeal.decidedAt),
              })
            : t('case.appealPending'),
        ),
      ),
    ),
    t('case.noAppeals'),
  );
}

function steps(caseHeader, role) {
  const { mine, others } = nextSteps(caseHeader, role);
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'steps-title', 'data-testid': 'next-steps' },
    h('h2', { id: 'steps-title' }, t('case.nextSteps')),
    mine.length > 0
      ? h(
          'ul',
          {},
          mine.map((step) => h('li', { 'data-step': step }, t(`step.${step}`))),
        )
      : h('p', { class: 'muted' }, t('case.noStepsForRole', { role })),
    others.length > 0
      ? h('p', { class: 'muted' }, t('case.othersMay', { roles: others.join(', ') }))
      : null,
  );
}

function auditFiles(token, caseId, role) {
  if (!AUDIT_ROLES.has(role)) return null;
  const problem = h('span', { class: 'error', role: 'alert' });
  const button = (what, label) =>
    h(
      'button',
      {
        type: 'button',
        'data-key': `case-${what}`,
        onclick: () => {
          problem.textContent = '';
          downloadAudit(token, caseId, what).catch((error) => {
            problem.textContent = t('case.downloadFailed', { message: error.message });
          });
        },
      },
      label,
    );
  return h(
    'p',
    { class: 'toolbar no-print', 'data-testid': 'audit-files' },
    button('report', t('case.report')),
    button('bundle', t('case.bundle')),
    problem,
  );
}

/** One case: its header, the timeline in sentences, findings, measures, appeals, next steps. */
export async function caseView({ token, role, params }) {
  const caseId = params[0] ?? '';
  const path = `/cases/${encodeURIComponent(caseId)}`;
  const [caseHeader, entries, tree] = await Promise.all([
    get(token, path),
    all(token, `${path}/timeline`),
    departments(token),
  ]);
  const postDepartment = await postDepartments(token, caseHeader, tree.names);
  const printTitle = t('case.printTitle', { id: caseHeader.caseId });
  document.body.dataset.printTitle = printTitle;
  const printed = document.querySelector('.print-title');
  if (printed) printed.textContent = printTitle;
  return h(
    'article',
    { 'aria-labelledby': 'case-title', 'data-case': caseHeader.caseId },
    h('p', { class: 'no-print' }, h('a', { href: '#/cases' }, t('case.back'))),
    h(
      'h1',
      { id: 'case-title' },
      term('caseKind', caseHeader.kind),
      t('common.colonThen', { text: caseHeader.summary }),
    ),
    h('p', { class: 'case-id' }, t('case.id', { id: caseHeader.caseId })),
    header(caseHeader, postDepartment),
    steps(caseHeader, role),
    auditFiles(token, caseHeader.caseId, role),
    h('h2', {}, t('case.timeline')),
    timeline(entries),
    h('h2', {}, t('case.findings')),
    findings(caseHeader),
    h('h2', {}, t('case.measures')),
    measures(caseHeader),
    h('h2', {}, t('case.appeals')),
    appeals(caseHeader),
  );
}

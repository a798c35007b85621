import { get } from './api.js';
import { day, h, tableFrame, words } from './dom.js';

const OPEN_STATUSES = ['OPENED', 'UNDER_INVESTIGATION', 'DECIDED', 'APPEALED', 'REOPENED'];
const PAGE_SIZE = 100;

/** Filters kept between live refreshes. */
const state = { status: '', overdueOnly: false };

function filters(refresh) {
  return h(
    'form',
    { class: 'toolbar', onsubmit: (event) => event.preventDefault() },
    h(
      'label',
      {},
      'Status',
      h(
        'select',
        {
          id: 'cases-status',
          'data-key': 'cases-status',
          onchange: (event) => {
            state.status = event.target.value;
            refresh();
          },
        },
        h('option', { value: '', selected: state.status === '' }, 'every open status'),
        OPEN_STATUSES.map((status) =>
          h('option', { value: status, selected: state.status === status }, words(status)),
        ),
      ),
    ),
    h(
      'label',
      { class: 'inline' },
      h('input', {
        type: 'checkbox',
        id: 'cases-overdue',
        'data-key': 'cases-overdue',
        checked: state.overdueOnly,
        onchange: (event) => {
          state.overdueOnly = event.target.checked;
          refresh();
        },
      }),
      'Overdue only',
    ),
  );
}

function subjectsCell(item) {
  const subjects = item.subjects ?? [];
  if (subjects.length === 0) return h('td', { class: 'muted' }, 'none named yet');
  return h(
    'td',
    {},
    h(
      'ul',
      { class: 'plain' },
      subjects.map((subject) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href: `#/cadres/${subject.cadreId}`,
              'data-key': `subject:${item.caseId}:${subject.cadreId}`,
            },
            subject.name ?? subject.cadreId,
          ),
          subject.postTitle ? `, ${subject.postTitle}` : '',
        ),
      ),
    ),
  );
}

function caseRow(item, personal) {
  return h(
    'tr',
    { class: item.overdue ? 'overdue' : undefined, 'data-case': item.caseId },
    h(
      'th',
      { scope: 'row' },
      words(item.kind),
      h('span', { class: 'level' }, h('code', {}, item.caseId.slice(0, 8))),
    ),
    h('td', {}, words(item.status)),
    h('td', {}, item.departmentName ?? item.openedByDepartmentId),
    h('td', { class: 'date' }, day(item.openedAt)),
    h(
      'td',
      { class: 'date' },
      day(item.dueAt),
      ' ',
      item.overdue ? h('span', { class: 'badge overdue' }, 'overdue') : null,
    ),
    personal ? subjectsCell(item) : h('td', {}, item.subjectCount),
    personal ? h('td', {}, item.summary ?? '') : null,
  );
}

/** The caseworker queue: open cases, overdue first. VIEWER sees counts, not who or what. */
export async function casesView({ token, personal, refresh }) {
  const page = await get(token, '/cases', {
    status: state.status || undefined,
    overdue: state.overdueOnly ? 'true' : undefined,
    pageSize: PAGE_SIZE,
  });
  const overdue = page.items.filter((item) => item.overdue).length;
  const shown = page.items.length;
  const table = h(
    'table',
    { 'data-testid': 'case-queue', class: 'stack' },
    h(
      'caption',
      {},
      `${page.total} open case${page.total === 1 ? '' : 's'}, overdue first` +
        (page.total > page.items.length ? ` (the first ${page.items.length} shown)` : ''),
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Case'),
        h('th', { scope: 'col' }, 'Status'),
        h('th', { scope: 'col' }, 'Opened by'),
        h('th', { scope: 'col' }, 'Opened'),
        h('th', { scope: 'col' }, 'Due'),
        h('th', { scope: 'col' }, personal ? 'Subjects' : 'Subjects (count)'),
        personal ? h('th', { scope: 'col' }, 'Summary') : null,
      ),
    ),
    h(
      'tbody',
      {},
      page.items.map((item) => caseRow(item, personal)),
    ),
  );
  return h(
    'section',
    { 'aria-labelledby': 'cases-title' },
    h('h1', { id: 'cases-title' }, 'Open cases'),
    h(
      'p',
      {},
      `${overdue} of the ${shown} case${shown === 1 ? '' : 's'} shown ${overdue === 1 ? 'is' : 'are'} overdue.`,
    ),
    filters(refresh),
    tableFrame('Open cases', table),
  );
}

import { get } from './api.js';
import { choice, day, daysBetween, h, number, searchForm, tableFrame } from './dom.js';
import { t, term } from './i18n.js';
import { departments } from './organisation.js';

const OPEN_STATUSES = ['OPENED', 'UNDER_INVESTIGATION', 'DECIDED', 'APPEALED', 'REOPENED'];
const KINDS = ['PRE_ACCIDENT', 'POST_ACCIDENT'];
const SORTS = ['urgency', 'openedAt', '-openedAt'];
const PAGE_SIZE = 100;

/** Filters kept between live refreshes. */
const state = { status: '', overdueOnly: false, departmentId: '', kind: '', sort: 'urgency' };
const closed = { search: '', kind: '' };

/** The queue with only overdue cases: what the landing page's count links to. */
export function showOverdueCases() {
  Object.assign(state, { status: '', overdueOnly: true, departmentId: '', kind: '' });
}

function filters(refresh, tree) {
  return h(
    'form',
    { class: 'toolbar', onsubmit: (event) => event.preventDefault() },
    choice(
      t('cases.filter.status'),
      'cases-status',
      state,
      'status',
      [
        ['', t('cases.filter.everyOpenStatus')],
        ...OPEN_STATUSES.map((s) => [s, term('caseStatus', s)]),
      ],
      refresh,
    ),
    choice(
      t('cases.filter.department'),
      'cases-department',
      state,
      'departmentId',
      [
        ['', t('cases.filter.everyDepartment')],
        ...tree.list.map((node) => [
          node.departmentId,
          `${'· '.repeat(node.depth - 1)}${node.name}`,
        ]),
      ],
      refresh,
    ),
    choice(
      t('cases.filter.kind'),
      'cases-kind',
      state,
      'kind',
      [['', t('cases.filter.everyKind')], ...KINDS.map((k) => [k, term('caseKind', k)])],
      refresh,
    ),
    choice(
      t('cases.filter.sort'),
      'cases-sort',
      state,
      'sort',
      SORTS.map((sort) => [sort, t(`cases.sort.${sort}`)]),
      refresh,
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
      t('cases.filter.overdueOnly'),
    ),
  );
}

function subjectsCell(item) {
  const subjects = item.subjects ?? [];
  if (subjects.length === 0) return h('td', { class: 'muted' }, t('cases.noSubjects'));
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
            subject.name ?? t('cases.unnamedCadre'),
          ),
          subject.postTitle ? t('common.commaThen', { text: subject.postTitle }) : '',
        ),
      ),
    ),
  );
}

/** The case's kind and the first characters of its id, linking to its page. */
export function caseLink(item) {
  return h(
    'a',
    {
      href: `#/cases/${item.caseId}`,
      'data-key': `case:${item.caseId}`,
      'data-case-link': item.caseId,
    },
    term('caseKind', item.kind),
    h('span', { class: 'level' }, h('code', {}, item.caseId.slice(0, 8))),
  );
}

/** Whole days past the deadline, for an overdue case. */
export function daysLate(item, now = new Date()) {
  return item.overdue && item.dueAt ? Math.max(1, daysBetween(item.dueAt, now)) : 0;
}

function caseRow(item, personal) {
  const late = daysLate(item);
  return h(
    'tr',
    { class: item.overdue ? 'overdue' : undefined, 'data-case': item.caseId },
    h('th', { scope: 'row' }, caseLink(item)),
    h('td', {}, term('caseStatus', item.status)),
    h('td', {}, item.departmentName ?? '—'),
    h('td', { class: 'date' }, day(item.openedAt)),
    h('td', { class: 'date' }, day(item.dueAt)),
    h(
      'td',
      { class: 'number', 'data-days-late': late, 'data-csv': String(late) },
      late > 0 ? h('span', { class: 'badge overdue' }, t('cases.daysLate', { days: late })) : '—',
    ),
    personal ? subjectsCell(item) : h('td', { class: 'number' }, number(item.subjectCount)),
    personal ? h('td', {}, item.summary ?? '') : null,
  );
}

function casesTable(testId, caption, items, personal, withLateness = true) {
  return h(
    'table',
    { 'data-testid': testId, class: 'stack' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('cases.col.case')),
        h('th', { scope: 'col' }, t('cases.col.status')),
        h('th', { scope: 'col' }, t('cases.col.openedBy')),
        h('th', { scope: 'col' }, t('cases.col.opened')),
        h('th', { scope: 'col' }, t('cases.col.due')),
        withLateness ? h('th', { scope: 'col', class: 'number' }, t('cases.col.daysLate')) : null,
        h('th', { scope: 'col' }, personal ? t('cases.col.subjects') : t('cases.col.subjectCount')),
        personal ? h('th', { scope: 'col' }, t('cases.col.summary')) : null,
      ),
    ),
    h(
      'tbody',
      {},
      items.map((item) => {
        const row = caseRow(item, personal);
        // The closed list has no lateness column.
        if (!withLateness) row.querySelector('[data-days-late]')?.remove();
        return row;
      }),
    ),
  );
}

/** The caseworker queue: open cases, overdue first. VIEWER sees counts, not who or what. */
export async function casesView({ token, personal, refresh }) {
  const [page, tree] = await Promise.all([
    get(token, '/cases', {
      status: state.status || undefined,
      overdue: state.overdueOnly ? 'true' : undefined,
      departmentId: state.departmentId || undefined,
      kind: state.kind || undefined,
      sort: state.sort === 'urgency' ? undefined : state.sort,
      pageSize: PAGE_SIZE,
    }),
    departments(token),
  ]);
  const overdue = page.items.filter((item) => item.overdue).length;
  const shown = page.items.length;
  const caption =
    t('cases.caption', { total: page.total }) +
    (page.total > shown ? t('common.firstShown', { shown }) : '');
  return h(
    'section',
    { 'aria-labelledby': 'cases-title' },
    h('h1', { id: 'cases-title' }, t('cases.title')),
    h(
      'p',
      { 'data-testid': 'cases-overdue-summary' },
      t('cases.overdueOfShown', { overdue, shown }),
    ),
    h('p', {}, h('a', { href: '#/closed' }, t('cases.closedLink'))),
    filters(refresh, tree),
    tableFrame(t('cases.title'), casesTable('case-queue', caption, page.items, personal)),
  );
}

/** Closed cases, newest first, found by words of their summary or the start of their id. */
export async function closedCasesView({ token, personal, refresh }) {
  const page = await get(token, '/cases/closed', {
    search: closed.search || undefined,
    kind: closed.kind || undefined,
    pageSize: PAGE_SIZE,
  });
  const search = searchForm(
    {
      label: personal ? t('closed.search') : t('closed.searchId'),
      id: 'closed-search',
      record: closed,
      field: 'search',
      submitKey: 'closed-submit',
      refresh,
    },
    choice(
      t('cases.filter.kind'),
      'closed-kind',
      closed,
      'kind',
      [['', t('cases.filter.everyKind')], ...KINDS.map((k) => [k, term('caseKind', k)])],
      refresh,
    ),
  );
  const shown = page.items.length;
  const caption =
    t('closed.caption', { total: page.total }) +
    (page.total > shown ? t('common.firstShown', { shown }) : '');
  return h(
    'section',
    { 'aria-labelledby': 'closed-title' },
    h('h1', { id: 'closed-title' }, t('closed.title')),
    h('p', {}, h('a', { href: '#/cases' }, t('closed.openLink'))),
    search,
    shown > 0
      ? tableFrame(
          t('closed.title'),
          casesTable('closed-cases', caption, page.items, personal, false),
        )
      : h('p', { class: 'muted', 'data-testid': 'closed-none' }, t('closed.none')),
  );
}

import { get } from './api.js';
import { choice, dateTime, h, number, table, thisYear, yuan } from './dom.js';
import { t, term } from './i18n.js';

/** Gravest first, as the api's grades run. */
const GRADES = ['ESPECIALLY_SERIOUS', 'SERIOUS', 'LARGER', 'GENERAL'];
const SORTS = ['time', '-time', 'grade', 'deaths'];
const YEARS = 5;
const PAGE_SIZE = 50;

/** The list's filters, sort and page, kept between live refreshes. */
const state = { year: '', departmentId: '', grade: '', sort: 'time', page: 1 };

/** A department's name, linking to its row in the departments view. */
function departmentLink(departmentId, name) {
  return h(
    'a',
    { href: `#/departments/${departmentId}`, 'data-key': `department:${departmentId}` },
    name ?? t('accidents.unknownDepartment'),
  );
}

function caseLinks(accident) {
  if (accident.cases.length === 0) return h('td', { class: 'muted' }, t('accidents.noCase'));
  return h(
    'td',
    { 'data-csv': accident.cases.map((each) => each.caseId).join(' ') },
    h(
      'ul',
      { class: 'plain' },
      accident.cases.map((each) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href: `#/cases/${each.caseId}`,
              'data-key': `accident-case:${accident.accidentId}:${each.caseId}`,
              'data-case-link': each.caseId,
            },
            t('accidents.caseLink', { id: each.caseId.slice(0, 8) }),
          ),
        ),
      ),
    ),
  );
}

function accidentRow(accident, personal) {
  return h(
    'tr',
    { 'data-accident': accident.accidentId, 'data-grade': accident.grade },
    h('th', { scope: 'row', 'data-csv': accident.occurredAt }, dateTime(accident.occurredAt)),
    h('td', {}, departmentLink(accident.departmentId, accident.departmentName)),
    h('td', {}, term('accidentGrade', accident.grade)),
    h('td', { class: 'number', 'data-deaths': accident.deaths }, number(accident.deaths)),
    h('td', { class: 'number' }, number(accident.seriousInjuries)),
    h(
      'td',
      { class: 'number', 'data-csv': String(accident.directLossYuan) },
      yuan(accident.directLossYuan),
    ),
    personal ? h('td', {}, accident.description ?? '') : null,
    caseLinks(accident),
  );
}

function casualtiesRow(row) {
  return h(
    'tr',
    { 'data-department': row.departmentId },
    h('th', { scope: 'row' }, departmentLink(row.departmentId, row.departmentName)),
    h('td', { class: 'number' }, number(row.accidents)),
    h('td', { class: 'number', 'data-deaths': row.deaths }, number(row.deaths)),
    h('td', { class: 'number' }, number(row.seriousInjuries)),
    h('td', { class: 'number', 'data-csv': String(row.directLossYuan) }, yuan(row.directLossYuan)),
  );
}

function filters(refresh, tree) {
  const year = thisYear();
  // Another filter or sort starts again from the first page.
  const select = (label, id, field, options) =>
    choice(label, id, state, field, options, () => {
      state.page = 1;
      refresh();
    });
  return h(
    'form',
    { class: 'toolbar', onsubmit: (event) => event.preventDefault() },
    select(t('accidents.filter.year'), 'accidents-year', 'year', [
      ['', t('accidents.filter.everyYear')],
      ...Array.from({ length: YEARS }, (_, back) => [String(year - back), String(year - back)]),
    ]),
    select(t('cases.filter.department'), 'accidents-department', 'departmentId', [
      ['', t('cases.filter.everyDepartment')],
      ...tree.list.map((node) => [node.departmentId, `${'· '.repeat(node.depth - 1)}${node.name}`]),
    ]),
    select(t('accidents.filter.grade'), 'accidents-grade', 'grade', [
      ['', t('accidents.filter.everyGrade')],
      ...GRADES.map((grade) => [grade, term('accidentGrade', grade)]),
    ]),
    select(
      t('cases.filter.sort'),
      'accidents-sort',
      'sort',
      SORTS.map((sort) => [sort, t(`accidents.sort.${sort}`)]),
    ),
  );
}

function pager(page, refresh) {
  const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
  if (pages === 1) return null;
  const go = (to) => () => {
    state.page = to;
    refresh();
  };
  return h(
    'p',
    { class: 'toolbar', 'data-testid': 'accident-pages' },
    h(
      'button',
      {
        type: 'button',
        'data-key': 'accidents-previous',
        disabled: state.page <= 1,
        onclick: go(state.page - 1),
      },
      t('accidents.previous'),
    ),
    ' ',
    t('accidents.pageOf', { page: state.page, pages }),
    ' ',
    h(
      'button',
      {
        type: 'button',
        'data-key': 'accidents-next',
        disabled: state.page >= pages,
        onclick: go(state.page + 1),
      },
      t('accidents.next'),
    ),
  );
}

/**
 * The accidents with their latest grade and casualties and the cases opened on them (filtered,
 * sorted and paged by the api), and the casualties per department of the year chosen (this year
 * when every year is listed). `tree` is the department tree or its promise (fetched meanwhile).
 */
export async function accidentListSections({ token, personal, refresh, tree: asked }) {
  const casualtyYear = state.year ? Number(state.year) : thisYear();
  const [tree, page, casualties] = await Promise.all([
    asked,
    get(token, '/accidents', {
      year: state.year,
      departmentId: state.departmentId,
      grade: state.grade,
      sort: state.sort,
      page: state.page,
      pageSize: PAGE_SIZE,
    }),
    get(token, '/accidents/casualties', { year: casualtyYear, departmentId: state.departmentId }),
  ]);
  return [
    h('h2', { id: 'accident-list-title' }, t('accidents.listTitle')),
    filters(refresh, tree),
    h(
      'p',
      { class: 'muted', 'data-testid': 'accident-count' },
      t('accidents.listed', { total: page.total }),
    ),
    table(
      t('accidents.listTitle'),
      'accident-list',
      [
        t('accidents.col.occurredAt'),
        t('departments.col.department'),
        t('accidents.col.grade'),
        t('accidents.col.deaths'),
        t('accidents.col.seriousInjuries'),
        t('accidents.col.directLoss'),
        ...(personal ? [t('accidents.col.description')] : []),
        t('accidents.col.cases'),
      ],
      page.items.map((accident) => accidentRow(accident, personal)),
      t('accidents.noneListed'),
    ),
    pager(page, refresh),
    h('h2', { id: 'casualties-title' }, t('accidents.casualtiesTitle', { year: casualtyYear })),
    table(
      t('accidents.casualtiesTitle', { year: casualtyYear }),
      'accident-casualties',
      [
        t('departments.col.department'),
        t('accidents.col.accidents'),
        t('accidents.col.deaths'),
        t('accidents.col.seriousInjuries'),
        t('accidents.col.directLoss'),
      ],
      casualties.map(casualtiesRow),
      t('accidents.noneThisYear', { year: casualtyYear }),
    ),
  ];
}

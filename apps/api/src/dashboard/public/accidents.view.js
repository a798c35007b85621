import { accidentListSections } from './accident-list.js';
import { get } from './api.js';
import { loadChart } from './chart-loader.js';
import { showFigureEvents } from './drill-down.js';
import { h, monthBefore, number, tableFrame, thisYear } from './dom.js';
import { t, term } from './i18n.js';
import { departments } from './organisation.js';

/** Gravest first: the order of the stacks and of the table's columns. */
const GRADES = ['ESPECIALLY_SERIOUS', 'SERIOUS', 'LARGER', 'GENERAL'];
const MONTHS = 24;
/** The gravest departments of the year shown: one page of the api's, its largest. */
const DEPARTMENTS = 100;

/** Kept between live refreshes: counts, or counts weighed by grade. */
const state = {
  weighted: true,
  /** How much one accident of each grade weighs: the api's `accidentWeights`, as it scores. */
  weights: /** @type {Record<string, number>} */ ({}),
};

let chart = /** @type {{destroy: () => void} | undefined} */ (undefined);

function colour(grade) {
  const name = `--grade-${grade.toLowerCase().replace(/_/g, '-')}`;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#5b7083';
}

const weight = (grade) => (state.weighted ? (state.weights[grade] ?? 1) : 1);

function draw(Chart, canvas, series) {
  chart?.destroy();
  chart = undefined;
  // Another view replaced this one while the library loaded.
  if (!canvas.isConnected) return;
  chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: series.map((month) => month.month),
      datasets: GRADES.map((grade) => ({
        label: state.weighted
          ? t('accidents.gradeWeighted', {
              grade: term('accidentGrade', grade),
              weight: state.weights[grade] ?? 1,
            })
          : term('accidentGrade', grade),
        data: series.map((month) => (month[grade] ?? 0) * weight(grade)),
        backgroundColor: colour(grade),
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      responsive: true,
      scales: {
        x: { stacked: true },
        y: {
          stacked: true,
          beginAtZero: true,
          ticks: { precision: 0 },
          title: {
            display: true,
            text: state.weighted ? t('accidents.axisWeighted') : t('accidents.axisCount'),
          },
        },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}

function seriesTable(series) {
  return h(
    'table',
    { 'data-testid': 'accidents-table' },
    h('caption', {}, t('accidents.monthlyCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('accidents.col.month')),
        GRADES.map((grade) =>
          h('th', { scope: 'col', class: 'number' }, term('accidentGrade', grade)),
        ),
        h('th', { scope: 'col', class: 'number' }, t('accidents.col.weighted')),
      ),
    ),
    h(
      'tbody',
      {},
      series.map((month) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, month.month),
          GRADES.map((grade) =>
            h('td', { class: 'number', 'data-grade': grade }, month[grade] ?? 0),
          ),
          h(
            'td',
            { class: 'number' },
            GRADES.reduce(
              (total, grade) => total + (month[grade] ?? 0) * (state.weights[grade] ?? 1),
              0,
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * The accidents of this year by the department they are reported against (its own, not rolled
 * up), the gravest first: the api's first page of them (`/accidents/by-department`).
 */
function departmentTable(token, tree, byDepartment, year) {
  const nodes = new Map(tree.list.map((node) => [node.departmentId, node]));
  const rows = byDepartment.items.map((row) => ({
    // A department the tree does not hold yet is named as the api names it.
    node: nodes.get(row.departmentId) ?? {
      departmentId: row.departmentId,
      name: row.departmentName ?? t('accidents.unknownDepartment'),
    },
    accidents: row.accidents,
    weighted: row.weighted,
  }));
  if (rows.length === 0) return h('p', { class: 'muted' }, t('accidents.noneThisYear', { year }));
  const shown =
    byDepartment.total > rows.length
      ? h(
          'p',
          { class: 'muted', 'data-testid': 'accidents-by-department-shown' },
          t('accidents.byDepartmentShown', { shown: rows.length, total: byDepartment.total }),
        )
      : null;
  const frame = tableFrame(
    t('accidents.byDepartment', { year }),
    h(
      'table',
      { 'data-testid': 'accidents-by-department' },
      h('caption', {}, t('accidents.byDepartmentCaption', { year })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('departments.col.department')),
          GRADES.map((grade) =>
            h('th', { scope: 'col', class: 'number' }, term('accidentGrade', grade)),
          ),
          h('th', { scope: 'col', class: 'number' }, t('accidents.col.weighted')),
          h('th', { scope: 'col' }, t('drill.events')),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map(({ node, accidents, weighted }) =>
          h(
            'tr',
            { 'data-department': node.departmentId },
            h(
              'th',
              { scope: 'row' },
              node.name,
              node.level
                ? h('span', { class: 'level' }, term('departmentLevel', node.level))
                : null,
            ),
            GRADES.map((grade) => h('td', { class: 'number' }, number(accidents[grade] ?? 0))),
            h('td', { class: 'number' }, number(weighted)),
            h(
              'td',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'figure',
                  'data-key': `accident-events:${node.departmentId}`,
                  onclick: () =>
                    showFigureEvents(token, {
                      departmentId: node.departmentId,
                      name: node.name,
                      year,
                      figure: 'accidents',
                      label: t('departments.fig.accidents'),
                      rollup: false,
                    }),
                },
                t('accidents.showEvents'),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  return [shown, frame];
}

/**
 * Accidents by grade over the last two years, weighed by grade, and this year's by department;
 * then the accidents themselves with their casualties and cases, and casualties per department.
 */
export async function accidentsView({ token, personal, mounted, refresh }) {
  const from = monthBefore(MONTHS - 1);
  const to = monthBefore(0);
  const year = thisYear();
  // The tree is asked for with the figures, not before them.
  const asked = departments(token);
  const [tree, series, byDepartment, list] = await Promise.all([
    asked,
    get(token, '/accidents/by-grade', { from, to }),
    get(token, '/accidents/by-department', { year, pageSize: DEPARTMENTS }),
    accidentListSections({ token, personal, refresh, tree: asked }),
  ]);
  state.weights = byDepartment.accidentWeights;
  const count = (grade) => series.reduce((sum, month) => sum + (month[grade] ?? 0), 0);
  const total = GRADES.reduce((sum, grade) => sum + count(grade), 0);
  const canvas = h('canvas', {
    id: 'accidents-chart',
    role: 'img',
    'aria-label': t('accidents.chartLabel', { total, from, to }),
  });
  const section = h(
    'section',
    { 'aria-labelledby': 'accidents-title' },
    h('h1', { id: 'accidents-title' }, t('accidents.title')),
    h(
      'p',
      { 'data-testid': 'accidents-total' },
      t('accidents.total', { total, from, to }),
      ' ',
      GRADES.map((grade) =>
        t('accidents.gradeCount', { grade: term('accidentGrade', grade), count: count(grade) }),
      ).join(t('common.listSeparator')),
    ),
    h(
      'form',
      { class: 'toolbar', onsubmit: (event) => event.preventDefault() },
      h(
        'label',
        { class: 'inline' },
        h('input', {
          type: 'checkbox',
          id: 'accidents-weighted',
          'data-key': 'accidents-weighted',
          checked: state.weighted,
          onchange: (event) => {
            state.weighted = event.target.checked;
            refresh();
          },
        }),
        t('accidents.weighByGrade'),
      ),
    ),
    h(
      'p',
      { class: 'muted' },
      t(
        'accidents.weights',
        GRADES.reduce((params, grade) => ({ ...params, [grade]: state.weights[grade] ?? 1 }), {}),
      ),
    ),
    h('div', { class: 'card chart-box' }, canvas),
    h(
      'details',
      {},
      h('summary', {}, t('accidents.asTable')),
      tableFrame(t('accidents.perMonth'), seriesTable(series)),
    ),
    h('h2', {}, t('accidents.byDepartment', { year })),
    departmentTable(token, tree, byDepartment, year),
    list,
  );
  // Chart.js measures its parent, so it draws once the section is in the page.
  mounted(() => {
    loadChart().then(
      (Chart) => draw(Chart, canvas, series),
      (error) => canvas.replaceWith(h('p', { class: 'error' }, error.message)),
    );
  });
  return section;
}

/** The chart holds a resize observer: let it go when another view replaces this one. */
export function leaveAccidents() {
  chart?.destroy();
  chart = undefined;
}

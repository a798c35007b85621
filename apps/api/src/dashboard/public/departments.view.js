import { all, complianceOfYear, get } from './api.js';
import { showOverdueCases } from './cases.view.js';
import { loadChart } from './chart-loader.js';
import { eventsButton, showFigureEvents } from './drill-down.js';
import { h, number, percent, tableFrame, thisYear } from './dom.js';
import { compareNames, nameContains, t, term } from './i18n.js';
import { departments } from './organisation.js';

const LEVELS = ['MUNICIPAL', 'DISTRICT', 'TOWNSHIP'];
const GRADES = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'];
/** How much one accident weighs by grade: the compliance score's weights (docs/domain.md). */
const TREND_YEARS = 3;

/** What the view remembers between live refreshes (the year: this one, once signed in). */
const state = {
  year: /** @type {number | undefined} */ (undefined),
  rollup: true,
  sort: '',
  descending: false,
  name: '',
  level: '',
  grade: '',
  /** Per figure column, the least and greatest value shown ('' for no bound; rates in %). */
  ranges: /** @type {Record<string, {min: string, max: string}>} */ ({}),
};

/** The figure columns one can bound, each with the value it is bounded on (rates as %). */
const RANGES = {
  score: (row) => row.score,
  performance: (row) => (row.performance === undefined ? undefined : row.performance * 100),
  gaps: (row) => row.gaps,
  failures: (row) => row.failures,
  accidents: (row) => row.weighted,
  cases: (row) => row.cases,
  measures: (row) => row.measures,
};

/** Whether the row's figures fall within every bound set (a row without the figure does not). */
function withinRanges(row) {
  return Object.entries(state.ranges).every(([column, { min, max }]) => {
    const value = RANGES[column]?.(row);
    if (min === '' && max === '') return true;
    if (typeof value !== 'number') return false;
    return (min === '' || value >= Number(min)) && (max === '' || value <= Number(max));
  });
}

let charts = /** @type {{destroy: () => void}[]} */ ([]);

/** Lets the charts go when another view replaces this one (they hold resize observers). */
export function leaveDepartments() {
  for (const chart of charts) chart.destroy();
  charts = [];
}

function band(score) {
  if (typeof score !== 'number') return undefined;
  return score >= 80 ? 'good' : score >= 60 ? 'fair' : 'poor';
}

const sum = (record) =>
  record && typeof record === 'object'
    ? Object.values(record).reduce((total, value) => total + (Number(value) || 0), 0)
    : undefined;

/** Accidents weighed by grade with the weights the api scores with (its `accidentWeights`). */
const weightedAccidents = (accidents, weights) =>
  accidents && weights
    ? Object.entries(weights).reduce(
        (total, [grade, weight]) => total + (accidents[grade] ?? 0) * weight,
        0,
      )
    : undefined;

const rate = (part, whole) => (typeof part === 'number' && whole > 0 ? part / whole : undefined);

/**
 * One department's row as figures of ONE kind: its own, or with its subordinates. Rates are
 * computed from the figures shown; the score and grade rate a department with its subordinates,
 * so they are shown with the rolled-up figures only.
 */
function rowFigures(node, compliance, accidentWeights) {
  const figures = compliance ? (state.rollup ? compliance.rolledUp : compliance.own) : undefined;
  return {
    node,
    compliance,
    figures,
    score: state.rollup && typeof compliance?.score === 'number' ? compliance.score : undefined,
    grade: state.rollup ? compliance?.grade : undefined,
    performance: figures ? rate(figures.dutiesPerformed, figures.dutiesDue) : undefined,
    coverage: figures
      ? rate(figures.coveredItems ?? figures.scopeItems - figures.coverageGaps, figures.scopeItems)
      : undefined,
    gaps: figures?.coverageGaps,
    failures: sum(figures?.dutiesFailed),
    accidents: sum(figures?.accidents),
    weighted: weightedAccidents(figures?.accidents, accidentWeights),
    cases: figures?.casesOpened,
    measures: figures?.sanctionsDecided,
  };
}

/** The columns one can sort by: what each compares. */
const SORTS = {
  name: (row) => row.node.name,
  score: (row) => row.score,
  grade: (row) => (row.grade ? GRADES.indexOf(row.grade) : undefined),
  performance: (row) => row.performance,
  gaps: (row) => row.gaps,
  failures: (row) => row.failures,
  accidents: (row) => row.weighted,
  cases: (row) => row.cases,
  measures: (row) => row.measures,
};

function sorted(rows) {
  const key = SORTS[state.sort];
  if (!key) return rows;
  const direction = state.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    // A row without the figure goes last whichever the direction.
    if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : 1) : -1;
    const order = typeof x === 'string' ? compareNames(x, String(y)) : Number(x) - Number(y);
    return order * direction;
  });
}

function filtered(rows) {
  return rows.filter(
    (row) =>
      (!state.name || nameContains(row.node.name, state.name)) &&
      (!state.level || row.node.level === state.level) &&
      (!state.grade || row.grade === state.grade) &&
      withinRanges(row),
  );
}

/** A figure that opens the events behind it. */
function figure(token, department, name, value, label) {
  if (typeof value !== 'number') return h('span', { class: 'muted' }, '—');
  return h(
    'button',
    {
      type: 'button',
      class: 'figure',
      'data-key': `figure:${department.departmentId}:${name}`,
      'aria-label': t('departments.figureLabel', { label, name: department.name, value }),
      onclick: () =>
        showFigureEvents(token, {
          departmentId: department.departmentId,
          name: department.name,
          year: state.year ?? thisYear(),
          figure: name,
          label,
          rollup: state.rollup,
        }),
    },
    number(value),
  );
}

function complianceRow(token, row) {
  const { node, figures } = row;
  const cells = figures
    ? [
        state.rollup
          ? h(
              'td',
              {
                class: 'number',
                'data-csv': row.score === undefined ? '' : String(Math.round(row.score)),
              },
              h(
                'span',
                { class: 'score', 'data-band': band(row.score) },
                row.score === undefined ? '—' : Math.round(row.score),
              ),
            )
          : null,
        state.rollup ? h('td', { 'data-grade': row.grade }, term('grade', row.grade)) : null,
        h(
          'td',
          { class: 'number' },
          figure(
            token,
            node,
            'dutiesPerformed',
            figures.dutiesPerformed,
            t('departments.fig.dutiesPerformed'),
          ),
          ' / ',
          figure(token, node, 'dutiesDue', figures.dutiesDue, t('departments.fig.dutiesDue')),
          h('span', { class: 'level' }, percent(row.performance)),
        ),
        h(
          'td',
          { class: 'number' },
          figure(
            token,
            node,
            'coverageGaps',
            figures.coverageGaps,
            t('departments.fig.coverageGaps'),
          ),
          ' / ',
          figure(token, node, 'scopeItems', figures.scopeItems, t('departments.fig.scopeItems')),
          h('span', { class: 'level' }, t('departments.covered', { rate: percent(row.coverage) })),
        ),
        h(
          'td',
          { class: 'number' },
          figure(token, node, 'dutiesFailed', row.failures, t('departments.fig.failures')),
        ),
        h(
          'td',
          { class: 'number' },
          figure(token, node, 'accidents', row.accidents, t('departments.fig.accidents')),
          h(
            'span',
            { class: 'level' },
            t('departments.weighted', { weight: number(row.weighted) }),
          ),
        ),
        h(
          'td',
          { class: 'number' },
          figure(token, node, 'casesOpened', figures.casesOpened, t('departments.fig.casesOpened')),
          ' / ',
          figure(token, node, 'casesClosed', figures.casesClosed, t('departments.fig.casesClosed')),
          h(
            'span',
            { class: 'level' },
            figure(
              token,
              node,
              'casesOpenedAsAuthority',
              figures.casesOpenedAsAuthority,
              t('departments.fig.casesOpenedAsAuthority'),
            ),
            t('departments.asAuthority'),
          ),
        ),
        h(
          'td',
          { class: 'number' },
          figure(
            token,
            node,
            'sanctionsDecided',
            figures.sanctionsDecided,
            t('departments.fig.sanctions'),
          ),
          ' / ',
          figure(
            token,
            node,
            'referralsDecided',
            figures.referralsDecided,
            t('departments.fig.referrals'),
          ),
        ),
        state.rollup
          ? h(
              'td',
              { class: 'trend', 'data-trend': node.departmentId },
              h('span', { class: 'muted' }, '…'),
            )
          : null,
      ]
    : [
        h(
          'td',
          { colspan: state.rollup ? 9 : 6, class: 'muted' },
          t('departments.noFigures', { year: state.year ?? '' }),
        ),
      ];
  return h(
    'tr',
    {
      'data-level': Math.min(node.depth, 4),
      'data-department': node.departmentId,
      'data-indent': state.sort ? undefined : 'tree',
      'data-score': row.score,
      'data-failures': row.failures,
    },
    h(
      'th',
      { scope: 'row' },
      node.name,
      h('span', { class: 'level' }, term('departmentLevel', node.level)),
    ),
    cells,
  );
}

/** A column heading that sorts by its column (a second press reverses the order). */
function sortHeading(column, label, refresh, numeric = true) {
  const active = state.sort === column;
  return h(
    'th',
    {
      scope: 'col',
      class: numeric ? 'number' : undefined,
      'aria-sort': active ? (state.descending ? 'descending' : 'ascending') : undefined,
    },
    h(
      'button',
      {
        type: 'button',
        class: 'sort',
        'data-key': `sort:${column}`,
        'data-sort': column,
        onclick: () => {
          if (active) state.descending = !state.descending;
          else {
            state.sort = column;
            // Worst first for figures of trouble; best first for the name.
            state.descending = !['name', 'score', 'performance', 'grade'].includes(column);
          }
          refresh();
        },
      },
      label,
      h(
        'span',
        { 'aria-hidden': 'true', class: 'sort-mark' },
        active ? (state.descending ? ' ▼' : ' ▲') : '',
      ),
    ),
  );
}

function toolbar(refresh) {
  const current = thisYear();
  const years = [current, current - 1, current - 2, current - 3];
  const select = (label, id, field, options, onchange) =>
    h(
      'label',
      {},
      label,
      h(
        'select',
        {
          id,
          'data-key': id,
          onchange: (event) => {
            onchange(event.target.value);
            refresh();
          },
        },
        options.map(([value, text]) =>
          h('option', { value, selected: String(state[field] ?? '') === String(value) }, text),
        ),
      ),
    );
  return h(
    'form',
    { class: 'toolbar', onsubmit: (event) => event.preventDefault() },
    select(
      t('departments.year'),
      'compliance-year',
      'year',
      years.map((year) => [year, String(year)]),
      (value) => {
        state.year = Number(value);
      },
    ),
    h(
      'label',
      { class: 'inline' },
      h('input', {
        type: 'checkbox',
        id: 'compliance-rollup',
        'data-key': 'compliance-rollup',
        checked: state.rollup,
        onchange: (event) => {
          state.rollup = event.target.checked;
          if (!state.rollup && ['score', 'grade'].includes(state.sort)) state.sort = '';
          refresh();
        },
      }),
      t('departments.rollup'),
    ),
    h(
      'label',
      {},
      t('departments.nameContains'),
      h('input', {
        type: 'search',
        id: 'departments-name',
        'data-key': 'departments-name',
        value: state.name,
        maxlength: 100,
        onchange: (event) => {
          state.name = event.target.value.trim();
          refresh();
        },
      }),
    ),
    select(
      t('departments.level'),
      'departments-level',
      'level',
      [
        ['', t('departments.everyLevel')],
        ...LEVELS.map((level) => [level, term('departmentLevel', level)]),
      ],
      (value) => {
        state.level = value;
      },
    ),
    state.rollup
      ? select(
          t('departments.grade'),
          'departments-grade',
          'grade',
          [
            ['', t('departments.everyGrade')],
            ...GRADES.map((grade) => [grade, term('grade', grade)]),
          ],
          (value) => {
            state.grade = value;
          },
        )
      : null,
    state.sort
      ? h(
          'button',
          {
            type: 'button',
            'data-key': 'tree-order',
            onclick: () => {
              state.sort = '';
              refresh();
            },
          },
          t('departments.treeOrder'),
        )
      : null,
  );
}

/** A least and a greatest value for each figure column (the score only with subordinates). */
function rangeFilters(refresh) {
  const columns = Object.keys(RANGES).filter((column) => state.rollup || column !== 'score');
  const bound = (column, end) =>
    h(
      'label',
      {},
      t(`departments.range.${end}`),
      h('input', {
        type: 'number',
        id: `range-${column}-${end}`,
        'data-key': `range-${column}-${end}`,
        step: 'any',
        value: state.ranges[column]?.[end] ?? '',
        onchange: (event) => {
          const range = state.ranges[column] ?? { min: '', max: '' };
          range[end] = event.target.value.trim();
          state.ranges[column] = range;
          refresh();
        },
      }),
    );
  const active = columns.some((column) => {
    const range = state.ranges[column];
    return range && (range.min !== '' || range.max !== '');
  });
  return h(
    'details',
    { class: 'ranges', open: active, 'data-testid': 'department-ranges' },
    h('summary', {}, t('departments.range.title')),
    h(
      'div',
      { class: 'toolbar' },
      columns.map((column) =>
        h(
          'fieldset',
          { 'data-range': column },
          h('legend', {}, t(`departments.range.${column}`)),
          bound(column, 'min'),
          bound(column, 'max'),
        ),
      ),
      active
        ? h(
            'button',
            {
              type: 'button',
              'data-key': 'ranges-clear',
              onclick: () => {
                state.ranges = {};
                refresh();
              },
            },
            t('departments.range.clear'),
          )
        : null,
    ),
  );
}

function gapsTable(gaps, names) {
  return h(
    'table',
    { 'data-testid': 'coverage-gaps' },
    h('caption', {}, t('departments.gapsCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('departments.col.post')),
        h('th', { scope: 'col' }, t('departments.col.department')),
        h('th', { scope: 'col' }, t('departments.col.scopeItem')),
        h('th', { scope: 'col' }, t('drill.events')),
      ),
    ),
    h(
      'tbody',
      {},
      gaps.map((gap) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, gap.postTitle),
          h('td', {}, names.get(gap.departmentId) ?? '—'),
          h('td', {}, gap.item),
          h(
            'td',
            {},
            eventsButton(
              String(gap.sourceEventIds.length),
              t('departments.gapOf', { item: gap.item, post: gap.postTitle }),
              gap.sourceEventIds,
            ),
          ),
        ),
      ),
    ),
  );
}

/** The landing page's call to act: how many cases are past their deadline. */
function overdueNotice(total) {
  if (!total)
    return h(
      'p',
      { class: 'notice', 'data-testid': 'overdue-count', 'data-count': 0 },
      t('departments.noneOverdue'),
    );
  return h(
    'p',
    { class: 'notice overdue', 'data-testid': 'overdue-count', 'data-count': total },
    h(
      'a',
      { href: '#/cases', 'data-key': 'overdue-link', onclick: () => showOverdueCases() },
      t('departments.overdue', { count: total }),
    ),
  );
}

/** Bar charts of the scores, one per level, worst first, drawn once the view is shown. */
function scoreCharts(rows) {
  const boxes = LEVELS.map((level) => {
    const scored = rows
      .filter((row) => row.node.level === level && typeof row.score === 'number')
      .sort((a, b) => Number(a.score) - Number(b.score));
    if (scored.length === 0) return null;
    const canvas = h('canvas', {
      role: 'img',
      'data-chart-level': level,
      'aria-label': t('departments.chartLabel', {
        level: term('departmentLevel', level),
        count: scored.length,
      }),
    });
    return {
      level,
      scored,
      canvas,
      box: h(
        'figure',
        { class: 'card chart-box score-chart' },
        h(
          'figcaption',
          {},
          t('departments.chartTitle', {
            level: term('departmentLevel', level),
            year: state.year ?? '',
          }),
        ),
        canvas,
      ),
    };
  }).filter((each) => each !== null);
  return boxes;
}

function drawScoreCharts(Chart, boxes) {
  leaveDepartments();
  const colours = { good: '#1a7f37', fair: '#9a6700', poor: '#b42318' };
  for (const { scored, canvas } of boxes) {
    if (!canvas.isConnected) continue;
    charts.push(
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: scored.map((row) => row.node.name),
          datasets: [
            {
              label: t('departments.col.score'),
              data: scored.map((row) => Math.round(row.score)),
              backgroundColor: scored.map((row) => colours[band(row.score) ?? 'fair']),
            },
          ],
        },
        options: {
          indexAxis: 'y',
          animation: false,
          maintainAspectRatio: false,
          responsive: true,
          scales: { x: { min: 0, max: 100 } },
          plugins: { legend: { display: false } },
        },
      }),
    );
  }
}

/** Fills the trend column: each department's score over the last years, oldest first. */
async function fillTrend(token, year, rows) {
  const years = Array.from({ length: TREND_YEARS }, (_, back) => year - TREND_YEARS + 1 + back);
  const answers = await Promise.all(
    years.map((each) =>
      each === year ? Promise.resolve(null) : complianceOfYear(token, each).catch(() => null),
    ),
  );
  const byYear = years.map((each, index) => {
    const answer =
      each === year
        ? { departments: rows.map((row) => row.compliance).filter(Boolean) }
        : answers[index];
    return new Map((answer?.departments ?? []).map((row) => [row.departmentId, row.score]));
  });
  for (const cell of document.querySelectorAll('td[data-trend]')) {
    const id = cell.getAttribute('data-trend') ?? '';
    const scores = byYear.map((scoresOf) => scoresOf.get(id));
    const known = scores.filter((score) => typeof score === 'number');
    const first = Number(known[0]);
    const last = Number(known.at(-1));
    const direction =
      known.length < 2 ? 'flat' : last > first + 0.5 ? 'up' : last < first - 0.5 ? 'down' : 'flat';
    const text = scores
      .map((score) => (typeof score === 'number' ? Math.round(score) : '—'))
      .join(' → ');
    cell.replaceChildren(
      h(
        'span',
        { class: 'trend', 'data-direction': direction, title: years.join(' → ') },
        text,
        h('span', { class: 'visually-hidden' }, ` (${t(`departments.trend.${direction}`)})`),
      ),
    );
    cell.setAttribute('data-csv', text);
  }
}

/** Department tree with compliance figures, indicators and score; charts, trends and gaps. */
export async function departmentsView({ token, refresh, mounted, params }) {
  // `#/departments/{id}` (a link from another view) marks that department's row.
  const [chosen] = params;
  state.year ??= thisYear();
  const year = state.year;
  const [tree, compliance, gaps, overdue] = await Promise.all([
    departments(token),
    complianceOfYear(token, year),
    all(token, '/coverage-gaps'),
    get(token, '/cases', { overdue: 'true', pageSize: 1 }).catch(() => undefined),
  ]);
  const byId = new Map(compliance.departments.map((row) => [row.departmentId, row]));
  const allRows = tree.list.map((node) =>
    rowFigures(node, byId.get(node.departmentId), compliance.accidentWeights),
  );
  const rows = sorted(filtered(allRows));
  const table = h(
    'table',
    { 'data-testid': 'department-tree', class: 'departments' },
    h(
      'caption',
      {},
      t(state.rollup ? 'departments.captionRollup' : 'departments.captionOwn', { year }),
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        sortHeading('name', t('departments.col.department'), refresh, false),
        state.rollup ? sortHeading('score', t('departments.col.score'), refresh) : null,
        state.rollup ? sortHeading('grade', t('departments.col.grade'), refresh, false) : null,
        sortHeading('performance', t('departments.col.duties'), refresh),
        sortHeading('gaps', t('departments.col.gaps'), refresh),
        sortHeading('failures', t('departments.col.failures'), refresh),
        sortHeading('accidents', t('departments.col.accidents'), refresh),
        sortHeading('cases', t('departments.col.cases'), refresh),
        sortHeading('measures', t('departments.col.measures'), refresh),
        state.rollup
          ? h('th', { scope: 'col' }, t('departments.col.trend', { years: TREND_YEARS }))
          : null,
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((row) => complianceRow(token, row)),
    ),
  );
  const boxes = state.rollup ? scoreCharts(allRows) : [];
  mounted(() => {
    if (chosen) {
      const row = table.querySelector(`tr[data-department="${CSS.escape(chosen)}"]`);
      row?.setAttribute('aria-current', 'true');
      row?.scrollIntoView({ block: 'center' });
    }
    if (state.rollup) void fillTrend(token, year, allRows);
    if (boxes.length > 0)
      loadChart().then(
        (Chart) => drawScoreCharts(Chart, boxes),
        () => undefined,
      );
  });
  return h(
    'section',
    { 'aria-labelledby': 'departments-title' },
    h('h1', { id: 'departments-title' }, t('departments.title')),
    overdueNotice(overdue?.total ?? 0),
    toolbar(refresh),
    rangeFilters(refresh),
    h(
      'p',
      { class: 'muted', 'data-testid': 'departments-shown' },
      t('departments.shown', { shown: rows.length, total: allRows.length }),
    ),
    tableFrame(t('departments.tableLabel'), table),
    state.rollup ? null : h('p', { class: 'muted' }, t('departments.ownNote')),
    boxes.length > 0
      ? h(
          'section',
          { 'aria-labelledby': 'charts-title', class: 'charts' },
          h('h2', { id: 'charts-title' }, t('departments.chartsTitle')),
          boxes.map((each) => each.box),
        )
      : null,
    h('h2', { id: 'gaps-title' }, t('departments.gapsTitle', { count: gaps.length })),
    gaps.length > 0
      ? tableFrame(t('departments.gapsLabel'), gapsTable(gaps, tree.names))
      : h('p', {}, t('departments.noGaps')),
  );
}

import { get } from './api.js';
import { loadChart } from './chart-loader.js';
import { showFigureEvents } from './drill-down.js';
import { h, monthBefore, tableFrame, words } from './dom.js';

/** Gravest first: the order of the stacks and of the table's columns. */
const GRADES = ['ESPECIALLY_SERIOUS', 'SERIOUS', 'LARGER', 'GENERAL'];
const MONTHS = 24;

let chart = /** @type {{destroy: () => void} | undefined} */ (undefined);

function colour(grade) {
  const name = `--grade-${grade.toLowerCase().replace(/_/g, '-')}`;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#5b7083';
}

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
        label: words(grade),
        data: series.map((month) => month[grade] ?? 0),
        backgroundColor: colour(grade),
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      responsive: true,
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}

function seriesTable(series) {
  return h(
    'table',
    { 'data-testid': 'accidents-table' },
    h('caption', {}, 'Accidents reported per month, by grade (latest grade after re-grading)'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Month'),
        GRADES.map((grade) => h('th', { scope: 'col', class: 'number' }, words(grade))),
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
          GRADES.map((grade) => h('td', { class: 'number' }, month[grade] ?? 0)),
        ),
      ),
    ),
  );
}

/** The events behind the accidents of each year, per top-level department with its subordinates. */
function eventLinks(token, roots, from, to) {
  const years = [];
  for (let year = Number(to.slice(0, 4)); year >= Number(from.slice(0, 4)); year -= 1)
    years.push(year);
  return h(
    'section',
    { 'aria-labelledby': 'accident-events-title' },
    h('h2', { id: 'accident-events-title' }, 'The events behind these figures'),
    h(
      'ul',
      {},
      roots.flatMap((root) =>
        years.map((year) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                'data-key': `accident-events:${root.departmentId}:${year}`,
                onclick: () =>
                  showFigureEvents(token, {
                    departmentId: root.departmentId,
                    name: root.name,
                    year,
                    figure: 'accidents',
                    rollup: true,
                  }),
              },
              `Accidents of ${year}: ${root.name} and its subordinates`,
            ),
          ),
        ),
      ),
    ),
  );
}

/** Accidents by grade over the last two years: a stacked bar chart and the same as a table. */
export async function accidentsView({ token, mounted }) {
  const from = monthBefore(MONTHS - 1);
  const to = monthBefore(0);
  const [series, tree] = await Promise.all([
    get(token, '/accidents/by-grade', { from, to }),
    get(token, '/departments/tree'),
  ]);
  const total = series.reduce(
    (sum, month) => sum + GRADES.reduce((count, grade) => count + (month[grade] ?? 0), 0),
    0,
  );
  const canvas = h('canvas', {
    id: 'accidents-chart',
    role: 'img',
    'aria-label': `Bar chart: ${total} accidents from ${from} to ${to}, stacked by grade. The table below lists the same figures.`,
  });
  const section = h(
    'section',
    { 'aria-labelledby': 'accidents-title' },
    h('h1', { id: 'accidents-title' }, 'Accidents by grade'),
    h('p', {}, `${total} accidents reported from ${from} to ${to}.`),
    h('div', { class: 'card chart-box' }, canvas),
    h(
      'details',
      {},
      h('summary', {}, 'The figures as a table'),
      tableFrame('Accidents per month', seriesTable(series)),
    ),
    eventLinks(token, Array.isArray(tree) ? tree : [], from, to),
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

import { all, get } from './api.js';
import { eventsButton, showFigureEvents } from './drill-down.js';
import { h, percent, tableFrame, thisYear, words } from './dom.js';

/** What the view remembers between live refreshes (the year: this one, once signed in). */
const state = { year: /** @type {number | undefined} */ (undefined), rollup: true };

/** The tree as a flat list in reading order, each with its depth (municipality = 1). */
function flatten(nodes, depth = 1, out = []) {
  for (const node of nodes) {
    out.push({ ...node, depth });
    flatten(node.children ?? [], depth + 1, out);
  }
  return out;
}

function roots(tree) {
  if (Array.isArray(tree)) return tree;
  if (Array.isArray(tree?.items)) return tree.items;
  if (Array.isArray(tree?.roots)) return tree.roots;
  return tree ? [tree] : [];
}

function band(score) {
  if (typeof score !== 'number') return undefined;
  return score >= 80 ? 'good' : score >= 60 ? 'fair' : 'poor';
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
      'aria-label': `${label} of ${department.name}: ${value}. Show the events behind it`,
      onclick: () =>
        showFigureEvents(token, {
          departmentId: department.departmentId,
          name: department.name,
          year: state.year ?? thisYear(),
          figure: name,
          rollup: state.rollup,
        }),
    },
    String(value),
  );
}

const sum = (record) =>
  record && typeof record === 'object'
    ? Object.values(record).reduce((total, value) => total + (Number(value) || 0), 0)
    : undefined;

function complianceRow(token, node, compliance) {
  const figures = compliance ? (state.rollup ? compliance.rolledUp : compliance.own) : undefined;
  const indicators = compliance?.indicators ?? {};
  const cells = figures
    ? [
        h(
          'td',
          { class: 'number' },
          h(
            'span',
            { class: 'score', 'data-band': band(compliance.score) },
            typeof compliance.score === 'number' ? Math.round(compliance.score) : '—',
          ),
        ),
        h(
          'td',
          { 'data-grade': compliance.grade },
          compliance.grade ? words(compliance.grade) : '—',
        ),
        h(
          'td',
          { class: 'number' },
          figure(token, node, 'dutiesPerformed', figures.dutiesPerformed, 'Duties performed'),
          ' / ',
          figure(token, node, 'dutiesDue', figures.dutiesDue, 'Duties due'),
          h('span', { class: 'level' }, percent(indicators.performanceRate)),
        ),
        h(
          'td',
          { class: 'number' },
          figure(token, node, 'coverageGaps', figures.coverageGaps, 'Coverage gaps'),
          ' of ',
          figure(token, node, 'scopeItems', figures.scopeItems, 'Business-scope items'),
          h('span', { class: 'level' }, `${percent(indicators.coverageRate)} covered`),
        ),
        h(
          'td',
          { class: 'number' },
          figure(token, node, 'dutiesFailed', sum(figures.dutiesFailed), 'Failures to perform'),
        ),
        h(
          'td',
          { class: 'number' },
          figure(token, node, 'accidents', sum(figures.accidents), 'Accidents'),
        ),
        h(
          'td',
          { class: 'number' },
          figure(token, node, 'casesOpened', figures.casesOpened, 'Cases opened'),
          ' / ',
          figure(token, node, 'casesClosed', figures.casesClosed, 'Cases closed'),
          h(
            'span',
            { class: 'level' },
            figure(
              token,
              node,
              'casesOpenedAsAuthority',
              figures.casesOpenedAsAuthority,
              'Cases opened as the supervision authority',
            ),
            ' opened as authority',
          ),
        ),
        h(
          'td',
          { class: 'number' },
          figure(token, node, 'sanctionsDecided', figures.sanctionsDecided, 'Measures decided'),
          ' / ',
          figure(token, node, 'referralsDecided', figures.referralsDecided, 'Referrals decided'),
        ),
      ]
    : [h('td', { colspan: 8, class: 'muted' }, `No figures for ${state.year}`)];
  return h(
    'tr',
    { 'data-level': Math.min(node.depth, 4), 'data-department': node.departmentId },
    h('th', { scope: 'row' }, node.name, h('span', { class: 'level' }, words(node.level))),
    cells,
  );
}

function toolbar(refresh) {
  const current = thisYear();
  const years = [current, current - 1, current - 2, current - 3];
  return h(
    'form',
    { class: 'toolbar', onsubmit: (event) => event.preventDefault() },
    h(
      'label',
      {},
      'Year',
      h(
        'select',
        {
          id: 'compliance-year',
          'data-key': 'compliance-year',
          onchange: (event) => {
            state.year = Number(event.target.value);
            refresh();
          },
        },
        years.map((year) => h('option', { value: year, selected: year === state.year }, year)),
      ),
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
          refresh();
        },
      }),
      'Include subordinate departments',
    ),
  );
}

function gapsTable(gaps, names) {
  return h(
    'table',
    { 'data-testid': 'coverage-gaps' },
    h(
      'caption',
      {},
      'Business-scope items of a post with no work-safety duty covering them ("one post, two responsibilities")',
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Post'),
        h('th', { scope: 'col' }, 'Department'),
        h('th', { scope: 'col' }, 'Scope item'),
        h('th', { scope: 'col' }, 'Events'),
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
          h('td', {}, names.get(gap.departmentId) ?? gap.departmentId),
          h('td', {}, gap.item),
          h(
            'td',
            {},
            eventsButton(
              String(gap.sourceEventIds.length),
              `Coverage gap: ${gap.item} of ${gap.postTitle}`,
              gap.sourceEventIds,
            ),
          ),
        ),
      ),
    ),
  );
}

/** Every page of the year's compliance (the answer is paged, 100 departments at most a page). */
async function complianceOfYear(token, year) {
  const first = await get(token, '/compliance', { year, page: 1, pageSize: 100 });
  const departments = [...first.departments];
  for (let page = 2; departments.length < first.total; page += 1) {
    const more = await get(token, '/compliance', { year, page, pageSize: 100 });
    if (more.departments.length === 0) break;
    departments.push(...more.departments);
  }
  return { ...first, departments };
}

/** Department tree with compliance figures, indicators and score; coverage gaps below. */
export async function departmentsView({ token, refresh }) {
  state.year ??= thisYear();
  const [tree, compliance, gaps] = await Promise.all([
    get(token, '/departments/tree'),
    complianceOfYear(token, state.year),
    all(token, '/coverage-gaps'),
  ]);
  const nodes = flatten(roots(tree));
  const byId = new Map(compliance.departments.map((row) => [row.departmentId, row]));
  const names = new Map(nodes.map((node) => [node.departmentId, node.name]));
  const table = h(
    'table',
    { 'data-testid': 'department-tree', class: 'stack' },
    h(
      'caption',
      {},
      `Compliance in ${state.year}${state.rollup ? ', each department with its subordinates' : ', each department on its own'}, and the grade of its annual work-safety assessment. Select a figure to list the events behind it.`,
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Department'),
        h('th', { scope: 'col', class: 'number' }, 'Score'),
        h('th', { scope: 'col' }, 'Assessment grade'),
        h('th', { scope: 'col', class: 'number' }, 'Duties performed / due'),
        h('th', { scope: 'col', class: 'number' }, 'Coverage gaps'),
        h('th', { scope: 'col', class: 'number' }, 'Failures'),
        h('th', { scope: 'col', class: 'number' }, 'Accidents'),
        h('th', { scope: 'col', class: 'number' }, 'Cases of its cadres opened / closed'),
        h('th', { scope: 'col', class: 'number' }, 'Measures / referrals'),
      ),
    ),
    h(
      'tbody',
      {},
      nodes.map((node) => complianceRow(token, node, byId.get(node.departmentId))),
    ),
  );
  const weights = Object.entries(compliance.weights ?? {})
    .map(([name, weight]) => `${name} ${weight}`)
    .join(', ');
  return h(
    'section',
    { 'aria-labelledby': 'departments-title' },
    h('h1', { id: 'departments-title' }, 'Departments'),
    toolbar(refresh),
    tableFrame('Department compliance', table),
    weights ? h('p', { class: 'muted' }, `Score weights: ${weights}.`) : null,
    h('h2', { id: 'gaps-title' }, `Coverage gaps (${gaps.length})`),
    gaps.length > 0
      ? tableFrame('Coverage gaps', gapsTable(gaps, names))
      : h('p', {}, 'Every business-scope item has a work-safety duty.'),
  );
}

import { get } from './api.js';
import { eventsButton } from './drill-down.js';
import { day, h, tableFrame, words } from './dom.js';

const state = { name: '' };

function table(label, testId, headings, rows, empty) {
  if (rows.length === 0) return h('p', { class: 'muted' }, empty);
  return tableFrame(
    label,
    h(
      'table',
      { 'data-testid': testId },
      h('caption', {}, label),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headings.map((heading) => h('th', { scope: 'col' }, heading)),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}

const period = (from, to) => `${day(from)} – ${to ? day(to) : 'now'}`;

/** Cadres found by name: each opens its page. */
export async function cadresView({ token, refresh }) {
  const page = await get(token, '/cadres', { name: state.name || undefined, pageSize: 100 });
  const search = h(
    'form',
    {
      class: 'toolbar',
      role: 'search',
      onsubmit: (event) => {
        event.preventDefault();
        state.name = String(new FormData(event.target).get('name') ?? '').trim();
        refresh();
      },
    },
    h(
      'label',
      {},
      'Name contains',
      h('input', {
        name: 'name',
        id: 'cadre-name',
        'data-key': 'cadre-name',
        maxlength: 100,
        value: state.name,
      }),
    ),
    h('button', { type: 'submit', 'data-key': 'cadre-search' }, 'Search'),
  );
  const rows = page.items.map((cadre) =>
    h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row' },
        h(
          'a',
          { href: `#/cadres/${cadre.cadreId}`, 'data-key': `cadre:${cadre.cadreId}` },
          cadre.name,
        ),
      ),
      h('td', {}, cadre.personnelNumber),
      h('td', {}, cadre.currentPosts.map((post) => post.title ?? post.postId).join('; ') || '—'),
    ),
  );
  return h(
    'section',
    { 'aria-labelledby': 'cadres-title' },
    h('h1', { id: 'cadres-title' }, 'Cadres'),
    search,
    table(
      `${page.total} cadre${page.total === 1 ? '' : 's'}${page.total > page.items.length ? ` (first ${page.items.length} shown)` : ''}`,
      'cadre-list',
      ['Name', 'Personnel number', 'Posts held now'],
      rows,
      'No cadre matches.',
    ),
  );
}

function eligibility(answer, name) {
  const status = answer.eligible
    ? h('span', { class: 'badge eligible' }, 'eligible')
    : h('span', { class: 'badge blocked' }, 'blocked');
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'eligibility-title', 'data-testid': 'eligibility' },
    h('h2', { id: 'eligibility-title' }, 'Appointment eligibility'),
    h('p', {}, `As of ${day(answer.asOf)}: `, status),
    answer.blocks.length > 0
      ? h(
          'ul',
          { class: 'blocks' },
          answer.blocks.map((block) =>
            h(
              'li',
              { 'data-reason': block.reason },
              h('strong', {}, words(block.reason)),
              block.detail ? ` — ${block.detail}` : '',
              block.until ? ` (until ${day(block.until)})` : '',
              ' ',
              eventsButton(
                'events',
                `Why ${name} is blocked: ${words(block.reason)}`,
                block.sourceEventIds,
              ),
            ),
          ),
        )
      : null,
  );
}

function assessments(history) {
  const rows = history.assessments.map((assessment) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, assessment.year),
      h('td', {}, words(assessment.grade)),
      h('td', { class: 'number' }, assessment.score),
      h(
        'td',
        {},
        assessment.kind === 'CORRECTED' ? `corrected: ${assessment.reason ?? ''}` : 'recorded',
        assessment.correctedByEventId ? ' (since corrected)' : '',
      ),
      h(
        'td',
        {},
        eventsButton(
          String(assessment.sourceEventIds.length),
          `Assessment ${assessment.year}`,
          assessment.sourceEventIds,
        ),
      ),
    ),
  );
  return table(
    'Annual assessments, with corrections',
    'assessments',
    ['Year', 'Grade', 'Score', 'Record', 'Events'],
    rows,
    'No annual assessment recorded.',
  );
}

/** An appointment made although eligibility was blocked: the reason and the blocks overridden. */
function override(post) {
  const overridden = post.eligibilityOverride;
  if (!overridden) return h('span', { class: 'muted' }, '—');
  const blocks = overridden.blocks ?? [];
  return h(
    'span',
    { 'data-override': 'true' },
    h('strong', {}, 'overrode blocked eligibility: '),
    overridden.reason,
    ` (${blocks.map((block) => words(block.reason)).join(', ')}) `,
    eventsButton(
      'blocks',
      `Blocks overridden by the appointment to ${post.title ?? post.postId}`,
      blocks.flatMap((block) => block.sourceEventIds ?? []),
    ),
  );
}

function posts(history) {
  const rows = history.posts.map((post) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, post.title ?? post.postId),
      h('td', {}, period(post.from, post.to)),
      h('td', {}, override(post)),
      h('td', {}, post.reliefReason ?? ''),
      h(
        'td',
        {},
        eventsButton(String(post.sourceEventIds.length), `Post ${post.title}`, post.sourceEventIds),
      ),
    ),
  );
  return table(
    'Posts held',
    'posts',
    ['Post', 'Held', 'Appointment', 'Relieved because', 'Events'],
    rows,
    'No post held.',
  );
}

/** How long a measure weighs on appointment; a referral is no measure and weighs nothing. */
function influence(sanction) {
  if (sanction.category === 'REFERRAL') return 'none: a referral, not a measure';
  if (sanction.influence === 'PERMANENT') return 'permanent';
  if (sanction.influenceUntil) return `until ${day(sanction.influenceUntil)}`;
  return '—';
}

function sanctions(history) {
  const rows = history.sanctions.map((sanction) =>
    h(
      'tr',
      { 'data-category': sanction.category },
      h('th', { scope: 'row' }, words(sanction.sanction)),
      h('td', {}, day(sanction.effectiveFrom ?? sanction.decidedAt)),
      h('td', {}, influence(sanction)),
      h(
        'td',
        {},
        sanction.endedAt ? `${words(sanction.endedBecause)} ${day(sanction.endedAt)}` : 'stands',
      ),
      h(
        'td',
        {},
        eventsButton(
          String(sanction.sourceEventIds.length),
          `Sanction ${words(sanction.sanction)}`,
          sanction.sourceEventIds,
        ),
      ),
    ),
  );
  return table(
    'Measures and referrals',
    'sanctions',
    ['Measure or referral', 'Effective', 'Influence on appointment', 'Status', 'Events'],
    rows,
    'No measure or referral.',
  );
}

function cases(history) {
  const rows = history.cases.map((named) =>
    h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row' },
        words(named.kind),
        h('span', { class: 'level' }, h('code', {}, named.caseId.slice(0, 8))),
      ),
      h('td', {}, words(named.status)),
      h('td', {}, named.summary),
      h(
        'td',
        {},
        eventsButton(
          String(named.sourceEventIds.length),
          `Case ${named.caseId}`,
          named.sourceEventIds,
        ),
      ),
    ),
  );
  return table(
    'Cases naming the cadre',
    'cases',
    ['Case', 'Status', 'Summary', 'Events'],
    rows,
    'Named in no case.',
  );
}

const HEARD = {
  STATEMENT: 'heard (statement)',
  NOTICE_UNANSWERED: 'notice served, left unanswered',
  NOT_HEARD: 'not heard',
};

function circumstances(finding) {
  const weighed = [
    ...(finding.aggravating ?? []).map((each) => ['aggravating', each]),
    ...(finding.mitigating ?? []).map((each) => ['mitigating', each]),
  ];
  if (weighed.length === 0) return h('span', { class: 'muted' }, 'none weighed');
  return h(
    'ul',
    { class: 'plain' },
    weighed.map(([label, each]) =>
      h('li', {}, `${label}: ${words(each.circumstance)} — ${each.note}`),
    ),
  );
}

function findings(history) {
  const rows = (history.findings ?? []).map((finding) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, day(finding.recordedAt)),
      h(
        'td',
        {},
        finding.responsible
          ? `responsible (${words(finding.responsibilityKind ?? 'unspecified')})`
          : 'not responsible',
      ),
      h(
        'td',
        { 'data-hearing': finding.hearing },
        HEARD[finding.hearing] ?? words(finding.hearing),
      ),
      h('td', {}, circumstances(finding)),
      h('td', {}, finding.recordedBy ?? '—'),
      h(
        'td',
        {},
        eventsButton(
          String(finding.sourceEventIds.length),
          `Finding of ${day(finding.recordedAt)}`,
          finding.sourceEventIds,
        ),
      ),
    ),
  );
  return table(
    'Findings',
    'findings',
    ['Recorded', 'Finding', 'Right to be heard', 'Circumstances weighed', 'Recorded by', 'Events'],
    rows,
    'No finding.',
  );
}

function failures(history) {
  const rows = history.failures.map((failure) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, day(failure.occurredAt)),
      h('td', {}, failure.dutyTitle ?? failure.dutyId),
      h(
        'td',
        { 'data-kind': failure.kind },
        failure.kind === 'OTHER' ? (failure.otherKind ?? words(failure.kind)) : words(failure.kind),
        failure.workSafety === false ? ' (business failure, no safety impact)' : '',
      ),
      h('td', {}, words(failure.adverseEffect)),
      h(
        'td',
        {},
        eventsButton(
          String(failure.sourceEventIds.length),
          `Failure of ${day(failure.occurredAt)}`,
          failure.sourceEventIds,
        ),
      ),
    ),
  );
  return table(
    'Failures to perform',
    'failures',
    ['Occurred', 'Duty', 'Kind', 'Adverse effect', 'Events'],
    rows,
    'No failure to perform.',
  );
}

/**
 * One cadre: eligibility with its reasons, assessment history, posts (with any override of the
 * appointment), findings, measures and referrals, cases, failures with their kinds.
 */
export async function cadreView({ token, params }) {
  const cadreId = params[0] ?? '';
  const [history, answer] = await Promise.all([
    get(token, `/cadres/${encodeURIComponent(cadreId)}`),
    get(token, `/cadres/${encodeURIComponent(cadreId)}/eligibility`),
  ]);
  const { cadre } = history;
  return h(
    'article',
    { 'aria-labelledby': 'cadre-title' },
    h('p', {}, h('a', { href: '#/cadres' }, '← All cadres')),
    h('h1', { id: 'cadre-title' }, cadre.name),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Personnel number'),
      h('dd', {}, cadre.personnelNumber),
      h('dt', {}, 'Registered'),
      h('dd', {}, day(cadre.registeredAt)),
    ),
    eligibility(answer, cadre.name),
    h('h2', {}, 'Assessment history'),
    assessments(history),
    h('h2', {}, 'Posts'),
    posts(history),
    h('h2', {}, 'Findings'),
    findings(history),
    h('h2', {}, 'Measures and referrals'),
    sanctions(history),
    h('h2', {}, 'Cases'),
    cases(history),
    h('h2', {}, 'Failures to perform'),
    failures(history),
  );
}

import { get } from './api.js';
import { eventsButton } from './drill-down.js';
import { day, h, isoDay, period, searchForm, table } from './dom.js';
import { t, term } from './i18n.js';
import { departments } from './organisation.js';

const state = { name: '', asOf: '' };

function eligibilityBadge(answer) {
  return answer.eligible
    ? h('span', { class: 'badge eligible' }, t('cadre.eligible'))
    : h('span', { class: 'badge blocked' }, t('cadre.blocked'));
}

/** Cadres found by name, each with its eligibility today (one request for the page): each opens its page. */
export async function cadresView({ token, refresh }) {
  const [page, tree] = await Promise.all([
    get(token, '/cadres', {
      name: state.name || undefined,
      pageSize: 100,
      include: 'eligibility',
    }),
    departments(token),
  ]);
  const search = searchForm({
    label: t('cadres.nameContains'),
    id: 'cadre-name',
    record: state,
    field: 'name',
    submitKey: 'cadre-search',
    refresh,
  });
  const rows = page.items.map((cadre) => {
    const known = cadre.eligibility;
    const cell = known
      ? h(
          'td',
          {
            'data-cadre': cadre.cadreId,
            'data-eligibility': '',
            'data-eligible': String(known.eligible),
            'data-csv': known.eligible ? t('cadre.eligible') : t('cadre.blocked'),
          },
          eligibilityBadge(known),
        )
      : h('td', { 'data-cadre': cadre.cadreId, 'data-eligibility': '' }, '—');
    return h(
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
      h(
        'td',
        {},
        cadre.currentPosts
          .map((post) =>
            [post.title ?? '—', tree.names.get(post.departmentId)]
              .filter(Boolean)
              .join(t('common.listSeparator')),
          )
          .join('; ') || '—',
      ),
      cell,
    );
  });
  const label =
    t('cadres.caption', { total: page.total }) +
    (page.total > page.items.length ? t('common.firstShown', { shown: page.items.length }) : '');
  return h(
    'section',
    { 'aria-labelledby': 'cadres-title' },
    h('h1', { id: 'cadres-title' }, t('cadres.title')),
    search,
    table(
      label,
      'cadre-list',
      [
        t('cadres.col.name'),
        t('cadres.col.number'),
        t('cadres.col.posts'),
        t('cadres.col.eligibility'),
      ],
      rows,
      t('cadres.none'),
    ),
  );
}

/** Where a block comes from, in words, with a link to what it rests on. */
function blockReason(block, history) {
  const rests = (ids) => ids.some((id) => block.sourceEventIds.includes(id));
  if (block.reason === 'OPEN_CASE') {
    const named = history.cases.find((each) => rests(each.sourceEventIds));
    if (named) {
      return [
        t('block.openCase', { since: day(named.openPeriods?.at(-1)?.openedAt ?? named.namedAt) }),
        ' ',
        h(
          'a',
          { href: `#/cases/${named.caseId}`, 'data-key': `block-case:${named.caseId}` },
          named.summary,
        ),
      ];
    }
  }
  if (block.reason === 'SANCTION_INFLUENCE_PERIOD') {
    const sanction = history.sanctions.find((each) => rests(each.sourceEventIds));
    if (sanction) {
      return [
        t('block.measure', {
          measure: term('measure', sanction.sanction),
          date: day(sanction.effectiveFrom ?? sanction.decidedAt),
        }),
        ' ',
        sanction.caseId
          ? h(
              'a',
              { href: `#/cases/${sanction.caseId}`, 'data-key': `block-case:${sanction.caseId}` },
              t('block.theCase'),
            )
          : null,
      ];
    }
  }
  if (block.reason === 'INCOMPETENT_GRADE') {
    const assessment = history.assessments.find((each) => rests(each.sourceEventIds));
    if (assessment) return [t('block.incompetent', { year: assessment.year })];
  }
  return [term('eligibilityBlock', block.reason)];
}

function asOfPicker(refresh) {
  return h(
    'form',
    { class: 'toolbar', onsubmit: (event) => event.preventDefault() },
    h(
      'label',
      {},
      t('cadre.asOf'),
      h('input', {
        type: 'date',
        id: 'eligibility-as-of',
        'data-key': 'eligibility-as-of',
        value: state.asOf || isoDay(new Date()),
        onchange: (event) => {
          state.asOf = /^\d{4}-\d{2}-\d{2}$/.test(event.target.value) ? event.target.value : '';
          refresh();
        },
      }),
    ),
    state.asOf
      ? h(
          'button',
          {
            type: 'button',
            'data-key': 'as-of-today',
            onclick: () => {
              state.asOf = '';
              refresh();
            },
          },
          t('cadre.today'),
        )
      : null,
  );
}

function eligibility(answer, history, refresh) {
  const name = history.cadre.name;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'eligibility-title', 'data-testid': 'eligibility' },
    h('h2', { id: 'eligibility-title' }, t('cadre.eligibility')),
    asOfPicker(refresh),
    h('p', {}, t('cadre.asOfDay', { date: day(answer.asOf) }), ' ', eligibilityBadge(answer)),
    answer.blocks.length > 0
      ? h(
          'ul',
          { class: 'blocks' },
          answer.blocks.map((block) =>
            h(
              'li',
              { 'data-reason': block.reason },
              h('strong', {}, term('eligibilityBlock', block.reason)),
              t('common.dashThen'),
              blockReason(block, history),
              block.until ? ` ${t('block.until', { date: day(block.until) })}` : '',
              ' ',
              eventsButton(
                t('drill.events'),
                t('cadre.whyBlocked', { name, reason: term('eligibilityBlock', block.reason) }),
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
      h('td', {}, term('grade', assessment.grade)),
      h('td', { class: 'number' }, assessment.score),
      h(
        'td',
        {},
        assessment.kind === 'CORRECTED'
          ? t('cadre.corrected', { reason: assessment.reason ?? '' })
          : t('cadre.recorded'),
        assessment.correctedByEventId ? ` ${t('cadre.sinceCorrected')}` : '',
      ),
      h(
        'td',
        {},
        eventsButton(
          String(assessment.sourceEventIds.length),
          t('cadre.assessmentOf', { year: assessment.year }),
          assessment.sourceEventIds,
        ),
      ),
    ),
  );
  return table(
    t('cadre.assessments'),
    'assessments',
    [
      t('cadre.col.year'),
      t('cadre.col.grade'),
      t('cadre.col.score'),
      t('cadre.col.record'),
      t('drill.events'),
    ],
    rows,
    t('cadre.noAssessments'),
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
    h('strong', {}, t('cadre.overrode')),
    overridden.reason,
    ` (${blocks.map((block) => term('eligibilityBlock', block.reason)).join(t('common.listSeparator'))}) `,
    eventsButton(
      t('cadre.blocksButton'),
      t('cadre.blocksOverridden', { post: post.title ?? '—' }),
      blocks.flatMap((block) => block.sourceEventIds ?? []),
    ),
  );
}

function posts(history, names) {
  const rows = history.posts.map((post) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, post.title ?? '—'),
      h('td', {}, names.get(post.departmentId) ?? '—'),
      h('td', {}, period(post.from, post.to)),
      h('td', {}, override(post)),
      h('td', {}, post.reliefReason ?? ''),
      h(
        'td',
        {},
        eventsButton(
          String(post.sourceEventIds.length),
          t('cadre.postOf', { post: post.title ?? '—' }),
          post.sourceEventIds,
        ),
      ),
    ),
  );
  return table(
    t('cadre.posts'),
    'posts',
    [
      t('cadre.col.post'),
      t('cadre.col.department'),
      t('cadre.col.held'),
      t('cadre.col.appointment'),
      t('cadre.col.relieved'),
      t('drill.events'),
    ],
    rows,
    t('cadre.noPosts'),
  );
}

function duties(history) {
  const titles = new Map(history.posts.map((post) => [post.postId, post.title]));
  const rows = (history.duties ?? []).map((duty) =>
    h(
      'tr',
      { 'data-category': duty.category },
      h(
        'th',
        { scope: 'row' },
        h('a', { href: `#/duties/${duty.dutyId}`, 'data-key': `duty:${duty.dutyId}` }, duty.title),
      ),
      h(
        'td',
        {},
        term('dutyKind', duty.category),
        duty.principle ? t('common.commaThen', { text: term('principle', duty.principle) }) : '',
      ),
      h('td', {}, titles.get(duty.postId) ?? '—'),
      h('td', {}, term('cadence', duty.cadence)),
      h(
        'td',
        {},
        duty.revokedAt
          ? t('cadre.dutyRevoked', { date: day(duty.revokedAt) })
          : t('cadre.dutySince', { date: day(duty.assignedAt) }),
      ),
      h(
        'td',
        {},
        eventsButton(
          String(duty.sourceEventIds.length),
          t('cadre.dutyOf', { duty: duty.title }),
          duty.sourceEventIds,
        ),
      ),
    ),
  );
  return table(
    t('cadre.duties'),
    'duties',
    [
      t('cadre.col.duty'),
      t('cadre.col.category'),
      t('cadre.col.post'),
      t('cadre.col.cadence'),
      t('cadre.col.held'),
      t('drill.events'),
    ],
    rows,
    t('cadre.noDuties'),
  );
}

/** How long a measure weighs on appointment; a referral is no measure and weighs nothing. */
function influence(sanction) {
  if (sanction.category === 'REFERRAL') return t('cadre.influenceReferral');
  if (sanction.influence === 'PERMANENT') return t('cadre.influencePermanent');
  if (sanction.influenceUntil) return t('block.until', { date: day(sanction.influenceUntil) });
  return '—';
}

function sanctions(history) {
  const rows = history.sanctions.map((sanction) =>
    h(
      'tr',
      { 'data-category': sanction.category },
      h('th', { scope: 'row' }, term('measure', sanction.sanction)),
      h('td', {}, day(sanction.effectiveFrom ?? sanction.decidedAt)),
      h('td', {}, influence(sanction)),
      h(
        'td',
        {},
        sanction.endedAt
          ? `${term('sanctionEnding', sanction.endedBecause)} ${day(sanction.endedAt)}`
          : t('case.sanctionStands'),
      ),
      h(
        'td',
        {},
        sanction.caseId ? h('a', { href: `#/cases/${sanction.caseId}` }, t('block.theCase')) : '—',
      ),
      h(
        'td',
        {},
        eventsButton(
          String(sanction.sourceEventIds.length),
          t('cadre.sanctionOf', { measure: term('measure', sanction.sanction) }),
          sanction.sourceEventIds,
        ),
      ),
    ),
  );
  return table(
    t('cadre.measures'),
    'sanctions',
    [
      t('cadre.col.measure'),
      t('cadre.col.effective'),
      t('cadre.col.influence'),
      t('cadre.col.status'),
      t('cadre.col.case'),
      t('drill.events'),
    ],
    rows,
    t('cadre.noMeasures'),
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
        h(
          'a',
          { href: `#/cases/${named.caseId}`, 'data-key': `case:${named.caseId}` },
          term('caseKind', named.kind),
          h('span', { class: 'level' }, h('code', {}, named.caseId.slice(0, 8))),
        ),
      ),
      h('td', {}, term('caseStatus', named.status)),
      h('td', {}, named.summary),
      h(
        'td',
        {},
        eventsButton(
          String(named.sourceEventIds.length),
          t('cadre.caseOf', { summary: named.summary }),
          named.sourceEventIds,
        ),
      ),
    ),
  );
  return table(
    t('cadre.cases'),
    'cases',
    [t('cases.col.case'), t('cases.col.status'), t('cases.col.summary'), t('drill.events')],
    rows,
    t('cadre.noCases'),
  );
}

function circumstances(finding) {
  const weighed = [
    ...(finding.aggravating ?? []).map((each) => ['cadre.aggravating', each]),
    ...(finding.mitigating ?? []).map((each) => ['cadre.mitigating', each]),
  ];
  if (weighed.length === 0) return h('span', { class: 'muted' }, t('cadre.noneWeighed'));
  return h(
    'ul',
    { class: 'plain' },
    weighed.map(([label, each]) =>
      h(
        'li',
        {},
        t(label, { circumstance: term('circumstance', each.circumstance), note: each.note }),
      ),
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
          ? t('case.responsible', { kind: term('responsibilityKind', finding.responsibilityKind) })
          : t('case.notResponsible'),
        finding.caseId
          ? [' ', h('a', { href: `#/cases/${finding.caseId}` }, t('block.theCase'))]
          : null,
      ),
      h('td', { 'data-hearing': finding.hearing }, term('hearingBasis', finding.hearing)),
      h('td', {}, circumstances(finding)),
      h('td', {}, finding.recordedBy ?? '—'),
      h(
        'td',
        {},
        eventsButton(
          String(finding.sourceEventIds.length),
          t('cadre.findingOf', { date: day(finding.recordedAt) }),
          finding.sourceEventIds,
        ),
      ),
    ),
  );
  return table(
    t('cadre.findings'),
    'findings',
    [
      t('cadre.col.recorded'),
      t('cadre.col.finding'),
      t('case.col.heard'),
      t('cadre.col.circumstances'),
      t('cadre.col.recordedBy'),
      t('drill.events'),
    ],
    rows,
    t('cadre.noFindings'),
  );
}

function failures(history) {
  const rows = history.failures.map((failure) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, day(failure.occurredAt)),
      h(
        'td',
        {},
        failure.dutyId
          ? h('a', { href: `#/duties/${failure.dutyId}` }, failure.dutyTitle ?? '—')
          : (failure.dutyTitle ?? '—'),
      ),
      h(
        'td',
        { 'data-kind': failure.kind },
        failure.kind === 'OTHER'
          ? (failure.otherKind ?? term('failureKind', failure.kind))
          : term('failureKind', failure.kind),
        failure.workSafety === false ? ` ${t('cadre.businessFailure')}` : '',
      ),
      h('td', {}, term('adverseEffect', failure.adverseEffect)),
      h(
        'td',
        {},
        eventsButton(
          String(failure.sourceEventIds.length),
          t('cadre.failureOf', { date: day(failure.occurredAt) }),
          failure.sourceEventIds,
        ),
      ),
    ),
  );
  return table(
    t('cadre.failures'),
    'failures',
    [
      t('cadre.col.occurred'),
      t('cadre.col.duty'),
      t('cadre.col.kind'),
      t('cadre.col.effect'),
      t('drill.events'),
    ],
    rows,
    t('cadre.noFailures'),
  );
}

/**
 * One cadre: eligibility (as of a chosen day) with its reasons in words, assessment history,
 * posts with their departments, duties, findings, measures and referrals, cases, failures.
 */
export async function cadreView({ token, params, refresh }) {
  const cadreId = params[0] ?? '';
  const [history, answer, tree] = await Promise.all([
    get(token, `/cadres/${encodeURIComponent(cadreId)}`),
    get(token, `/cadres/${encodeURIComponent(cadreId)}/eligibility`, {
      asOf: state.asOf || undefined,
    }),
    departments(token),
  ]);
  const { cadre } = history;
  return h(
    'article',
    { 'aria-labelledby': 'cadre-title' },
    h('p', { class: 'no-print' }, h('a', { href: '#/cadres' }, t('cadre.back'))),
    h('h1', { id: 'cadre-title' }, cadre.name),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t('cadres.col.number')),
      h('dd', {}, cadre.personnelNumber),
      h('dt', {}, t('cadre.managedBy')),
      h('dd', {}, tree.names.get(cadre.managingDepartmentId) ?? '—'),
      h('dt', {}, t('cadre.registered')),
      h('dd', {}, day(cadre.registeredAt)),
    ),
    eligibility(answer, history, refresh),
    h('h2', {}, t('cadre.assessmentHistory')),
    assessments(history),
    h('h2', {}, t('cadre.posts')),
    posts(history, tree.names),
    h('h2', {}, t('cadre.duties')),
    duties(history),
    h('h2', {}, t('cadre.findings')),
    findings(history),
    h('h2', {}, t('cadre.measures')),
    sanctions(history),
    h('h2', {}, t('cadre.cases')),
    cases(history),
    h('h2', {}, t('cadre.failures')),
    failures(history),
  );
}

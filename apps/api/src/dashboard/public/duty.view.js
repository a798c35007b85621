import { get } from './api.js';
import { day, h, period, table } from './dom.js';
import { t, term } from './i18n.js';

function header(duty) {
  const department = duty.post.departmentId
    ? h(
        'a',
        { href: `#/departments/${duty.post.departmentId}`, 'data-testid': 'duty-department' },
        duty.post.departmentName ?? '—',
      )
    : '—';
  return h(
    'dl',
    { class: 'facts', 'data-testid': 'duty-header' },
    h('dt', {}, t('duty.post')),
    h('dd', { 'data-testid': 'duty-post' }, duty.post.title ?? '—'),
    h('dt', {}, t('duty.department')),
    h('dd', {}, department),
    h('dt', {}, t('cadre.col.category')),
    h(
      'dd',
      {},
      term('dutyKind', duty.category),
      duty.principle ? t('common.commaThen', { text: term('principle', duty.principle) }) : '',
    ),
    h('dt', {}, t('cadre.col.cadence')),
    h('dd', {}, term('cadence', duty.cadence)),
    h('dt', {}, t('duty.basis')),
    h('dd', {}, duty.basis),
    h('dt', {}, t('duty.inForce')),
    h(
      'dd',
      {},
      period(duty.assignedAt, duty.revokedAt),
      duty.revocationReason ? t('common.colonThen', { text: duty.revocationReason }) : '',
    ),
  );
}

function holders(duty) {
  return table(
    t('duty.holders'),
    'duty-holders',
    [t('cadres.col.name'), t('cadre.col.held')],
    duty.holders.map((holder) =>
      h(
        'tr',
        { 'data-cadre': holder.cadreId },
        h(
          'th',
          { scope: 'row' },
          h('a', { href: `#/cadres/${holder.cadreId}` }, holder.name ?? '—'),
        ),
        h('td', {}, period(holder.heldFrom, holder.heldUntil)),
      ),
    ),
    t('duty.noHolders'),
  );
}

function performances(duty) {
  return table(
    t('duty.performances'),
    'duty-performances',
    [t('duty.col.period'), t('duty.col.performed'), t('duty.col.due')],
    duty.performances.map((performance) =>
      h(
        'tr',
        { 'data-performance': performance.performanceId },
        h('th', { scope: 'row' }, performance.period ?? '—'),
        h('td', {}, day(performance.performedAt)),
        h('td', {}, performance.due ? t('duty.due') : t('duty.notDue')),
      ),
    ),
    t('duty.noPerformances'),
  );
}

function failures(duty) {
  return table(
    t('cadre.failures'),
    'duty-failures',
    [
      t('cadre.col.recorded'),
      t('cadre.col.kind'),
      t('cadre.col.effect'),
      t('duty.col.answerable'),
      t('duty.col.cases'),
    ],
    duty.failures.map((failure) =>
      h(
        'tr',
        { 'data-failure': failure.failureId },
        h('th', { scope: 'row' }, day(failure.occurredAt)),
        h('td', { 'data-kind': failure.kind }, term('failureKind', failure.kind)),
        h('td', {}, term('adverseEffect', failure.adverseEffect)),
        h('td', {}, h('a', { href: `#/cadres/${failure.cadreId}` }, failure.cadreName ?? '—')),
        h(
          'td',
          {},
          duty.cases
            .filter((cited) => cited.failureId === failure.failureId)
            .map((cited) =>
              h(
                'a',
                { href: `#/cases/${cited.caseId}`, 'data-case-link': cited.caseId },
                t('accidents.caseLink', { id: cited.caseId.slice(0, 8) }),
              ),
            ),
        ),
      ),
    ),
    t('cadre.noFailures'),
  );
}

/** One duty: its post and department, who held the post, performances, failures and cases. */
export async function dutyView({ token, params }) {
  const [dutyId = ''] = params;
  const duty = await get(token, `/duties/${encodeURIComponent(dutyId)}`);
  return h(
    'section',
    { 'aria-labelledby': 'duty-title', 'data-testid': 'duty-page' },
    h('h1', { id: 'duty-title' }, duty.title),
    header(duty),
    h('h2', {}, t('duty.holders')),
    holders(duty),
    h('h2', {}, t('duty.performances')),
    performances(duty),
    h('h2', {}, t('cadre.failures')),
    failures(duty),
    h(
      'p',
      { 'data-testid': 'duty-cases' },
      t('duty.casesCount', { count: new Set(duty.cases.map((cited) => cited.caseId)).size }),
    ),
  );
}

import { all } from './api.js';
import { day, h, tableFrame } from './dom.js';
import { t } from './i18n.js';

const panel = () => /** @type {HTMLElement} */ (document.getElementById('drill-down'));
let opener = /** @type {HTMLElement | null} */ (null);

/** Closes the panel and gives focus back to the button that opened it. */
export function closeDrillDown() {
  if (panel().hidden) return;
  panel().hidden = true;
  // A live refresh may have replaced the button meanwhile: find its successor by its key.
  const key = opener?.getAttribute('data-key');
  const target =
    opener?.isConnected || !key
      ? opener
      : document.querySelector(`[data-key="${CSS.escape(key)}"]`);
  /** @type {HTMLElement | null} */ (target)?.focus();
  opener = null;
}

export function wireDrillDown() {
  document.getElementById('drill-down-close')?.addEventListener('click', closeDrillDown);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeDrillDown();
  });
}

function open(title, summary, body) {
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const heading = /** @type {HTMLElement} */ (document.getElementById('drill-down-title'));
  heading.textContent = title;
  document.getElementById('drill-down-summary')?.replaceChildren(summary);
  document.getElementById('drill-down-body')?.replaceChildren(body);
  panel().hidden = false;
  heading.focus();
}

/** The page of the thing an event belongs to, from its stream's name (`case-{id}`, …). */
const PAGES = {
  case: (id) => `#/cases/${id}`,
  cadre: (id) => `#/cadres/${id}`,
  accident: (id) => `#/accidents/${id}`,
  duty: (id) => `#/duties/${id}`,
};

/** What an event is about, as a link when the dashboard has a page for it. */
function about(event) {
  const match = /^([a-z]+)-(.+)$/.exec(event.stream ?? '');
  const kind = match?.[1] ?? '';
  const id = event.subject ?? match?.[2] ?? '';
  const words = t(`drill.about.${kind}`);
  const page = PAGES[kind];
  if (!page || !id) return h('span', {}, words === `drill.about.${kind}` ? '' : words);
  return h('a', { href: page(id), 'data-key': `about:${event.eventId}` }, words);
}

/** One event as a sentence of its type: "Duty assigned", "Accident reported"… */
function sentence(event) {
  const key = `event.${event.type}`;
  const said = t(key);
  return said === key ? t('event.other') : said;
}

/**
 * The events behind one compliance figure, as the api lists them: each a sentence with its
 * business date and a link to the case, cadre or accident it belongs to.
 * @param {string} token
 * @param {{departmentId: string, name: string, year: number, figure: string, label: string, rollup: boolean}} at
 */
export async function showFigureEvents(token, at) {
  const title = t('drill.figureTitle', { figure: at.label, name: at.name, year: at.year });
  open(title, t('drill.loading'), h('p'));
  try {
    const events = await all(
      token,
      `/compliance/${at.departmentId}/${at.year}/figures/${encodeURIComponent(at.figure)}`,
      { rollup: at.rollup },
    );
    const rows = events.map((event) =>
      h(
        'tr',
        { 'data-counted': event.counted !== false },
        h('th', { scope: 'row' }, day(event.occurredAt)),
        h(
          'td',
          { 'data-type': event.type },
          sentence(event),
          event.counted === false ? ` ${t('drill.notCounted')}` : '',
        ),
        h('td', {}, about(event)),
      ),
    );
    const table = h(
      'table',
      { 'data-testid': 'drill-down-events' },
      h('caption', {}, title),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('drill.col.date')),
          h('th', { scope: 'col' }, t('drill.col.what')),
          h('th', { scope: 'col' }, t('drill.col.about')),
        ),
      ),
      h('tbody', {}, rows),
    );
    const summary = t(at.rollup ? 'drill.countWithSubordinates' : 'drill.count', {
      count: events.length,
    });
    document.getElementById('drill-down-summary')?.replaceChildren(summary);
    document.getElementById('drill-down-body')?.replaceChildren(tableFrame(title, table));
  } catch (error) {
    document
      .getElementById('drill-down-summary')
      ?.replaceChildren(
        h('span', { class: 'error' }, t('drill.failed', { message: error.message })),
      );
  }
}

/**
 * The events a fact rests on (read models keep their ids with each row): how many, and where
 * they are kept for an auditor, without the ids themselves in the reader's way.
 * @param {string} title
 * @param {string[]} eventIds
 */
export function showEventIds(title, eventIds) {
  const list = h(
    'details',
    { 'data-testid': 'drill-down-ids' },
    h('summary', {}, t('drill.idsForAuditors')),
    h(
      'ol',
      {},
      eventIds.map((id) => h('li', {}, h('code', {}, id))),
    ),
  );
  open(title, t('drill.behind', { count: eventIds.length }), list);
}

/** A button that opens the events behind a fact. */
export function eventsButton(label, title, eventIds) {
  return h(
    'button',
    {
      type: 'button',
      class: 'figure',
      'data-key': `events:${title}`,
      'aria-label': t('drill.buttonLabel', { label, count: eventIds.length }),
      onclick: () => showEventIds(title, eventIds),
    },
    label,
  );
}

import { all } from './api.js';
import { day, h, tableFrame } from './dom.js';

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

/**
 * The events behind one compliance figure, as the api lists them.
 * @param {string} token
 * @param {{departmentId: string, name: string, year: number, figure: string, rollup: boolean}} at
 */
export async function showFigureEvents(token, at) {
  const title = `${at.figure} — ${at.name}, ${at.year}`;
  open(title, 'Loading the events…', h('p'));
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
        h('th', { scope: 'row' }, h('code', {}, event.eventId)),
        h('td', {}, event.type, event.counted === false ? ' (listed, not counted)' : ''),
        h('td', {}, day(event.occurredAt)),
        h('td', { class: 'number' }, event.position),
      ),
    );
    const table = h(
      'table',
      { 'data-testid': 'drill-down-events' },
      h('caption', {}, `Stream and position identify each event in the log`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Event id'),
          h('th', { scope: 'col' }, 'Type'),
          h('th', { scope: 'col' }, 'Occurred'),
          h('th', { scope: 'col', class: 'number' }, 'Position'),
        ),
      ),
      h('tbody', {}, rows),
    );
    const summary = `${events.length} event${events.length === 1 ? '' : 's'}${at.rollup ? ', subordinate departments included' : ''}.`;
    document.getElementById('drill-down-summary')?.replaceChildren(summary);
    document.getElementById('drill-down-body')?.replaceChildren(tableFrame(title, table));
  } catch (error) {
    document
      .getElementById('drill-down-summary')
      ?.replaceChildren(
        h('span', { class: 'error' }, `Could not list the events: ${error.message}`),
      );
  }
}

/**
 * The ids of the events a fact rests on (read models keep them with each row).
 * @param {string} title
 * @param {string[]} eventIds
 */
export function showEventIds(title, eventIds) {
  const list = h(
    'ol',
    { 'data-testid': 'drill-down-ids' },
    eventIds.map((id) => h('li', {}, h('code', {}, id))),
  );
  open(title, `${eventIds.length} event${eventIds.length === 1 ? '' : 's'} behind it.`, list);
}

/** A button that opens the event ids behind a fact. */
export function eventsButton(label, title, eventIds) {
  return h(
    'button',
    {
      type: 'button',
      class: 'figure',
      'data-key': `events:${title}`,
      'aria-label': `${label}: show the ${eventIds.length} event ids behind it`,
      onclick: () => showEventIds(title, eventIds),
    },
    label,
  );
}

import { downloadCsv, tableRows } from './csv.js';
import { currentLanguage, dateTimeFormat, numberFormat, t } from './i18n.js';

/**
 * Builds elements from data without ever parsing it as HTML: text is always a text node, so a
 * name or description from the api cannot inject markup.
 * @param {string} tag
 * @param {Record<string, unknown>} [attributes] on* keys become listeners, `hidden` a boolean
 * @param {...(Node | string | number | null | undefined | false | (Node | string | null | undefined | false)[])} children
 * @returns {HTMLElement}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2).toLowerCase(), /** @type {EventListener} */ (value));
    } else if (value === true) {
      element.setAttribute(key, '');
    } else {
      element.setAttribute(key, String(value));
    }
  }
  append(element, children);
  return element;
}

/** @param {Node} parent @param {unknown[]} children */
function append(parent, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/**
 * A table in a frame that scrolls sideways on narrow screens (and can be scrolled by keyboard),
 * with a button that downloads it as CSV. A table of class `stack` is shown as one card per row
 * on narrow screens instead: each cell is labelled with its column's heading for that.
 * @param {string} label @param {HTMLElement} table
 */
export function tableFrame(label, table) {
  if (table.classList.contains('stack')) {
    const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    for (const row of table.querySelectorAll('tbody tr')) {
      [...row.children].forEach((cell, column) => {
        cell.setAttribute('data-label', headings[column] ?? '');
        // One box for the value, so that a card row is just "label … value".
        if (cell.tagName === 'TD')
          cell.replaceChildren(h('span', { class: 'value' }, [...cell.childNodes]));
      });
    }
  }
  const download = h(
    'button',
    {
      type: 'button',
      class: 'csv',
      'data-key': `csv:${label}`,
      'aria-label': t('table.csvOf', { table: label }),
      onclick: () =>
        downloadCsv(`${label} ${isoDay(new Date())}`, tableRows(/** @type {any} */ (table))),
    },
    t('table.csv'),
  );
  return h(
    'div',
    { class: 'table-box' },
    h('div', { class: 'table-tools' }, download),
    h(
      'div',
      {
        class: 'table-wrap',
        role: 'region',
        'aria-label': label,
        tabindex: 0,
        'data-key': `frame:${label}`,
      },
      table,
    ),
  );
}

/** The jurisdiction's time zone (DUTYLEDGER_TIME_ZONE), once the session has told it. */
let zone = /** @type {string | undefined} */ (undefined);
/** The jurisdiction's calendar, as far as the page needs it: local dates of instants. */
let local = /** @type {Intl.DateTimeFormat | undefined} */ (undefined);

/** Shows days, months and years in the jurisdiction's time zone (DUTYLEDGER_TIME_ZONE). */
export function useTimeZone(/** @type {string | undefined} */ timeZone) {
  try {
    local = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    zone = timeZone;
  } catch {
    local = undefined;
    zone = undefined;
  }
}

/** The jurisdiction's year, month and day of an instant (UTC before the zone is known). */
function localDate(/** @type {Date} */ date) {
  if (!local) {
    const iso = date.toISOString();
    return { year: iso.slice(0, 4), month: iso.slice(5, 7), day: iso.slice(8, 10) };
  }
  const parts = Object.fromEntries(
    local.formatToParts(date).map((part) => [part.type, part.value]),
  );
  return { year: parts.year ?? '', month: parts.month ?? '', day: parts.day ?? '' };
}

/**
 * An instant in the reader's language and the jurisdiction's zone: 2026年9月1日 (15:00) in
 * Chinese, 1 Sep 2026(, 15:00) in English.
 */
function spoken(/** @type {Date} */ date, /** @type {boolean} */ withTime) {
  const time = withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {};
  if (currentLanguage() === 'zh-CN') {
    return dateTimeFormat('zh-CN', {
      timeZone: zone,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      .../** @type {Intl.DateTimeFormatOptions} */ (time),
    }).format(date);
  }
  const parts = Object.fromEntries(
    dateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      .../** @type {Intl.DateTimeFormatOptions} */ (time),
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const dayText = `${parts.day} ${parts.month} ${parts.year}`;
  return withTime ? `${dayText}, ${parts.hour}:${parts.minute}` : dayText;
}

/** The local day of an instant, in the reader's form. @param {string | undefined | null} iso */
export function day(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : spoken(date, false);
}

/** The local day and time of an instant, in the reader's form. @param {string | undefined | null} iso */
export function dateTime(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : spoken(date, true);
}

/** From one local day to another, or to now when `to` is not given. */
export const period = (/** @type {string} */ from, /** @type {string | null | undefined} */ to) =>
  t('common.period', { from: day(from), to: to ? day(to) : t('common.now') });

/** `YYYY-MM-DD` of an instant in the jurisdiction's calendar: for inputs and file names. */
export function isoDay(/** @type {string | Date} */ instant) {
  const { year, month, day: date } = localDate(new Date(instant));
  return `${year}-${month}-${date}`;
}

/** Whole local days from `from` to `to` (positive when `to` is later). */
export function daysBetween(/** @type {string} */ from, /** @type {string | Date} */ to) {
  const start = Date.parse(isoDay(from));
  const end = Date.parse(isoDay(to));
  return Math.round((end - start) / 86_400_000);
}

/** A count with the reader's grouping. @param {number | undefined | null} value */
export function number(value) {
  return typeof value === 'number' && Number.isFinite(value)
    ? numberFormat(currentLanguage(), {}).format(value)
    : '—';
}

/** An amount of yuan with grouping: ¥1,234,567. @param {number | undefined | null} value */
export function yuan(value) {
  return typeof value === 'number' && Number.isFinite(value)
    ? numberFormat(currentLanguage(), {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: 'narrowSymbol',
        maximumFractionDigits: 2,
      }).format(value)
    : '—';
}

/** This year in the jurisdiction. */
export function thisYear() {
  return Number(localDate(new Date()).year);
}

/** `YYYY-MM` of the jurisdiction's month `back` months before this one. */
export function monthBefore(back) {
  const { year, month } = localDate(new Date());
  const index = Number(year) * 12 + Number(month) - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** @param {number | undefined | null} rate in [0, 1] */
export function percent(rate) {
  return typeof rate === 'number' && Number.isFinite(rate) ? `${Math.round(rate * 100)}%` : '—';
}

/**
 * A captioned table in its scrolling frame, or a muted line saying `empty` when there are no rows.
 * @param {string} label
 * @param {string} testId
 * @param {string[]} headings
 * @param {Node[]} rows
 * @param {string} empty
 */
export function table(label, testId, headings, rows, empty) {
  if (rows.length === 0) return h('p', { class: 'muted', 'data-testid': `${testId}-none` }, empty);
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

/** A select of the toolbar that sets `record[field]` and refreshes. */
export function choice(label, id, record, field, options, refresh) {
  return h(
    'label',
    {},
    label,
    h(
      'select',
      {
        id,
        'data-key': id,
        onchange: (event) => {
          record[field] = event.target.value;
          refresh();
        },
      },
      options.map(([value, text]) =>
        h('option', { value, selected: record[field] === value }, text),
      ),
    ),
  );
}

/**
 * A toolbar search form: a text field `id` that sets `record[field]` (trimmed) on submit and
 * refreshes, its submit button (`submitKey`), then any further controls (e.g. a `choice`).
 */
export function searchForm({ label, id, record, field, submitKey, refresh }, ...controls) {
  return h(
    'form',
    {
      class: 'toolbar',
      role: 'search',
      onsubmit: (event) => {
        event.preventDefault();
        record[field] = String(new FormData(event.target).get(field) ?? '').trim();
        refresh();
      },
    },
    h(
      'label',
      {},
      label,
      h('input', {
        name: field,
        id,
        'data-key': id,
        type: 'search',
        maxlength: 100,
        value: record[field],
      }),
    ),
    h('button', { type: 'submit', 'data-key': submitKey }, t('common.search')),
    ...controls,
  );
}

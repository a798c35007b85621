/**
 * Builds elements from data without ever parsing it as HTML: text is always a text node, so a
 * name or description from the api cannot inject markup.
 * @param {string} tag
 * @param {Record<string, unknown>} [attributes] on* keys become listeners, `hidden` a boolean
 * @param {...(Node | string | number | null | undefined | false | (Node | string)[])} children
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
 * A table in a frame that scrolls sideways on narrow screens (and can be scrolled by keyboard).
 * A table of class `stack` is shown as one card per row on narrow screens instead: each cell is
 * labelled with its column's heading for that.
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
  return h(
    'div',
    {
      class: 'table-wrap',
      role: 'region',
      'aria-label': label,
      tabindex: 0,
      'data-key': `frame:${label}`,
    },
    table,
  );
}

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
  } catch {
    local = undefined;
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

/** `YYYY-MM-DD` of an instant, in the jurisdiction's calendar. @param {string | undefined | null} iso */
export function day(iso) {
  if (!iso) return '—';
  const { year, month, day: date } = localDate(new Date(iso));
  return `${year}-${month}-${date}`;
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

/** Upper-case codes shown as words: UNDER_INVESTIGATION -> under investigation. */
export function words(code) {
  return typeof code === 'string' ? code.toLowerCase().replace(/_/g, ' ') : '—';
}

/** @param {number | undefined | null} rate in [0, 1] */
export function percent(rate) {
  return typeof rate === 'number' && Number.isFinite(rate) ? `${Math.round(rate * 100)}%` : '—';
}

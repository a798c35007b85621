/**
 * Tables as CSV files: UTF-8 with a byte-order mark (so that Excel reads Chinese correctly), every
 * value quoted when it must be, and a value that a spreadsheet would run as a formula defused.
 */

/** One value as a CSV field. @param {string} value */
export function csvField(value) {
  // =, +, - and @ start a formula in a spreadsheet: a leading apostrophe keeps the text as text.
  const text =
    /^[=+\-@\t\r]/.test(value) && !/^-?\d+([.,]\d+)?%?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of values as a CSV document, with the BOM. @param {string[][]} rows */
export function toCsv(rows) {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** What a cell says, as its reader sees it (a `data-csv` attribute may say it better). */
function cellText(/** @type {Element} */ cell) {
  const given = cell.getAttribute('data-csv');
  if (given !== null) return given;
  const copy = /** @type {Element} */ (cell.cloneNode(true));
  // Buttons that only open a panel add nothing to the figure they stand beside.
  for (const hidden of copy.querySelectorAll('.visually-hidden, [aria-hidden="true"]'))
    hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The heading row and body rows of a table, as text. @param {HTMLTableElement} table */
export function tableRows(table) {
  const rows = [...table.querySelectorAll('thead tr, tbody tr')];
  return rows.map((row) => [...row.children].map(cellText));
}

/** Offers `rows` as a download named `name`.csv. */
export function downloadCsv(/** @type {string} */ name, /** @type {string[][]} */ rows) {
  const blob = new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'table'}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

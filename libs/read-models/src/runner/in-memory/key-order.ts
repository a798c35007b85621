import type { RowKey } from './memory-index';

/** What key order needs of a held row: its values as stored (see MemoryRow). */
interface StoredRow {
  readonly stored: readonly unknown[];
}

/** A column of the primary key: where its value stands in a row, and whether it orders as a number. */
export interface KeyColumn {
  readonly at: number;
  readonly numeric: boolean;
}

/** Key column types whose stored values order as numbers (a bigint is stored as its digits). */
export const NUMERIC_TYPES = new Set<unknown>(['integer', 'int', 'bigint']);

/** A stored key value as text: keys hold text and numbers (a bigint as its digits). */
const textOf = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean'
      ? String(value)
      : JSON.stringify(value);

/** Stored values as an index orders them: NULL first, then text by code unit. */
function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  const [x, y] = [textOf(a), textOf(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whole numbers, stored as numbers or as their digits, by value (fewer digits first). */
function compareNumbers(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a === null || a === undefined || b === null || b === undefined) return compareValues(a, b);
  const [x, y] = [textOf(a), textOf(b)];
  const negative = x.startsWith('-');
  if (negative !== y.startsWith('-')) return negative ? -1 : 1;
  const order = x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
  return negative ? -order : order;
}

/**
 * The rows in primary-key order, the order of the key's B-tree: a bulk load in this order appends
 * to the index instead of inserting at random places in it (docs/decisions/0003). A key of text
 * columns only is its row key already (the values joined by KEY_SEPARATOR, which sorts below every
 * character), so those rows sort by one string comparison each.
 */
export function inKeyOrder<Row extends StoredRow>(
  rows: ReadonlyMap<RowKey, Row>,
  key: readonly KeyColumn[],
): Row[] {
  const entries = [...rows];
  if (key.every(({ numeric }) => !numeric)) {
    entries.sort(([a], [b]) => compareValues(a, b));
    return entries.map(([, row]) => row);
  }
  return entries
    .map(([, row]) => row)
    .sort((a, b) => {
      for (const { at, numeric } of key) {
        const order = (numeric ? compareNumbers : compareValues)(a.stored[at], b.stored[at]);
        if (order !== 0) return order;
      }
      return 0;
    });
}

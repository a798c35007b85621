/** A value as a lookup key: typed so that 1 and '1' differ, NULL and undefined alike. */
export function keyPart(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `s:${value}`;
    case 'number':
    case 'bigint':
    case 'boolean':
      return `${typeof value}:${value}`;
    case 'undefined':
      return '\u0001';
    default:
      return value === null ? '\u0001' : `o:${JSON.stringify(value)}`;
  }
}

/** Several key parts as one key. */
export const KEY_SEPARATOR = '\u0000';

/** An entity value as an index holds it. */
export type IndexValue = string | number | bigint | boolean | null;

/**
 * A value as a key of a `Map`, equal where `keyPart` is equal: a Map already tells 1 from '1' and
 * 1 from 1n, and compares strings by their characters, so only NULL (undefined alike) and
 * objects (compared by their JSON, marked so that no string column value can meet them) change.
 * No string is built for a string, number or bigint: most index values.
 */
export function indexValue(value: unknown): IndexValue {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'bigint':
    case 'boolean':
      return value;
    case 'undefined':
      return null;
    default:
      return value === null ? null : `\u0002${keyPart(value)}`;
  }
}

/**
 * A row's primary key as a Map key, from the entity values of its columns: for one column the
 * value itself (`indexValue`: a string key costs no new string), for several their values joined
 * by KEY_SEPARATOR in one flat string, a value other than a string marked by its type.
 */
export type RowKey = IndexValue;

export function rowKeyOf(values: readonly unknown[]): RowKey {
  if (values.length === 1) return indexValue(values[0]);
  const parts: string[] = [];
  for (const value of values)
    parts.push(typeof value === 'string' ? value : `\u0001${keyPart(value)}`);
  return parts.join(KEY_SEPARATOR);
}

/** Whether two entity values are the same key (as `keyPart` would say), without building one. */
export function sameKey(a: unknown, b: unknown): boolean {
  const left = indexValue(a);
  const right = indexValue(b);
  return left === right || (left !== left && right !== right);
}

/** The row keys holding one combination of values: one key kept as it is, else a Set. */
type Held = RowKey | Set<RowKey>;

/** One level of the index per column; the last level holds the row keys. */
interface Level {
  readonly next: Map<IndexValue, Level | Held>;
}

/** Row keys are never objects (`rowKeyOf`), so an object is a level or a Set of keys. */
const isLevel = (node: unknown): node is Level =>
  typeof node === 'object' && node !== null && !(node instanceof Set);

/** Every row key held at or under `node`. */
function collect(node: Held | Level, into: RowKey[]): void {
  if (node instanceof Set) for (const key of node) into.push(key);
  else if (isLevel(node)) for (const next of node.next.values()) collect(next, into);
  else into.push(node);
}

/**
 * A hash index of a memory table on some columns: the keys of the rows holding each combination
 * of values, one nested Map per column keyed by the values themselves (`indexValue`), so that
 * indexing a row builds no string. Most combinations are held by one row, its key kept as it is;
 * a Set is made only for a combination two rows share, so a unique-ish index costs one map entry
 * per row.
 */
export class MemoryIndex {
  private readonly root: Level = { next: new Map() };
  /** How many distinct combinations of the first k + 1 columns rows hold, for each k. */
  private readonly distinct: number[];

  /**
   * `positions`: where the index's columns sit in a row's stored values; `valueAt` reads the
   * entity value of a stored row at one of them.
   */
  constructor(
    readonly properties: readonly string[],
    readonly positions: readonly number[],
    private readonly valueAt: (stored: readonly unknown[], position: number) => unknown,
  ) {
    this.distinct = positions.map(() => 0);
  }

  /** Whether a change of the stored value at `position` moves rows in this index. */
  covers(position: number): boolean {
    return this.positions.includes(position);
  }

  add(stored: readonly unknown[], key: RowKey): void {
    let level = this.root;
    const last = this.positions.length - 1;
    for (let i = 0; i < last; i++) {
      const value = this.valueOf(stored, i);
      const next = level.next.get(value);
      if (isLevel(next)) level = next;
      else {
        const made: Level = { next: new Map() };
        level.next.set(value, made);
        this.count(i, 1);
        level = made;
      }
    }
    const value = this.valueOf(stored, last);
    const held = level.next.get(value);
    if (held === undefined) {
      level.next.set(value, key);
      this.count(last, 1);
    } else if (held instanceof Set) held.add(key);
    else if (!isLevel(held) && held !== key) level.next.set(value, new Set([held, key]));
  }

  delete(stored: readonly unknown[], key: RowKey): void {
    const path: [Level, IndexValue][] = [];
    let level = this.root;
    const last = this.positions.length - 1;
    for (let i = 0; i < last; i++) {
      const value = this.valueOf(stored, i);
      const next = level.next.get(value);
      if (!isLevel(next)) return;
      path.push([level, value]);
      level = next;
    }
    const value = this.valueOf(stored, last);
    const held = level.next.get(value);
    if (held === undefined || isLevel(held)) return;
    if (!(held instanceof Set)) {
      if (held !== key) return;
      level.next.delete(value);
      this.count(last, -1);
    } else {
      held.delete(key);
      if (held.size === 1) {
        const [only] = held;
        if (only !== undefined) level.next.set(value, only);
      } else if (held.size === 0) {
        level.next.delete(value);
        this.count(last, -1);
      }
    }
    // Levels left empty go, so that values no row holds any more cost nothing.
    for (let at = path.length - 1; at >= 0 && level.next.size === 0; at--) {
      const step = path[at];
      if (!step) break;
      step[0].next.delete(step[1]);
      this.count(at, -1);
      level = step[0];
    }
  }

  /**
   * How many rows, on average, hold one combination of the index's first `length` columns
   * (`rows`: the table's row count): what reading through that prefix costs.
   */
  rowsPerPrefix(length: number, rows: number): number {
    return rows / Math.max(1, this.distinct[length - 1] ?? 0);
  }

  /**
   * The keys of the rows holding `values` (entity values of the first `values.length` columns,
   * in `properties` order: all of them, or a prefix as a B-tree answers one); a snapshot, safe
   * to change the index while reading.
   */
  get(values: readonly unknown[]): readonly RowKey[] {
    let node: Level | Held | undefined = this.root;
    for (const value of values) {
      if (!isLevel(node)) return [];
      node = node.next.get(indexValue(value));
    }
    const keys: RowKey[] = [];
    if (node !== undefined) collect(node, keys);
    return keys;
  }

  clear(): void {
    this.root.next.clear();
    this.distinct.fill(0);
  }

  private count(level: number, by: number): void {
    this.distinct[level] = (this.distinct[level] ?? 0) + by;
  }

  private valueOf(stored: readonly unknown[], i: number): IndexValue {
    return indexValue(this.valueAt(stored, this.positions[i] ?? -1));
  }
}

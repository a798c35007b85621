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

/**
 * A hash index of a memory table on some columns: the keys of the rows holding each combination
 * of values. Most values are held by one row, kept as a plain string; a Set is made only for a
 * value two rows share, so a unique-ish index costs one map entry per row.
 */
export class MemoryIndex {
  private readonly keys = new Map<string, string | Set<string>>();

  /** `positions`: where the index's columns sit in a row's stored values. */
  constructor(
    readonly properties: readonly string[],
    readonly positions: readonly number[],
  ) {}

  /** Whether a change of the stored value at `position` moves rows in this index. */
  covers(position: number): boolean {
    return this.positions.includes(position);
  }

  add(value: string, key: string): void {
    const held = this.keys.get(value);
    if (held === undefined) this.keys.set(value, key);
    else if (typeof held === 'string') {
      if (held !== key) this.keys.set(value, new Set([held, key]));
    } else held.add(key);
  }

  delete(value: string, key: string): void {
    const held = this.keys.get(value);
    if (held === undefined) return;
    if (typeof held === 'string') {
      if (held === key) this.keys.delete(value);
      return;
    }
    held.delete(key);
    if (held.size === 1) {
      const [only] = held;
      if (only !== undefined) this.keys.set(value, only);
    } else if (held.size === 0) this.keys.delete(value);
  }

  /** The keys of the rows holding `value` (a snapshot: safe to change the index while reading). */
  get(value: string): readonly string[] {
    const held = this.keys.get(value);
    if (held === undefined) return [];
    return typeof held === 'string' ? [held] : [...held];
  }

  clear(): void {
    this.keys.clear();
  }
}

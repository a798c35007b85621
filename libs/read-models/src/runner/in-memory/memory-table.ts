import type { DataSource, EntityMetadata, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { ColumnCodec } from './column-codec';
import { NUMERIC_TYPES, inKeyOrder } from './key-order';
import { MemoryIndex, type RowKey, keyPart, rowKeyOf } from './memory-index';
import { type WhereCondition, conditionOf, satisfies } from './where-condition';

/** A row held in memory: its values as written to the database, and when it was first written. */
export interface MemoryRow {
  /** Insertion order: the order a table scan of the database would answer rows in. */
  readonly seq: number;
  /** Column values as written to the database, in `MemoryTable.columns` order. */
  readonly stored: readonly unknown[];
}

interface Undo {
  key: RowKey;
  /** The row before the change; undefined when the change inserted it. */
  before: MemoryRow | undefined;
}

function isList(value: object | readonly object[]): value is readonly object[] {
  return Array.isArray(value);
}

const bySeq = (a: MemoryRow, b: MemoryRow) => a.seq - b.seq;

/** Rows per value an index may hold on average and still answer lookups on more columns. */
const SERVING_ROWS = 4;
const byProperty = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One read-model table held in memory while a projection is rebuilt: rows by primary key (a
 * lookup by the whole key reads the row directly), with hash indexes on the other column sets
 * the projection looks up by, built on first use and kept as rows change (a lookup on more
 * columns than an index kept may be answered through that index's first columns, as a B-tree
 * answers a prefix: see `servingIndex`). A row holds only its stored values: entity values are
 * derived from them on reading, through the same conversions a round trip through the database
 * does (transformers, JSON, booleans, defaults), so a projection reads back exactly what it
 * would read from the database. Changes since `mark()` can be undone, the way a rolled-back
 * transaction would.
 */
export class MemoryTable {
  readonly columns: readonly ColumnMetadata[];
  private readonly codecs: readonly ColumnCodec[];
  private readonly at: ReadonlyMap<string, number>;
  private readonly primary: readonly number[];
  private readonly primaryProperties: ReadonlySet<string>;
  private readonly rows = new Map<RowKey, MemoryRow>();
  private readonly indexes = new Map<string, MemoryIndex>();
  private readonly journal: Undo[] = [];
  private journaling = false;
  private nextSeq = 0;

  constructor(
    readonly metadata: EntityMetadata,
    dataSource: DataSource,
  ) {
    this.columns = metadata.columns;
    this.codecs = this.columns.map(
      (column) => new ColumnCodec(column, dataSource, metadata.tableName),
    );
    this.at = new Map(this.columns.map((column, at) => [column.propertyName, at]));
    this.primary = metadata.primaryColumns.map((column) => this.positionOf(column.propertyName));
    this.primaryProperties = new Set(metadata.primaryColumns.map((column) => column.propertyName));
    if (this.primary.length === 0) {
      throw new Error(`${metadata.tableName} has no primary key: it cannot be held in memory`);
    }
  }

  get size(): number {
    return this.rows.size;
  }

  /** Every row, in insertion order. */
  all(): MemoryRow[] {
    return [...this.rows.values()].sort(bySeq);
  }

  /** Every row in primary-key order (key-order.ts: what a bulk load appends fastest). */
  inKeyOrder(): MemoryRow[] {
    return inKeyOrder(
      this.rows,
      this.primary.map((at) => ({ at, numeric: NUMERIC_TYPES.has(this.columns[at]?.type) })),
    );
  }

  /** Starts recording changes so that `undo()` can take them back. */
  mark(): void {
    this.journal.length = 0;
    this.journaling = true;
  }

  /** Takes back every change since `mark()`. */
  undo(): void {
    for (let at = this.journal.length - 1; at >= 0; at--) {
      const change = this.journal[at];
      if (!change) continue;
      const current = this.rows.get(change.key);
      if (current) this.unindex(change.key, current);
      if (change.before) {
        this.rows.set(change.key, change.before);
        this.index(change.key, change.before);
      } else this.rows.delete(change.key);
    }
    this.journal.length = 0;
    this.journaling = false;
  }

  /** Forgets the rows (they were written out) but keeps the table's shape. */
  clear(): void {
    this.rows.clear();
    for (const index of this.indexes.values()) index.clear();
    this.journal.length = 0;
  }

  find(where: object | readonly object[]): MemoryRow[] {
    if (!isList(where)) return this.matching(where);
    const found = new Set<MemoryRow>();
    for (const alternative of where) for (const row of this.matching(alternative)) found.add(row);
    return [...found].sort(bySeq);
  }

  /** Sets every property of `entity` (a fresh one) as a read from the database would. */
  readInto<Entity extends ObjectLiteral>(row: MemoryRow, entity: Entity): Entity {
    const target: ObjectLiteral = entity;
    for (let at = 0; at < this.codecs.length; at++) {
      const codec = this.codecs[at];
      if (codec) target[codec.column.propertyName] = codec.hydrated(row.stored[at]);
    }
    return entity;
  }

  /** Inserts; throws like the database does on a duplicate primary key. */
  insert(values: ObjectLiteral): void {
    const stored = this.codecs.map((codec) =>
      codec.stored(values[codec.column.propertyName], true),
    );
    const key = this.keyOfStored(stored);
    if (this.rows.has(key)) {
      throw new Error(
        `UNIQUE constraint failed: ${this.metadata.tableName} primary key ${String(key)}`,
      );
    }
    if (this.journaling) this.journal.push({ key, before: undefined });
    const row: MemoryRow = { seq: this.nextSeq++, stored };
    this.rows.set(key, row);
    this.index(key, row);
  }

  /** Sets the given properties (undefined ones left alone) of every row `where` matches. */
  update(where: object, changes: ObjectLiteral): number {
    const changed: [number, unknown][] = [];
    for (const [property, value] of Object.entries(changes)) {
      const at = this.at.get(property);
      if (value === undefined || at === undefined) continue;
      const codec = this.codecs[at];
      if (codec) changed.push([at, codec.stored(value, false)]);
    }
    const matched = this.find(where);
    for (const row of matched) this.replace(row, changed);
    return matched.length;
  }

  delete(where: object): number {
    const matched = this.find(where);
    for (const row of matched) {
      const key = this.keyOfStored(row.stored);
      if (this.journaling) this.journal.push({ key, before: row });
      this.unindex(key, row);
      this.rows.delete(key);
    }
    return matched.length;
  }

  /** The primary key of `values` (entity properties) as the table's row key. */
  keyOf(values: ObjectLiteral): RowKey {
    return this.keyOfStored(
      this.codecs.map((codec) => codec.stored(values[codec.column.propertyName], true)),
    );
  }

  has(key: RowKey): boolean {
    return this.rows.has(key);
  }

  private replace(row: MemoryRow, changed: readonly [number, unknown][]): void {
    const stored = [...row.stored];
    const moved: number[] = [];
    for (const [at, value] of changed) {
      if (stored[at] === value) continue;
      stored[at] = value;
      moved.push(at);
    }
    if (moved.length === 0) return;
    const key = this.keyOfStored(row.stored);
    const rekeyed = moved.some((at) => this.primary.includes(at));
    const next = rekeyed ? this.keyOfStored(stored) : key;
    if (next !== key && this.rows.has(next)) {
      throw new Error(
        `UNIQUE constraint failed: ${this.metadata.tableName} primary key ${String(next)}`,
      );
    }
    const updated: MemoryRow = { seq: row.seq, stored };
    if (this.journaling) {
      this.journal.push({ key, before: row });
      if (next !== key) this.journal.push({ key: next, before: undefined });
    }
    for (const index of this.indexes.values()) {
      if (next === key && !moved.some((at) => index.covers(at))) continue;
      index.delete(row.stored, key);
      index.add(updated.stored, next);
    }
    if (next !== key) this.rows.delete(key);
    this.rows.set(next, updated);
  }

  private keyOfStored(stored: readonly unknown[]): RowKey {
    return rowKeyOf(this.primary.map((at) => this.entityValue(stored, at)));
  }

  private positionOf(property: string): number {
    const at = this.at.get(property);
    if (at === undefined) throw new Error(`${this.metadata.tableName} has no column ${property}`);
    return at;
  }

  private entityValue(stored: readonly unknown[], at: number): unknown {
    return this.codecs[at]?.hydrated(stored[at]);
  }

  private matching(where: object): MemoryRow[] {
    const equal: [string, unknown][] = [];
    const other: [number, WhereCondition][] = [];
    for (const [property, value] of Object.entries(where)) {
      if (value === undefined) continue;
      const at = this.positionOf(property);
      const condition = conditionOf(value, this.metadata.tableName);
      if (condition.kind === 'equal') equal.push([property, condition.value]);
      else other.push([at, condition]);
    }
    const found: MemoryRow[] = [];
    for (const row of this.candidates(equal, other)) {
      if (
        other.every(([at, condition]) => satisfies(this.entityValue(row.stored, at), condition))
      ) {
        found.push(row);
      }
    }
    return found.length > 1 ? found.sort(bySeq) : found;
  }

  /**
   * The rows the equalities allow: by primary key when they name all of it (the rest checked
   * here), else through the index on exactly their columns.
   */
  private candidates(
    equal: readonly [string, unknown][],
    other: [number, WhereCondition][],
  ): Iterable<MemoryRow> {
    if (equal.length === 0) return this.rows.values();
    if (equal.length >= this.primary.length) {
      const primary = this.primaryKeyIn(equal);
      if (primary !== undefined) {
        const row = this.rows.get(primary.key);
        if (!row) return [];
        for (const [property, value] of equal) {
          if (!this.primaryProperties.has(property)) {
            const part = keyPart(this.wantedValue(property, value));
            other.push([this.positionOf(property), { kind: 'part', part }]);
          }
        }
        return [row];
      }
    }
    const sorted = equal.length > 1 ? [...equal].sort(byProperty) : equal;
    const served = this.servingIndex(sorted);
    const index = served?.index ?? this.indexOn(sorted.map(([property]) => property));
    const wanted: unknown[] = [];
    for (const property of index.properties.slice(0, served?.length)) {
      const found = sorted.find(([name]) => name === property);
      if (found) wanted.push(this.wantedValue(property, found[1]));
    }
    if (served) {
      // The equalities the index's prefix leaves out are checked row by row.
      for (const [property, value] of sorted) {
        const at = index.properties.indexOf(property);
        if (at < 0 || at >= served.length) {
          const part = keyPart(this.wantedValue(property, value));
          other.push([this.positionOf(property), { kind: 'part', part }]);
        }
      }
    }
    const rows: MemoryRow[] = [];
    for (const key of index.get(wanted)) {
      const row = this.rows.get(key);
      if (row) rows.push(row);
    }
    return rows;
  }

  /**
   * An index the table already keeps whose first columns are all among the equalities and hold
   * few rows per value (on average at most `SERVING_ROWS`), when there is none on exactly their
   * columns: it answers through that prefix, the rest checked row by row, so that a table is not
   * made to keep one index per combination of columns it is looked up by (each costs upkeep on
   * every write, and memory).
   */
  private servingIndex(
    sorted: readonly [string, unknown][],
  ): { index: MemoryIndex; length: number } | undefined {
    if (this.indexes.has(sorted.map(([property]) => property).join(','))) return undefined;
    const wanted = new Set(sorted.map(([property]) => property));
    let best: { index: MemoryIndex; length: number; cost: number } | undefined;
    for (const index of this.indexes.values()) {
      let length = 0;
      while (length < index.properties.length && wanted.has(index.properties[length] ?? '')) {
        length++;
      }
      if (length === 0) continue;
      const cost = index.rowsPerPrefix(length, this.rows.size);
      if (cost <= SERVING_ROWS && (!best || cost < best.cost)) best = { index, length, cost };
    }
    return best;
  }

  private indexOn(properties: readonly string[]): MemoryIndex {
    const name = properties.join(',');
    let index = this.indexes.get(name);
    if (!index) {
      index = new MemoryIndex(
        properties,
        properties.map((property) => this.positionOf(property)),
        (stored, at) => this.entityValue(stored, at),
      );
      this.indexes.set(name, index);
      for (const [key, row] of this.rows) index.add(row.stored, key);
    }
    return index;
  }

  private index(key: RowKey, row: MemoryRow): void {
    for (const index of this.indexes.values()) index.add(row.stored, key);
  }

  private unindex(key: RowKey, row: MemoryRow): void {
    for (const index of this.indexes.values()) index.delete(row.stored, key);
  }

  /** A where value as the entity value a row holding it has (bigint as bigint). */
  private wantedValue(property: string, value: unknown): unknown {
    const codec = this.codecs[this.positionOf(property)];
    if (!codec || value === null) return value;
    return codec.asIs ? value : codec.hydrated(codec.stored(value, false));
  }

  /**
   * The row key the equalities name when they cover the whole primary key (each value as the
   * entity value a row holding it has), else undefined.
   */
  private primaryKeyIn(equal: readonly [string, unknown][]): { key: RowKey } | undefined {
    const values: unknown[] = [];
    for (const at of this.primary) {
      const property = this.columns[at]?.propertyName;
      const found = equal.find(([name]) => name === property);
      if (!found || property === undefined) return undefined;
      values.push(this.wantedValue(property, found[1]));
    }
    return { key: rowKeyOf(values) };
  }
}

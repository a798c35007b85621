import type { DataSource, EntityMetadata, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { ApplyValueTransformers } from 'typeorm/util/ApplyValueTransformers';
import { FindOperator } from 'typeorm';

/** A row held in memory: the entity as the database would hand it back, and its stored values. */
export interface MemoryRow {
  /** Insertion order: the order a table scan of the database would answer rows in. */
  readonly seq: number;
  entity: ObjectLiteral;
  /** Column values as written to the database, in `MemoryTable.columns` order. */
  stored: unknown[];
}

type Condition =
  | { kind: 'equal'; value: unknown }
  | { kind: 'in'; values: readonly unknown[] }
  | { kind: 'like'; pattern: RegExp };

interface Undo {
  key: string;
  /** The row before the change; undefined when the change inserted it. */
  before: MemoryRow | undefined;
}

function keyPart(value: unknown): string {
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

function likeToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/%/g, '.*').replace(/_/g, '.')}$`, 's');
}

function isList(value: object | readonly object[]): value is readonly object[] {
  return Array.isArray(value);
}

/**
 * One read-model table held in memory while a projection is rebuilt: rows by primary key, with
 * the hash indexes the projection's lookups ask for built on first use. Values go through the
 * same conversions a round trip through the database does (transformers, JSON, booleans,
 * defaults), so a projection reads back exactly what it would read from the database. Changes
 * since `mark()` can be undone, the way a rolled-back transaction would.
 */
export class MemoryTable {
  readonly columns: readonly ColumnMetadata[];
  private readonly byProperty: ReadonlyMap<string, ColumnMetadata>;
  private readonly indexOf: ReadonlyMap<ColumnMetadata, number>;
  private readonly rows = new Map<string, MemoryRow>();
  private readonly indexes = new Map<
    string,
    { columns: string[]; keys: Map<string, Set<string>> }
  >();
  private readonly journal: Undo[] = [];
  private journaling = false;
  private nextSeq = 0;

  constructor(
    readonly metadata: EntityMetadata,
    private readonly dataSource: DataSource,
  ) {
    this.columns = metadata.columns;
    this.byProperty = new Map(this.columns.map((column) => [column.propertyName, column]));
    this.indexOf = new Map(this.columns.map((column, at) => [column, at]));
    if (metadata.primaryColumns.length === 0) {
      throw new Error(`${metadata.tableName} has no primary key: it cannot be held in memory`);
    }
  }

  get size(): number {
    return this.rows.size;
  }

  /** Every row, in insertion order. */
  all(): MemoryRow[] {
    return [...this.rows.values()].sort((a, b) => a.seq - b.seq);
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
    this.indexes.clear();
    this.journal.length = 0;
  }

  find(where: object | readonly object[]): MemoryRow[] {
    const alternatives = isList(where) ? where : [where];
    const found = new Map<string, MemoryRow>();
    for (const alternative of alternatives) {
      for (const [key, row] of this.matching(alternative)) found.set(key, row);
    }
    const rows = [...found.values()];
    return rows.length > 1 ? rows.sort((a, b) => a.seq - b.seq) : rows;
  }

  /** The entity as a fresh object, as a read from the database hands one back. */
  read(row: MemoryRow): ObjectLiteral {
    const copy: ObjectLiteral = {};
    for (const column of this.columns) copy[column.propertyName] = this.hydrate(column, row, true);
    return copy;
  }

  /** Inserts; throws like the database does on a duplicate primary key. */
  insert(values: ObjectLiteral): void {
    const stored = this.columns.map((column) =>
      this.persisted(column, values[column.propertyName]),
    );
    const key = this.keyOfStored(stored);
    if (this.rows.has(key)) {
      throw new Error(`UNIQUE constraint failed: ${this.metadata.tableName} primary key ${key}`);
    }
    this.put(key, undefined, { seq: this.nextSeq++, entity: {}, stored });
  }

  /** Sets the given properties (undefined ones left alone) of every row `where` matches. */
  update(where: object, changes: ObjectLiteral): number {
    const matched = this.find(where);
    for (const row of matched) {
      const stored = [...row.stored];
      this.columns.forEach((column, at) => {
        const value: unknown = changes[column.propertyName];
        if (value !== undefined) stored[at] = this.persisted(column, value, false);
      });
      const key = this.keyOfStored(row.stored);
      const next = this.keyOfStored(stored);
      if (next !== key && this.rows.has(next)) {
        throw new Error(`UNIQUE constraint failed: ${this.metadata.tableName} primary key ${next}`);
      }
      this.remove(key, row);
      this.put(next, next === key ? row : undefined, { seq: row.seq, entity: {}, stored });
    }
    return matched.length;
  }

  delete(where: object): number {
    const matched = this.find(where);
    for (const row of matched) this.remove(this.keyOfStored(row.stored), row);
    return matched.length;
  }

  /** The primary key of `values` (entity properties) as the table's row key. */
  keyOf(values: ObjectLiteral): string {
    return this.metadata.primaryColumns
      .map((column) =>
        keyPart(this.hydrateValue(column, this.persisted(column, values[column.propertyName]))),
      )
      .join('\u0000');
  }

  has(key: string): boolean {
    return this.rows.has(key);
  }

  private keyOfStored(stored: readonly unknown[]): string {
    return this.metadata.primaryColumns
      .map((column) => keyPart(this.hydrateValue(column, stored[this.indexOf.get(column) ?? -1])))
      .join('\u0000');
  }

  private put(key: string, before: MemoryRow | undefined, row: MemoryRow): void {
    if (this.journaling) this.journal.push({ key, before });
    row.entity = {};
    for (const column of this.columns)
      row.entity[column.propertyName] = this.hydrate(column, row, false);
    this.rows.set(key, row);
    this.index(key, row);
  }

  private remove(key: string, row: MemoryRow): void {
    if (this.journaling) this.journal.push({ key, before: row });
    this.unindex(key, row);
    this.rows.delete(key);
  }

  private *matching(where: object): Iterable<[string, MemoryRow]> {
    const equal: [string, unknown][] = [];
    const other: [string, Condition][] = [];
    for (const [property, value] of Object.entries(where)) {
      if (value === undefined) continue;
      if (!this.byProperty.has(property)) {
        throw new Error(`${this.metadata.tableName} has no column ${property}`);
      }
      const condition = this.conditionOf(value);
      if (condition.kind === 'equal') equal.push([property, condition.value]);
      else other.push([property, condition]);
    }
    const candidates = this.candidates(equal);
    for (const key of candidates) {
      const row = this.rows.get(key);
      if (
        row &&
        other.every(([property, condition]) => this.satisfies(row.entity[property], condition))
      ) {
        yield [key, row];
      }
    }
  }

  private candidates(equal: readonly [string, unknown][]): Iterable<string> {
    if (equal.length === 0) return [...this.rows.keys()];
    const sorted = [...equal].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const columns = sorted.map(([property]) => property);
    const name = columns.join(',');
    let index = this.indexes.get(name);
    if (!index) {
      index = { columns, keys: new Map() };
      this.indexes.set(name, index);
      for (const [key, row] of this.rows) this.addTo(index, key, row);
    }
    const wanted = sorted
      .map(([property, value]) => keyPart(this.normalised(property, value)))
      .join('\u0000');
    return [...(index.keys.get(wanted) ?? [])];
  }

  private index(key: string, row: MemoryRow): void {
    for (const index of this.indexes.values()) this.addTo(index, key, row);
  }

  private unindex(key: string, row: MemoryRow): void {
    for (const index of this.indexes.values()) {
      const value = index.columns.map((property) => keyPart(row.entity[property])).join('\u0000');
      index.keys.get(value)?.delete(key);
    }
  }

  private addTo(
    index: { columns: string[]; keys: Map<string, Set<string>> },
    key: string,
    row: MemoryRow,
  ): void {
    const value = index.columns.map((property) => keyPart(row.entity[property])).join('\u0000');
    let keys = index.keys.get(value);
    if (!keys) {
      keys = new Set();
      index.keys.set(value, keys);
    }
    keys.add(key);
  }

  private conditionOf(value: unknown): Condition {
    if (!(value instanceof FindOperator)) return { kind: 'equal', value };
    const operand: unknown = value.value;
    switch (value.type) {
      case 'isNull':
        return { kind: 'equal', value: null };
      case 'equal':
        return { kind: 'equal', value: operand };
      case 'in':
        if (!Array.isArray(operand)) break;
        return { kind: 'in', values: operand };
      case 'like':
        if (typeof operand !== 'string') break;
        return { kind: 'like', pattern: likeToRegExp(operand) };
      default:
        break;
    }
    throw new Error(
      `${this.metadata.tableName}: the ${value.type} operator is not supported in memory`,
    );
  }

  private satisfies(value: unknown, condition: Condition): boolean {
    switch (condition.kind) {
      case 'equal':
        return keyPart(value) === keyPart(condition.value);
      case 'in':
        return condition.values.some((candidate) => keyPart(candidate) === keyPart(value));
      case 'like':
        return typeof value === 'string' && condition.pattern.test(value);
    }
  }

  /** A where value as the hydrated entity holds it (a bigint column's value as bigint). */
  private normalised(property: string, value: unknown): unknown {
    const column = this.byProperty.get(property);
    if (!column || value === null) return value;
    return this.hydrateValue(column, this.persisted(column, value, false));
  }

  /** What the database stores for `value` (undefined: the column's default, else NULL). */
  private persisted(column: ColumnMetadata, value: unknown, defaults = true): unknown {
    if (value === undefined && defaults && column.default !== undefined) {
      const fallback: unknown = column.default;
      if (typeof fallback === 'function') {
        throw new Error(
          `${this.metadata.tableName}.${column.propertyName}: SQL defaults are not supported in memory`,
        );
      }
      // A JSON column's default is its stored text already.
      if (column.type === 'simple-json') return fallback;
      return this.dataSource.driver.preparePersistentValue(fallback, column);
    }
    if (value === undefined || value === null) return null;
    const transformed: unknown = column.transformer
      ? ApplyValueTransformers.transformTo(column.transformer, value)
      : value;
    return this.dataSource.driver.preparePersistentValue(transformed, column);
  }

  private hydrate(column: ColumnMetadata, row: MemoryRow, fresh: boolean): unknown {
    const at = this.indexOf.get(column) ?? -1;
    if (!fresh) return this.hydrateValue(column, row.stored[at]);
    // A JSON value is parsed anew for each read, as the database would; the rest are immutable.
    return column.type === 'simple-json'
      ? this.hydrateValue(column, row.stored[at])
      : row.entity[column.propertyName];
  }

  private hydrateValue(column: ColumnMetadata, stored: unknown): unknown {
    const value: unknown = this.dataSource.driver.prepareHydratedValue(stored, column);
    return column.transformer
      ? ApplyValueTransformers.transformFrom(column.transformer, value)
      : value;
  }
}

import {
  type DataSource,
  type EntityMetadata,
  type EntityTarget,
  FindOperator,
  type ObjectLiteral,
} from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { placeholders, tableName } from '../database/stored-rows';

/*
 * What a plain repository (plain-manager.ts) knows of an entity's table: the statements' parts
 * (WHERE clauses from where objects, ORDER BY, the select list, the columns an insert or update
 * writes) and how a stored row becomes the entity the repository would answer.
 */

/** A WHERE clause (`?` placeholders, may be empty) and its parameters; `none` matches no row. */
export interface Condition {
  sql: string;
  parameters: unknown[];
  none: boolean;
}

/** A column as plain statements write it: its metadata and its quoted name. */
interface NamedColumn {
  column: ColumnMetadata;
  name: string;
}

/** An entity's table as plain statements see it: its name, its columns, its rows as entities. */
export class PlainTable {
  readonly name: string;
  /**
   * The columns by property, each named once: a batch writes the same few tables row after row,
   * and looking a column up and quoting its name per row was a tenth of the projector's time under
   * load (test/bench/README.md, "A projector's statements, written once").
   */
  private readonly columns = new Map<string, NamedColumn>();
  private readonly selected: readonly ColumnMetadata[];
  private readonly selectList: string;
  /** Whether plain statements can stand in for TypeORM's here (a flat table of columns). */
  readonly plain: boolean;

  constructor(
    private readonly dataSource: DataSource,
    readonly metadata: EntityMetadata,
  ) {
    const { driver } = dataSource;
    this.name = tableName(dataSource, metadata);
    this.selected = metadata.columns.filter((column) => column.isSelect);
    this.selectList = this.selected.map((column) => driver.escape(column.databaseName)).join(', ');
    for (const column of metadata.columns) {
      // The first column of a property, as metadata.findColumnWithPropertyName finds it.
      if (!this.columns.has(column.propertyName)) {
        this.columns.set(column.propertyName, { column, name: driver.escape(column.databaseName) });
      }
    }
    this.plain =
      metadata.relations.length === 0 &&
      metadata.embeddeds.length === 0 &&
      metadata.treeType === undefined &&
      metadata.discriminatorColumn === undefined &&
      metadata.updateDateColumn === undefined &&
      metadata.versionColumn === undefined &&
      metadata.deleteDateColumn === undefined;
  }

  /**
   * `where` (an object of equal values, `In` lists and `IsNull`, or a list of such objects, any of
   * which may match) as SQL; undefined for anything else.
   */
  condition(where: unknown): Condition | undefined {
    if (!Array.isArray(where)) return this.conjunction(where);
    const list: readonly unknown[] = where;
    if (list.length === 0) return undefined;
    const each = list.map((one) => this.conjunction(one));
    const parts: string[] = [];
    const parameters: unknown[] = [];
    for (const one of each) {
      if (one === undefined) return undefined;
      if (one.none) continue;
      // One alternative without conditions matches every row.
      if (one.sql === '') return { sql: '', parameters: [], none: false };
      parts.push(`(${one.sql.slice('WHERE '.length)})`);
      parameters.push(...one.parameters);
    }
    if (parts.length === 0) return { sql: '', parameters: [], none: true };
    return { sql: `WHERE ${parts.join(' OR ')}`, parameters, none: false };
  }

  /** One where object as SQL (every property must hold); undefined for what it does not write. */
  private conjunction(where: unknown): Condition | undefined {
    if (!this.plain || typeof where !== 'object' || where === null || Array.isArray(where)) {
      return undefined;
    }
    const parts: string[] = [];
    const parameters: unknown[] = [];
    let none = false;
    for (const [property, value] of Object.entries(where)) {
      const named = this.columns.get(property);
      if (named === undefined) return undefined;
      const { column, name } = named;
      if (value instanceof FindOperator) {
        const operand: unknown = value.value;
        if (value.type === 'isNull') parts.push(`${name} IS NULL`);
        else if (value.type === 'in' && Array.isArray(operand)) {
          const list: readonly unknown[] = operand;
          if (list.length === 0) none = true;
          else {
            parts.push(`${name} IN (${placeholders(list.length)})`);
            for (const each of list) parameters.push(this.bound(each, column));
          }
        } else return undefined;
      } else if (isScalar(value)) {
        parts.push(`${name} = ?`);
        parameters.push(this.bound(value, column));
      } else return undefined;
    }
    return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', parameters, none };
  }

  /** `ORDER BY …` of a find's order (a direction per property); undefined for anything else. */
  orderBy(order: unknown): string | undefined {
    if (order === undefined) return '';
    if (typeof order !== 'object' || order === null) return undefined;
    const sorts: string[] = [];
    for (const [property, direction] of Object.entries(order)) {
      const named = this.columns.get(property);
      if (named === undefined || (direction !== 'ASC' && direction !== 'DESC')) return undefined;
      sorts.push(`${named.name} ${direction}`);
    }
    return sorts.length > 0 ? `ORDER BY ${sorts.join(', ')}` : '';
  }

  select(rest: string): string {
    return `SELECT ${this.selectList} FROM ${this.name} ${rest}`;
  }

  /** A stored row as the entity the repository would answer (constructor, then each column). */
  entityOf(row: Record<string, unknown>): ObjectLiteral {
    const entity: unknown = this.metadata.create(undefined, { fromDeserializer: true });
    if (!isRecord(entity)) throw new Error(`${this.metadata.tableName}: no entity was made`);
    const { driver } = this.dataSource;
    for (const column of this.selected) {
      const stored = row[column.databaseName];
      if (stored === undefined) continue;
      const value: unknown = driver.prepareHydratedValue(stored, column);
      column.setEntityValue(entity, value);
    }
    return entity;
  }

  /**
   * The columns and bound values an insert or update writes (undefined left out, as TypeORM
   * leaves it); undefined when a property is no column it would write.
   */
  assignments(
    values: object,
    writing: 'isInsert' | 'isUpdate',
  ): { names: string[]; parameters: unknown[] } | undefined {
    const names: string[] = [];
    const parameters: unknown[] = [];
    for (const [property, value] of Object.entries(values)) {
      if (value === undefined) continue;
      const named = this.columns.get(property);
      if (named === undefined || !named.column[writing]) return undefined;
      names.push(named.name);
      parameters.push(this.bound(value, named.column));
    }
    return { names, parameters };
  }

  /** A value bound as the repository binds it (transformers, JSON, booleans, dates). */
  private bound(value: unknown, column: ColumnMetadata): unknown {
    return this.dataSource.driver.preparePersistentValue(value, column);
  }
}

function isScalar(value: unknown): boolean {
  return (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'bigint' ||
    typeof value === 'boolean'
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Each data source's plain tables, by entity: made once, used by every transaction after. */
const tables = new WeakMap<DataSource, Map<unknown, PlainTable>>();

export function plainTable(
  dataSource: DataSource,
  target: EntityTarget<ObjectLiteral>,
): PlainTable {
  const metadata = dataSource.getMetadata(target);
  const known = tables.get(dataSource) ?? new Map<unknown, PlainTable>();
  tables.set(dataSource, known);
  let table = known.get(metadata.target);
  if (table === undefined) {
    table = new PlainTable(dataSource, metadata);
    known.set(metadata.target, table);
  }
  return table;
}

import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * How many statement texts a cache keeps. An IN list makes a text per length (a subtree of
 * thousands of departments, thousands of texts of up to tens of KB): past this many the cache
 * starts over rather than grow without bound.
 */
export const REMEMBERED_STATEMENTS = 500;

/** Remembers what `make` answers per key, up to REMEMBERED_STATEMENTS keys (then starts over). */
export function remembered(cache: Map<string, string>, key: string, make: () => string): string {
  let known = cache.get(key);
  if (known === undefined) {
    known = make();
    if (cache.size >= REMEMBERED_STATEMENTS) cache.clear();
    cache.set(key, known);
  }
  return known;
}

/** SQL written with `?` placeholders, as PostgreSQL numbers them (`$1`, `$2`, …). */
const numbered = new Map<string, string>();

function postgresPlaceholders(sql: string): string {
  return remembered(numbered, sql, () => {
    let at = 0;
    return sql.replace(/\?/g, () => `$${++at}`);
  });
}

/** `sql`, written with `?` placeholders, as the engine of `dataSource` takes it. */
export function statementFor(dataSource: DataSource, sql: string): string {
  return dataSource.options.type === 'postgres' ? postgresPlaceholders(sql) : sql;
}

/**
 * Runs one plain statement written with `?` placeholders on either engine and answers its rows as
 * the driver hands them back (no conversion). The reads the dashboard and the caseworkers lean on
 * go this way instead of through TypeORM's query builder, which cost four to six times the
 * statement itself on a one-row read (docs/decisions/0010-hot-reads.md). The SQL must hold no `?`
 * other than its placeholders.
 */
export async function plainRows<Row>(
  dataSource: DataSource,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<Row[]> {
  const rows: unknown = await dataSource.query(statementFor(dataSource, sql), [...parameters]);
  return rows as Row[];
}

/** `count` as a number: SQLite answers COUNT(*) as a number, PostgreSQL as a string. */
export function countOf(rows: readonly { count: number | string }[]): number {
  return Number(rows[0]?.count ?? 0);
}

/** A table's name as a statement names it: quoted, with its schema where one is configured. */
export function tableName(dataSource: DataSource, metadata: EntityMetadata): string {
  return metadata.tablePath
    .split('.')
    .map((part) => dataSource.driver.escape(part))
    .join('.');
}

/**
 * `LIMIT take OFFSET skip` written into the statement's text, never bound: SQLite (built with
 * STAT4, as better-sqlite3 is) plans with the values bound to a LIMIT, so a statement whose LIMIT
 * is a parameter is prepared again on every run (15–25 µs a run where a small read takes 4–5;
 * test/bench/README.md, "A bound LIMIT"). Refuses anything but whole numbers ≥ 0.
 */
export function windowClause(
  dataSource: DataSource,
  window: { take?: number; skip?: number },
): string {
  const { take, skip } = window;
  for (const value of [take, skip]) {
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) {
      throw new RangeError(`a page window must be whole numbers ≥ 0, not ${value}`);
    }
  }
  // SQLite takes OFFSET only after a LIMIT: -1 is none there, ALL in PostgreSQL.
  const none = dataSource.options.type === 'postgres' ? 'ALL' : '-1';
  const limit = take !== undefined ? `LIMIT ${take}` : skip !== undefined ? `LIMIT ${none}` : '';
  return [limit, skip !== undefined ? `OFFSET ${skip}` : ''].filter((part) => part).join(' ');
}

/** `?, ?, ?` for `count` values (an IN list, an insert's values). */
export function placeholders(count: number): string {
  return count > 0 ? `${'?, '.repeat(count - 1)}?` : '';
}

/** Equal to a value, or one of a list (an empty list matches nothing), per property. */
export type RowsWhere<Entity> = {
  [Property in keyof Entity]?: Entity[Property] | readonly Entity[Property][];
};
/** Sort order per property, in the order given. */
export type RowsOrder<Entity> = { [Property in keyof Entity]?: 'ASC' | 'DESC' };

export interface RowsFind<Entity> {
  where?: RowsWhere<Entity>;
  order?: RowsOrder<Entity>;
  skip?: number;
  take?: number;
}

/**
 * One entity's rows read with plain SQL and turned into entities the way a repository turns them
 * (the driver's `prepareHydratedValue` per column: JSON parsed, booleans, transformers), so a
 * caller gets what the repository's `find` would give it. Conditions are bound as the repository
 * binds them (the driver's `preparePersistentValue`: transformers applied).
 */
export class StoredRows<Entity extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly columns: readonly ColumnMetadata[];
  /** The select list and FROM clause, aliased, both engines' quoting. */
  private readonly from: string;
  private readonly quotedAlias: string;
  /** The table, quoted and aliased: what follows FROM. */
  readonly table: string;
  private readonly statements = new Map<string, string>();
  /** The select lists of `selectColumns`, by their columns (a handful per entity). */
  private readonly pickedColumns = new Map<string, { list: string; metadata: ColumnMetadata[] }>();

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<Entity>,
    readonly alias: string,
  ) {
    this.metadata = dataSource.getMetadata(entity);
    // As the repository reads: a column marked `select: false` is left out.
    this.columns = this.metadata.columns.filter((column) => column.isSelect);
    const { driver } = dataSource;
    this.quotedAlias = driver.escape(alias);
    const list = this.columns
      .map((column) => `${this.quotedAlias}.${driver.escape(column.databaseName)}`)
      .join(', ');
    this.table = `${tableName(dataSource, this.metadata)} ${this.quotedAlias}`;
    this.from = `SELECT ${list} FROM ${this.table}`;
  }

  /** `SELECT <every column> FROM <table> <alias> <rest>`, `?` placeholders. */
  statement(rest: string): string {
    return `${this.from} ${rest}`;
  }

  /** `SELECT COUNT(*) AS "count" FROM <table> <alias> <where>`, `?` placeholders. */
  countStatement(where: string): string {
    return `SELECT COUNT(*) AS "count" FROM ${this.table} ${where}`;
  }

  /** How many rows `SELECT … FROM <table> <alias> <where>` answers. */
  async count(where: string, parameters: readonly unknown[] = []): Promise<number> {
    const rows = await plainRows<{ count: number | string }>(
      this.dataSource,
      this.countStatement(where),
      parameters,
    );
    return countOf(rows);
  }

  /** Whether a row has these values (one index lookup where they are a key). */
  async exists(where: RowsWhere<Entity>): Promise<boolean> {
    return (await this.findOne(where)) !== undefined;
  }

  /** The entities of `SELECT <every column> FROM <table> <alias> <rest>`. */
  async select(rest: string, parameters: readonly unknown[] = []): Promise<Entity[]> {
    const rows = await plainRows<Record<string, unknown>>(
      this.dataSource,
      this.statement(rest),
      parameters,
    );
    return rows.map((row) => this.entityOf(row));
  }

  /**
   * `SELECT <columns> FROM <table> <alias> <rest>`, `?` placeholders: the statement of
   * `selectColumns`.
   */
  columnsStatement(columns: readonly (keyof Entity & string)[], rest: string): string {
    return `SELECT ${this.picked(columns).list} FROM ${this.table} ${rest}`;
  }

  /**
   * The rows of `SELECT <columns> FROM <table> <alias> <rest>`, each value as the repository reads
   * it (the driver's `prepareHydratedValue`: JSON parsed, booleans, transformers), as plain objects
   * of those columns rather than entities: a read that shows a few columns of many rows (a page of
   * the queue) neither reads the rest nor builds an entity per row.
   */
  async selectColumns<Column extends keyof Entity & string>(
    columns: readonly Column[],
    rest: string,
    parameters: readonly unknown[] = [],
  ): Promise<Pick<Entity, Column>[]> {
    const { list, metadata } = this.picked(columns);
    const rows = await plainRows<Record<string, unknown>>(
      this.dataSource,
      `SELECT ${list} FROM ${this.table} ${rest}`,
      parameters,
    );
    const { driver } = this.dataSource;
    return rows.map((row) => {
      const values: Record<string, unknown> = {};
      for (const column of metadata) {
        values[column.propertyName] = driver.prepareHydratedValue(row[column.databaseName], column);
      }
      return values as Pick<Entity, Column>;
    });
  }

  /** The select list and the metadata of `columns` (properties), worked out once per list. */
  private picked(columns: readonly string[]): { list: string; metadata: ColumnMetadata[] } {
    const key = columns.join(',');
    let known = this.pickedColumns.get(key);
    if (known === undefined) {
      const metadata = columns.map((property) => this.column(property));
      const { driver } = this.dataSource;
      known = {
        list: metadata
          .map((column) => `${this.quotedAlias}.${driver.escape(column.databaseName)}`)
          .join(', '),
        metadata,
      };
      this.pickedColumns.set(key, known);
    }
    return known;
  }

  /** What the repository's `find` answers for the same options. */
  async find(options: RowsFind<Entity> = {}): Promise<Entity[]> {
    const { where = {}, order = {}, skip, take } = options;
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const shape: string[] = [];
    for (const [property, value] of Object.entries(where)) {
      const column = this.column(property);
      if (value === null || value === undefined) {
        // `= NULL` matches nothing in SQL: a caller means IS NULL, and says so in `select`.
        throw new Error(`${this.metadata.tableName}.${property}: no condition on ${String(value)}`);
      }
      const values: readonly unknown[] | undefined = Array.isArray(value) ? value : undefined;
      if (values?.length === 0) return [];
      const name = `${this.quotedAlias}.${this.dataSource.driver.escape(column.databaseName)}`;
      conditions.push(values ? `${name} IN (${placeholders(values.length)})` : `${name} = ?`);
      for (const each of values ?? [value]) {
        parameters.push(this.dataSource.driver.preparePersistentValue(each, column));
      }
      shape.push(`${property}:${values?.length ?? '='}`);
    }
    const sorts = Object.entries(order).map(([property, direction]) => {
      const column = this.column(property);
      return `${this.quotedAlias}.${this.dataSource.driver.escape(column.databaseName)} ${direction === 'DESC' ? 'DESC' : 'ASC'}`;
    });
    const key = `${shape.join(',')}|${sorts.join(',')}|${take}|${skip}`;
    const rest = remembered(this.statements, key, () =>
      [
        conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '',
        sorts.length > 0 ? `ORDER BY ${sorts.join(', ')}` : '',
        windowClause(this.dataSource, { take, skip }),
      ]
        .filter((part) => part !== '')
        .join(' '),
    );
    return this.select(rest, parameters);
  }

  /** The first entity `find` answers, or undefined. */
  async findOne(where: RowsWhere<Entity>, order?: RowsOrder<Entity>): Promise<Entity | undefined> {
    const [first] = await this.find({ where, order, take: 1 });
    return first;
  }

  /** The entity of one stored row (keyed by column names, as the driver answers it). */
  entityOf(row: Record<string, unknown>): Entity {
    // As the query builder builds them (the constructor runs, unless the entity skips it).
    const entity = this.metadata.create(undefined, { fromDeserializer: true }) as Entity;
    const { driver } = this.dataSource;
    for (const column of this.columns) {
      const stored = row[column.databaseName];
      if (stored !== undefined)
        column.setEntityValue(entity, driver.prepareHydratedValue(stored, column));
    }
    return entity;
  }

  private column(property: string): ColumnMetadata {
    const column = this.metadata.findColumnWithPropertyName(property);
    if (column === undefined)
      throw new Error(`${this.metadata.tableName} has no column ${property}`);
    return column;
  }
}

const readers = new WeakMap<DataSource, Map<string, StoredRows<ObjectLiteral>>>();

/** The `StoredRows` of an entity under an alias, made once per data source. */
export function storedRows<Entity extends ObjectLiteral>(
  dataSource: DataSource,
  entity: new () => Entity,
  alias = 'row',
): StoredRows<Entity> {
  const known = readers.get(dataSource) ?? new Map<string, StoredRows<ObjectLiteral>>();
  readers.set(dataSource, known);
  const key = `${entity.name} ${alias}`;
  const reader = known.get(key) ?? new StoredRows<ObjectLiteral>(dataSource, entity, alias);
  known.set(key, reader);
  return reader as StoredRows<Entity>;
}

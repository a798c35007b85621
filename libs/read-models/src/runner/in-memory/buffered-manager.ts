import {
  type DataSource,
  type DeepPartial,
  DeleteResult,
  EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  InsertResult,
  type ObjectLiteral,
  Repository,
  type SaveOptions,
  UpdateResult,
  type UpsertOptions,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { type MemoryRow, MemoryTable } from './memory-table';

/** The tables of one rebuild, by entity, created on first use. */
export class MemoryTables {
  private readonly tables = new Map<unknown, MemoryTable>();
  private marking = false;

  constructor(private readonly dataSource: DataSource) {}

  of(target: EntityTarget<ObjectLiteral>): MemoryTable {
    const metadata = this.dataSource.getMetadata(target);
    let table = this.tables.get(metadata.target);
    if (!table) {
      table = new MemoryTable(metadata, this.dataSource);
      this.tables.set(metadata.target, table);
      if (this.marking) table.mark();
    }
    return table;
  }

  /** Starts recording changes in every table (one event's changes: see `undo`). */
  mark(): void {
    this.marking = true;
    for (const table of this.tables.values()) table.mark();
  }

  /** Every table written so far. */
  all(): MemoryTable[] {
    return [...this.tables.values()];
  }

  /** Takes back every change since `mark()`, as a rolled-back transaction would. */
  undo(): void {
    this.marking = false;
    for (const table of this.tables.values()) table.undo();
  }
}

/** An entity-like value as a plain record of its own properties. */
const propertiesOf = (value: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value));

type Criteria<Entity extends ObjectLiteral> = Parameters<Repository<Entity>['delete']>[0];

function whereOf<Entity extends ObjectLiteral>(
  criteria: Criteria<Entity>,
  table: MemoryTable,
): object[] {
  if (Array.isArray(criteria)) {
    const list: readonly unknown[] = criteria;
    return list.flatMap((one) =>
      typeof one === 'object' && one !== null ? [one] : whereOf(String(one), table),
    );
  }
  if (typeof criteria === 'object' && !(criteria instanceof Date)) return [criteria];
  const [primary] = table.metadata.primaryColumns;
  if (!primary || table.metadata.primaryColumns.length > 1) {
    throw new Error(`${table.metadata.tableName}: criteria by id need a single-column primary key`);
  }
  return [{ [primary.propertyName]: criteria }];
}

/**
 * A repository over a memory table: the reads and writes projections use (find/exists/count by a
 * where object, insert, update, increment, upsert, save, delete), with the database's answers. Anything else
 * would reach the database behind it, so it throws instead.
 */
export class MemoryRepository<Entity extends ObjectLiteral> extends Repository<Entity> {
  constructor(
    target: EntityTarget<Entity>,
    manager: EntityManager,
    private readonly table: MemoryTable,
  ) {
    super(target, manager);
  }

  override findBy(where: FindOptionsWhere<Entity> | FindOptionsWhere<Entity>[]): Promise<Entity[]> {
    return Promise.resolve(this.table.find(where).map((row) => this.entity(row)));
  }

  override findOneBy(
    where: FindOptionsWhere<Entity> | FindOptionsWhere<Entity>[],
  ): Promise<Entity | null> {
    const [row] = this.table.find(where);
    return Promise.resolve(row ? this.entity(row) : null);
  }

  override existsBy(
    where: FindOptionsWhere<Entity> | FindOptionsWhere<Entity>[],
  ): Promise<boolean> {
    return Promise.resolve(this.table.find(where).length > 0);
  }

  override countBy(where: FindOptionsWhere<Entity> | FindOptionsWhere<Entity>[]): Promise<number> {
    return Promise.resolve(this.table.find(where).length);
  }

  /** A duplicate key rejects, as the database's insert does. */
  override async insert(
    entity: QueryDeepPartialEntity<Entity> | QueryDeepPartialEntity<Entity>[],
  ): Promise<InsertResult> {
    for (const one of Array.isArray(entity) ? entity : [entity]) this.table.insert(one);
    return Promise.resolve(new InsertResult());
  }

  override update(
    criteria: Criteria<Entity>,
    partialEntity: QueryDeepPartialEntity<Entity>,
  ): Promise<UpdateResult> {
    const result = new UpdateResult();
    const where = whereOf(criteria, this.table);
    result.affected = where.reduce((sum, one) => sum + this.table.update(one, partialEntity), 0);
    return Promise.resolve(result);
  }

  override upsert(
    entityOrEntities: QueryDeepPartialEntity<Entity> | QueryDeepPartialEntity<Entity>[],
    conflictPathsOrOptions: string[] | UpsertOptions<Entity>,
  ): Promise<InsertResult> {
    const paths = Array.isArray(conflictPathsOrOptions)
      ? conflictPathsOrOptions
      : conflictPathsOrOptions.conflictPaths;
    const conflict = Array.isArray(paths) ? paths : Object.keys(paths);
    for (const entity of Array.isArray(entityOrEntities) ? entityOrEntities : [entityOrEntities]) {
      const one = propertiesOf(entity);
      const where: Record<string, unknown> = {};
      for (const path of conflict) where[path] = one[path];
      if (this.table.find(where).length > 0) this.table.update(where, one);
      else this.table.insert(one);
    }
    return Promise.resolve(new InsertResult());
  }

  override save<T extends DeepPartial<Entity>>(
    entities: T[],
    options: SaveOptions & { reload: false },
  ): Promise<T[]>;
  override save<T extends DeepPartial<Entity>>(
    entities: T[],
    options?: SaveOptions,
  ): Promise<(T & Entity)[]>;
  override save<T extends DeepPartial<Entity>>(
    entity: T,
    options: SaveOptions & { reload: false },
  ): Promise<T>;
  override save<T extends DeepPartial<Entity>>(
    entity: T,
    options?: SaveOptions,
  ): Promise<T & Entity>;
  override async save<T extends DeepPartial<Entity>>(entityOrEntities: T | T[]): Promise<T | T[]> {
    for (const entity of Array.isArray(entityOrEntities) ? entityOrEntities : [entityOrEntities]) {
      const one = propertiesOf(entity);
      const where: Record<string, unknown> = {};
      for (const column of this.table.metadata.primaryColumns) {
        where[column.propertyName] = one[column.propertyName];
      }
      if (this.table.find(where).length > 0) this.table.update(where, one);
      else this.table.insert(one);
    }
    return Promise.resolve(entityOrEntities);
  }

  /** Adds `value` to a numeric column of each row `conditions` finds, as the database's UPDATE. */
  override increment(
    conditions: FindOptionsWhere<Entity>,
    propertyPath: string,
    value: number | string,
  ): Promise<UpdateResult> {
    const result = new UpdateResult();
    const rows = this.table.find(conditions);
    for (const row of rows) {
      const entity: Record<string, unknown> = this.entity(row);
      const key: Record<string, unknown> = {};
      for (const column of this.table.metadata.primaryColumns) {
        key[column.propertyName] = entity[column.propertyName];
      }
      this.table.update(key, { [propertyPath]: Number(entity[propertyPath]) + Number(value) });
    }
    result.affected = rows.length;
    return Promise.resolve(result);
  }

  override delete(criteria: Criteria<Entity>): Promise<DeleteResult> {
    const result = new DeleteResult();
    const where = whereOf(criteria, this.table);
    result.raw = [];
    result.affected = where.reduce((sum, one) => sum + this.table.delete(one), 0);
    return Promise.resolve(result);
  }

  override createQueryBuilder(): never {
    throw new Error(`${this.table.metadata.tableName}: query builders do not run in memory`);
  }

  private entity(row: MemoryRow): Entity {
    return this.table.readInto(row, this.create());
  }
}

/**
 * An EntityManager whose repositories are memory tables: a projection applies events to it
 * exactly as it does to a transaction's manager, at memory speed, while a rebuild holds its
 * state. A fresh manager per page keeps the projections' per-transaction memos small.
 */
export class MemoryManager extends EntityManager {
  /** One repository per entity for the manager's life, as TypeORM's manager keeps them. */
  private readonly known = new Map<unknown, Repository<ObjectLiteral>>();
  constructor(
    dataSource: DataSource,
    private readonly tables: MemoryTables,
  ) {
    super(dataSource);
  }

  override getRepository<Entity extends ObjectLiteral>(
    target: EntityTarget<Entity>,
  ): Repository<Entity> {
    const known = this.known.get(target);
    if (known) return known as Repository<Entity>;
    const made = new MemoryRepository(target, this, this.tables.of(target));
    this.known.set(target, made);
    return made;
  }
}

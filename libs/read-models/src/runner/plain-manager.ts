import {
  DeleteResult,
  EntityManager,
  type EntityTarget,
  type FindManyOptions,
  type FindOptionsWhere,
  InsertResult,
  type ObjectLiteral,
  type QueryRunner,
  Repository,
  UpdateResult,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { QueryResult } from 'typeorm/query-runner/QueryResult';
import { placeholders, statementFor } from '../database/stored-rows';
import { type PlainTable, isRecord, plainTable } from './plain-table';

/**
 * A repository of a batch's transaction whose finds, counts, inserts, updates, increments and
 * deletes by a where object (equal values, `In`, `IsNull`) run one plain statement each through the
 * transaction's query runner: TypeORM builds and parses its SQL anew on every call, four to
 * fourteen times the statement's own cost (decision 0010's amendment). Whatever else (relations,
 * other operators, saves, upserts) is TypeORM's own, unchanged. The rows, values and classes are
 * the repository's: every projection spec runs through it, and the runner's rows are checked
 * against an in-memory rebuild's.
 */
export class PlainRepository<Entity extends ObjectLiteral> extends Repository<Entity> {
  constructor(
    target: EntityTarget<Entity>,
    manager: EntityManager,
    private readonly runner: QueryRunner,
    private readonly table: PlainTable,
  ) {
    super(target, manager, runner);
  }

  override async findBy(
    where: FindOptionsWhere<Entity> | FindOptionsWhere<Entity>[],
  ): Promise<Entity[]> {
    const rows = await this.selected(where, '', '');
    return rows === undefined ? super.findBy(where) : rows;
  }

  override async findOneBy(
    where: FindOptionsWhere<Entity> | FindOptionsWhere<Entity>[],
  ): Promise<Entity | null> {
    const rows = await this.selected(where, '', 'LIMIT 1');
    return rows === undefined ? super.findOneBy(where) : (rows[0] ?? null);
  }

  override async find(options?: FindManyOptions<Entity>): Promise<Entity[]> {
    const keys = Object.keys(options ?? {});
    const order = this.table.orderBy(options?.order);
    if (order === undefined || keys.some((key) => key !== 'where' && key !== 'order')) {
      return super.find(options);
    }
    const rows = await this.selected(options?.where ?? {}, order, '');
    return rows === undefined ? super.find(options) : rows;
  }

  override async existsBy(
    where: FindOptionsWhere<Entity> | FindOptionsWhere<Entity>[],
  ): Promise<boolean> {
    const rows = await this.selected(where, '', 'LIMIT 1');
    return rows === undefined ? super.existsBy(where) : rows.length > 0;
  }

  override async countBy(
    where: FindOptionsWhere<Entity> | FindOptionsWhere<Entity>[],
  ): Promise<number> {
    const condition = this.table.condition(where);
    if (condition === undefined) return super.countBy(where);
    if (condition.none) return 0;
    const result = await this.run(
      `SELECT COUNT(*) AS "count" FROM ${this.table.name} ${condition.sql}`,
      condition.parameters,
    );
    const records: readonly unknown[] = result.records;
    const [row] = records;
    return Number(isRecord(row) ? row.count : 0);
  }

  override async insert(
    entity: QueryDeepPartialEntity<Entity> | QueryDeepPartialEntity<Entity>[],
  ): Promise<InsertResult> {
    const entities: readonly object[] = Array.isArray(entity) ? entity : [entity];
    const rows = entities.map((one) => this.table.assignments(one, 'isInsert'));
    if (!this.table.plain || rows.some((row) => row === undefined || row.names.length === 0)) {
      return super.insert(entity);
    }
    for (const row of rows) {
      if (row === undefined) continue;
      await this.run(
        `INSERT INTO ${this.table.name} (${row.names.join(', ')}) VALUES (${placeholders(row.names.length)})`,
        row.parameters,
      );
    }
    return new InsertResult();
  }

  override async update(
    criteria: Parameters<Repository<Entity>['update']>[0],
    partialEntity: QueryDeepPartialEntity<Entity>,
  ): Promise<UpdateResult> {
    // A list of criteria is a list of ids to TypeORM: its own, as everything but a where object.
    const condition = Array.isArray(criteria) ? undefined : this.table.condition(criteria);
    const changes = this.table.assignments(partialEntity, 'isUpdate');
    if (condition === undefined || condition.sql === '' || !changes?.names.length) {
      return super.update(criteria, partialEntity);
    }
    const result = new UpdateResult();
    if (condition.none) {
      result.affected = 0;
      return result;
    }
    const set = changes.names.map((name) => `${name} = ?`).join(', ');
    const done = await this.run(`UPDATE ${this.table.name} SET ${set} ${condition.sql}`, [
      ...changes.parameters,
      ...condition.parameters,
    ]);
    result.affected = done.affected;
    return result;
  }

  /** Adds `value` to a numeric column of the rows `conditions` finds, in one statement. */
  override async increment(
    conditions: FindOptionsWhere<Entity>,
    propertyPath: string,
    value: number | string,
  ): Promise<UpdateResult> {
    const condition = this.table.condition(conditions);
    const column = this.table.metadata.findColumnWithPropertyName(propertyPath);
    if (condition === undefined || condition.sql === '' || column === undefined) {
      return super.increment(conditions, propertyPath, value);
    }
    const result = new UpdateResult();
    if (condition.none) {
      result.affected = 0;
      return result;
    }
    const name = this.manager.connection.driver.escape(column.databaseName);
    const done = await this.run(
      `UPDATE ${this.table.name} SET ${name} = ${name} + ? ${condition.sql}`,
      [Number(value), ...condition.parameters],
    );
    result.affected = done.affected;
    return result;
  }

  override async delete(
    criteria: Parameters<Repository<Entity>['delete']>[0],
  ): Promise<DeleteResult> {
    const condition = Array.isArray(criteria) ? undefined : this.table.condition(criteria);
    if (condition === undefined || condition.sql === '') return super.delete(criteria);
    const result = new DeleteResult();
    result.raw = [];
    if (condition.none) {
      result.affected = 0;
      return result;
    }
    const done = await this.run(`DELETE FROM ${this.table.name} ${condition.sql}`, [
      ...condition.parameters,
    ]);
    result.affected = done.affected;
    return result;
  }

  /** The entities a where object selects, or undefined when TypeORM must read them. */
  private async selected(
    where: unknown,
    order: string,
    limit: string,
  ): Promise<Entity[] | undefined> {
    const condition = this.table.condition(where);
    if (condition === undefined) return undefined;
    if (condition.none) return [];
    const sql = this.table.select([condition.sql, order, limit].filter((part) => part).join(' '));
    const result = await this.run(sql, condition.parameters);
    const rows: readonly unknown[] = result.records;
    // The entity class is the repository's own (metadata.create), as TypeORM's find builds it.
    return rows.map((row) => this.table.entityOf(isRecord(row) ? row : {}) as Entity);
  }

  private async run(sql: string, parameters: readonly unknown[]): Promise<QueryResult> {
    const result: unknown = await this.runner.query(
      statementFor(this.manager.connection, sql),
      [...parameters],
      true,
    );
    if (!(result instanceof QueryResult)) throw new Error(`${sql}: no structured result`);
    return result;
  }
}

/** The transaction's manager, whose repositories are plain repositories (one per entity). */
class PlainManager extends EntityManager {
  private readonly known = new Map<unknown, Repository<ObjectLiteral>>();

  constructor(
    manager: EntityManager,
    private readonly runner: QueryRunner,
  ) {
    super(manager.connection, runner);
  }

  override getRepository<Entity extends ObjectLiteral>(
    target: EntityTarget<Entity>,
  ): Repository<Entity> {
    const known = this.known.get(target);
    if (known) return known as Repository<Entity>;
    const made = new PlainRepository<Entity>(
      target,
      this,
      this.runner,
      plainTable(this.connection, target),
    );
    this.known.set(target, made);
    return made;
  }
}

/**
 * The manager a projection applies a batch's events with: the transaction's, its repositories
 * plain (see PlainRepository). A manager outside a transaction is answered as it is.
 */
export function plainManager(manager: EntityManager): EntityManager {
  const runner = manager.queryRunner;
  return runner === undefined ? manager : new PlainManager(manager, runner);
}

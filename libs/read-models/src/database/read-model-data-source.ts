import { privateDatabaseFile } from '@dutyledger/event-store';
import Database from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { READ_MODEL_ENTITIES, READ_MODEL_SUBSCRIBERS } from '../projections';
import type { EntityClass } from '../runner/projection';
import { POSTGRES_MIGRATIONS } from './migrations/postgres';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

export type ReadModelDatabase =
  { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };

/** The table where each engine records the migrations it ran. */
export const MIGRATIONS_TABLE = 'read_model_migrations';

/**
 * Opens the read-model database and brings its schema up to date with the versioned migrations
 * (libs/read-models/src/database/migrations), each in its own transaction. Given entities other
 * than the registered read models (tests, benchmarks), their tables are created from the entities
 * instead.
 */
export async function openReadModels(
  database: ReadModelDatabase,
  entities: readonly EntityClass[] = READ_MODEL_ENTITIES,
): Promise<DataSource> {
  const registered = entities.every((entity) => READ_MODEL_ENTITIES.includes(entity));
  const schemaOptions = registered ? { synchronize: false } : { synchronize: true };
  if (database.kind === 'sqlite') privateDatabaseFile(database.file);
  const dataSource =
    database.kind === 'sqlite'
      ? new DataSource({
          type: 'better-sqlite3',
          database: database.file,
          entities: registered ? READ_MODEL_ENTITIES : [...entities],
          migrations: [...SQLITE_MIGRATIONS],
          migrationsTableName: MIGRATIONS_TABLE,
          subscribers: [...READ_MODEL_SUBSCRIBERS],
          ...schemaOptions,
          prepareDatabase: (db: { pragma(sql: string): unknown }) => {
            db.pragma('journal_mode = WAL');
            // Read models are rebuilt from the log, and each batch's rows commit with its
            // checkpoint: a power cut may lose the last batches, which are then applied again.
            // So commits need no fsync of their own (WAL with NORMAL never corrupts the file),
            // and a projector catching up does not queue its fsyncs before the event store's.
            db.pragma('synchronous = NORMAL');
            db.pragma('busy_timeout = 10000');
          },
        })
      : new DataSource({
          type: 'postgres',
          url: database.url,
          schema: database.schema,
          // Migrations name tables unqualified: they land in the configured schema.
          extra: database.schema ? { options: `-c search_path=${database.schema}` } : {},
          entities: registered ? READ_MODEL_ENTITIES : [...entities],
          migrations: [...POSTGRES_MIGRATIONS],
          migrationsTableName: MIGRATIONS_TABLE,
          subscribers: [...READ_MODEL_SUBSCRIBERS],
          ...schemaOptions,
        });
  await dataSource.initialize();
  if (registered) await migrate(dataSource, database.kind);
  return dataSource;
}

/** Any fixed number: the key of the PostgreSQL advisory lock that serialises migrations. */
const MIGRATION_LOCK = 7_240_311;

/**
 * Runs the pending migrations, each in its own transaction. Processes starting together on one
 * database (api replicas, the api and a projector) take turns, so none runs a migration another
 * is running: under an advisory lock on PostgreSQL, under an exclusive transaction on a lock file
 * beside the database for SQLite (a lock on the database itself would shut its own migrations
 * out).
 */
async function migrate(dataSource: DataSource, kind: ReadModelDatabase['kind']): Promise<void> {
  if (kind === 'sqlite') {
    const file = (dataSource.options as { database?: unknown }).database;
    await withFileLock(typeof file === 'string' ? file : ':memory:', () =>
      dataSource.runMigrations({ transaction: 'each' }),
    );
    return;
  }
  const holder = dataSource.createQueryRunner();
  await holder.connect();
  try {
    await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await holder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    await holder.release();
  }
}

/** How long a process waits for another one's migrations on SQLite, and how often it looks. */
const SQLITE_MIGRATION_WAIT_MS = 120_000;
const SQLITE_LOCK_POLL_MS = 25;

/**
 * Holds an exclusive transaction on `file`.migrations-lock while `work` runs. Waiting polls
 * rather than blocks, so that two openings in one process (tests, tools) take turns too.
 */
async function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  if (file === ':memory:') return work();
  const lock = new Database(`${file}.migrations-lock`, { timeout: 0 });
  try {
    const deadline = Date.now() + SQLITE_MIGRATION_WAIT_MS;
    for (;;) {
      try {
        lock.exec('BEGIN EXCLUSIVE');
        break;
      } catch (error) {
        // By code, not class: the error need not come from this module's copy of the driver.
        const busy =
          typeof error === 'object' &&
          error !== null &&
          'code' in error &&
          error.code === 'SQLITE_BUSY';
        if (!busy || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, SQLITE_LOCK_POLL_MS));
      }
    }
    try {
      return await work();
    } finally {
      lock.exec('COMMIT');
    }
  } finally {
    lock.close();
  }
}

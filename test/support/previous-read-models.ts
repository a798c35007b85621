import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  MIGRATIONS_TABLE,
  type ReadModelDatabase,
} from '../../libs/read-models/src/database/read-model-data-source';
import { READ_MODEL_ENTITIES } from '../../libs/read-models/src/projections';
import { POSTGRES_MIGRATIONS } from '../../libs/read-models/src/database/migrations/postgres';
import { SQLITE_MIGRATIONS } from '../../libs/read-models/src/database/migrations/sqlite';
import { POSTGRES_TEST_URL, postgresSchema } from './postgres';

/** The engines the upgrade specs run on: PostgreSQL where the test database is configured. */
export const UPGRADE_ENGINES: ('sqlite' | 'postgres')[] = POSTGRES_TEST_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

/** How many migrations ran before the one named (the same count on both engines). */
export function migrationsBefore(name: string): number {
  const index = SQLITE_MIGRATIONS.findIndex((migration) => migration.name.startsWith(name));
  if (index < 0 || POSTGRES_MIGRATIONS[index]?.name !== SQLITE_MIGRATIONS[index]?.name) {
    throw new Error(`no migration ${name} at the same place on both engines`);
  }
  return index;
}

/**
 * `database` opened with its first `count` migrations run (and the read models' entities, for
 * reading it through them): the schema of an earlier version.
 */
async function migratedBy(database: ReadModelDatabase, count: number): Promise<DataSource> {
  const dataSource =
    database.kind === 'sqlite'
      ? new DataSource({
          type: 'better-sqlite3',
          database: database.file,
          entities: READ_MODEL_ENTITIES,
          migrations: SQLITE_MIGRATIONS.slice(0, count),
          migrationsTableName: MIGRATIONS_TABLE,
        })
      : new DataSource({
          type: 'postgres',
          url: database.url,
          extra: database.schema ? { options: `-c search_path=${database.schema}` } : {},
          entities: READ_MODEL_ENTITIES,
          migrations: POSTGRES_MIGRATIONS.slice(0, count),
          migrationsTableName: MIGRATIONS_TABLE,
        });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/**
 * A read-model database migrated by an earlier version (its first `before` migrations), holding
 * `rows` as that version wrote them; what to remove afterwards is pushed onto `cleanups`.
 */
export async function previousVersion(
  engine: 'sqlite' | 'postgres',
  before: number,
  rows: readonly string[],
  cleanups: (() => Promise<void>)[],
): Promise<ReadModelDatabase> {
  let database: ReadModelDatabase;
  if (engine === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'dutyledger-upgrade-'));
    cleanups.push(() => Promise.resolve(rmSync(directory, { recursive: true, force: true })));
    database = { kind: 'sqlite', file: join(directory, 'read-models.db') };
  } else {
    const schema = await postgresSchema();
    cleanups.push(() => schema.drop());
    database = { kind: 'postgres', url: schema.url, schema: schema.name };
  }
  const old = await migratedBy(database, before);
  for (const sql of rows) await old.query(sql);
  await old.destroy();
  return database;
}

/**
 * Opens a database upgraded by the migrations before the one named only: a spec of an earlier
 * migration reads rows that a later one clears on purpose (StoredComplianceRollUps clears the
 * compliance projection's facts for its replay).
 */
export function openReadModelsBefore(
  database: ReadModelDatabase,
  name: string,
): Promise<DataSource> {
  return migratedBy(database, migrationsBefore(name));
}

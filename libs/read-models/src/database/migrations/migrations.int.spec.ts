import { mkdtempSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeReadModels } from '../../../../../test/support/projection-spec';
import { POSTGRES_TEST_URL, postgresSchema } from '../../../../../test/support/postgres';
import { MIGRATIONS_TABLE, openReadModels } from '../read-model-data-source';
import { POSTGRES_MIGRATIONS } from './postgres';
import { SQLITE_MIGRATIONS } from './sqlite';

describeReadModels('read-model migrations', ({ fresh, engine }) => {
  it('create exactly the schema the entities describe', async () => {
    const dataSource = await fresh();
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('are recorded once each, and running them again changes nothing', async () => {
    const dataSource = await fresh();
    const expected = (engine === 'sqlite' ? SQLITE_MIGRATIONS : POSTGRES_MIGRATIONS).length;
    const count = async () => {
      const rows = await dataSource.query<{ n: number | string }[]>(
        `SELECT COUNT(*) AS n FROM ${MIGRATIONS_TABLE}`,
      );
      return Number(rows[0]?.n);
    };
    expect(await count()).toBe(expected);
    expect(await dataSource.runMigrations()).toEqual([]);
    expect(await count()).toBe(expected);
  });
});

const onPostgres = POSTGRES_TEST_URL ? describe : describe.skip;

onPostgres('read-model migrations on PostgreSQL, two processes starting at once', () => {
  it('run once between them, and both open on the migrated schema', async () => {
    const schema = await postgresSchema();
    const database = { kind: 'postgres' as const, url: schema.url, schema: schema.name };
    try {
      const opened = await Promise.all([openReadModels(database), openReadModels(database)]);
      for (const dataSource of opened) {
        expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
      }
      const [first] = opened;
      const rows = await first.query<{ n: string }[]>(
        `SELECT COUNT(*) AS n FROM "${schema.name}".${MIGRATIONS_TABLE}`,
      );
      expect(Number(rows[0]?.n)).toBe(POSTGRES_MIGRATIONS.length);
      for (const dataSource of opened) await dataSource.destroy();
    } finally {
      await schema.drop();
    }
  });
});

describe('read-model migrations on SQLite, several processes on one file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dutyledger-migrate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('wait while another process holds the migration lock, then run on their own', async () => {
    const file = join(dir, 'read-models.db');
    // What another process migrating the same file holds meanwhile.
    const other = new Database(`${file}.migrations-lock`);
    other.exec('BEGIN EXCLUSIVE');
    const opening = openReadModels({ kind: 'sqlite', file });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const peek = new Database(file);
    const whileLocked = peek
      .prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'projection_checkpoints'")
      .get() as { n: number };
    peek.close();
    other.exec('COMMIT');
    other.close();
    const dataSource = await opening;

    expect(whileLocked.n).toBe(0);
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    await dataSource.destroy();
  });

  it('run once between two openings in one process', async () => {
    const database = { kind: 'sqlite' as const, file: join(dir, 'read-models.db') };
    const opened = await Promise.all([openReadModels(database), openReadModels(database)]);
    const [first] = opened;
    const rows = await first.query<{ n: number }[]>(
      `SELECT COUNT(*) AS n FROM ${MIGRATIONS_TABLE}`,
    );

    expect(Number(rows[0]?.n)).toBe(SQLITE_MIGRATIONS.length);
    for (const dataSource of opened) await dataSource.destroy();
  });
});

import { describeReadModels } from '../../../../../test/support/projection-spec';
import { MIGRATIONS_TABLE } from '../read-model-data-source';
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

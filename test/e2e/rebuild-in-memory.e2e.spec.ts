import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TIME_ZONE, calendarFor } from '@dutyledger/domain';
import { SqliteEventStore } from '@dutyledger/event-store';
import { domainCodec } from '@dutyledger/ledger';
import {
  PROJECTIONS,
  ParkedEvent,
  ProjectionCheckpoint,
  type ReadModelDatabase,
  catchUp,
  openReadModels,
  rebuildInMemory,
} from '@dutyledger/read-models';
import type { DataSource, ObjectLiteral } from 'typeorm';
import { demoWorld } from '../support/demo-world';
import { POSTGRES_TEST_URL, type PostgresSchema, postgresSchema } from '../support/postgres';

jest.setTimeout(600_000);

/** Every row of every projection table, the checkpoints and the parked events, as plain JSON. */
async function contents(dataSource: DataSource): Promise<Record<string, string[]>> {
  const plain = (row: ObjectLiteral) =>
    JSON.stringify(
      Object.keys(row)
        .sort()
        .filter((key) => !['id', 'parkedAt', 'error'].includes(key))
        .map((key) => {
          const value: unknown = row[key];
          return [key, typeof value === 'bigint' ? `${value}n` : value];
        }),
    );
  const tables: Record<string, string[]> = {};
  for (const entity of [
    ProjectionCheckpoint,
    ParkedEvent,
    ...PROJECTIONS.flatMap((p) => p.entities),
  ]) {
    const rows = await dataSource.getRepository(entity).find();
    tables[dataSource.getMetadata(entity).tableName] = rows.map(plain).sort();
  }
  return tables;
}

const engines: ('sqlite' | 'postgres')[] = POSTGRES_TEST_URL ? ['sqlite', 'postgres'] : ['sqlite'];

describe.each(engines)('a rebuild in memory of the demo scenario (%s)', (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  async function fresh(file: string): Promise<{ database: ReadModelDatabase; live: DataSource }> {
    let database: ReadModelDatabase = { kind: 'sqlite', file };
    if (engine === 'postgres') {
      const schema: PostgresSchema = await postgresSchema();
      cleanups.push(() => schema.drop());
      database = { kind: 'postgres', url: schema.url, schema: schema.name };
    }
    const live = await openReadModels(database);
    cleanups.push(() => live.destroy());
    return { database, live };
  }

  it('writes the very rows, checkpoints and parked events the runner’s batches write', async () => {
    const world = await demoWorld();
    cleanups.push(() => Promise.resolve(rmSync(world.dataDir, { recursive: true, force: true })));
    const store = SqliteEventStore.open(join(world.dataDir, 'events.db'));
    cleanups.push(() => store.close());
    const upcasters = domainCodec();
    const calendar = calendarFor(DEFAULT_TIME_ZONE);
    const clock = () => new Date('2026-01-01T00:00:00Z');

    const incremental = await fresh(join(world.dataDir, 'incremental.db'));
    for (const projection of PROJECTIONS) {
      await catchUp(
        incremental.live,
        store,
        projection,
        { upcasters, clock, calendar },
        { pageSize: 250 },
      );
    }

    const fast = await fresh(join(world.dataDir, 'fast.db'));
    // Rows a rebuild must replace, not add to.
    for (const projection of PROJECTIONS.slice(0, 2)) {
      await catchUp(fast.live, store, projection, { upcasters, clock, calendar });
    }
    const results = await rebuildInMemory({
      store,
      live: fast.live,
      database: fast.database,
      projections: PROJECTIONS,
      upcasters,
      clock,
      calendar,
      pageSize: 300,
    });

    expect(results.map((result) => result.projection)).toEqual(PROJECTIONS.map((p) => p.name));
    expect(results.reduce((sum, result) => sum + result.events, 0)).toBeGreaterThan(1000);
    const expected = await contents(incremental.live);
    const actual = await contents(fast.live);
    expect(Object.values(expected).flat().length).toBeGreaterThan(1500);
    for (const table of Object.keys(expected)) {
      expect({ table, rows: actual[table] }).toEqual({ table, rows: expected[table] });
    }
  });
});

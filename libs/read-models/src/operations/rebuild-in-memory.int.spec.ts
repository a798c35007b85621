import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TIME_ZONE, calendarFor } from '@dutyledger/domain';
import { type EventStore, SqliteEventStore, UpcasterRegistry } from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import {
  talliesOf,
  tallied,
  tallyProjection,
} from '../../../../test/support/projections/tally.projection';
import { openReadModels } from '../database/read-model-data-source';
import { PROJECTIONS } from '../projections';
import { ParkedEvent } from '../runner/parked-event.entity';
import type { Projection } from '../runner/projection';
import { ProjectionCheckpoint } from '../runner/projection-checkpoint.entity';
import { catchUp } from './catch-up';
import { rebuildInMemory } from './rebuild-in-memory';

jest.setTimeout(60_000);

describe('a rebuild in memory of a projection that fails half-way through some events', () => {
  let dir: string;
  let store: EventStore;
  const opened: DataSource[] = [];
  const tally = tallyProjection('half-written');
  /** Writes its row, then throws for a poisoned event: only a rollback keeps the row clean. */
  const halfWritten: Projection = {
    ...tally,
    async apply(event, manager, context) {
      await tally.apply(event, manager, context);
      if (event.data.poison === true) throw new Error(`poisoned ${String(event.data.n)}`);
    },
  };
  const upcasters = new UpcasterRegistry();
  const clock = () => new Date('2026-01-01T00:00:00Z');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dutyledger-in-memory-'));
    store = SqliteEventStore.open(join(dir, 'events.db'));
  });
  afterEach(async () => {
    for (const source of opened.splice(0)) await source.destroy();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function readModels(name: string) {
    const dataSource = await openReadModels({ kind: 'sqlite', file: join(dir, `${name}.db`) }, [
      ProjectionCheckpoint,
      ParkedEvent,
      tally.entity,
    ]);
    opened.push(dataSource);
    return dataSource;
  }

  const parkedOf = async (dataSource: DataSource) =>
    (await dataSource.getRepository(ParkedEvent).find({ order: { position: 'ASC' } })).map(
      ({ projection, position, eventId, eventType, error }) => ({
        projection,
        position,
        eventId,
        eventType,
        error: error.split('\n')[0],
      }),
    );

  it('parks the events the runner parks and keeps none of what they wrote', async () => {
    for (let n = 1; n <= 120; n++) {
      await store.append(`tally-${n % 4}`, [tallied(n, { poison: n % 17 === 0 })], 'any');
    }
    const incremental = await readModels('incremental');
    await catchUp(
      incremental,
      store,
      halfWritten,
      { upcasters, clock, calendar: calendarFor(DEFAULT_TIME_ZONE) },
      { pageSize: 25 },
    );
    const fast = await readModels('fast');
    const [result] = await rebuildInMemory({
      store,
      live: fast,
      database: { kind: 'sqlite', file: join(dir, 'fast.db') },
      projections: [halfWritten],
      upcasters,
      clock,
    });

    expect(result?.parked).toBe(7);
    expect(await parkedOf(fast)).toEqual(await parkedOf(incremental));
    const rows = await talliesOf(fast.manager, tally);
    expect(rows).toEqual(await talliesOf(incremental.manager, tally));
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(120 - 7);
    const checkpoint = await fast
      .getRepository(ProjectionCheckpoint)
      .findOneBy({ projection: 'half-written' });
    expect(checkpoint?.position).toBe(120n);
  });

  it('writes a table’s rows in primary-key order, not in the order the projection first wrote them', async () => {
    for (const n of [3, 1, 2, 0, 5, 4]) await store.append(`tally-${n}`, [tallied(n)], 'any');
    const fast = await readModels('ordered');
    await rebuildInMemory({
      store,
      live: fast,
      database: { kind: 'sqlite', file: join(dir, 'ordered.db') },
      projections: [tally],
      upcasters,
      clock,
    });

    const table = fast.getMetadata(tally.entity).tableName;
    const stored = await fast.query<{ stream: string }[]>(
      `SELECT stream FROM "${table}" ORDER BY rowid`,
    );
    expect(stored.map((row) => row.stream)).toEqual(
      ['0', '1', '2', '3', '4', '5'].map((n) => `tally-${n}`),
    );
  });

  it('reads from the store only the events of the types its projections handle', async () => {
    for (let n = 1; n <= 30; n++) {
      await store.append(`tally-${n % 3}`, [tallied(n)], 'any');
      await store.append(`other-${n}`, [{ ...tallied(n), type: 'Unrelated' }], 'any');
    }
    const read: string[] = [];
    const readAll = store.readAll.bind(store);
    const counting: EventStore = Object.assign(Object.create(store) as EventStore, {
      readAll: async (...args: Parameters<EventStore['readAll']>) => {
        const events = await readAll(...args);
        if (args[0]?.direction !== 'backwards') read.push(...events.map((event) => event.type));
        return events;
      },
    });
    const fast = await readModels('filtered');
    const [result] = await rebuildInMemory({
      store: counting,
      live: fast,
      database: { kind: 'sqlite', file: join(dir, 'filtered.db') },
      projections: [tally],
      upcasters,
      clock,
      pageSize: 7,
    });

    expect(result).toMatchObject({ events: 30, position: 60n });
    expect(new Set(read)).toEqual(new Set(['Tallied']));
    expect((await talliesOf(fast.manager, tally)).map((row) => row.count)).toEqual([10, 10, 10]);
  });

  it('leaves the live schema as the migrations made it: the indexes dropped for the swap are back', async () => {
    const file = join(dir, 'migrated.db');
    const live = await openReadModels({ kind: 'sqlite', file });
    opened.push(live);
    const schema = () =>
      live.query<{ type: string; name: string; sql: string | null }[]>(
        'SELECT type, name, sql FROM sqlite_master ORDER BY type, name',
      );
    const before = await schema();
    await store.append('tally-1', [tallied(1)], 'any');

    await rebuildInMemory({
      store,
      live,
      database: { kind: 'sqlite', file },
      projections: PROJECTIONS,
      upcasters,
      clock,
    });

    expect(before.filter((entry) => entry.type === 'index').length).toBeGreaterThan(10);
    expect(await schema()).toEqual(before);
  });
});

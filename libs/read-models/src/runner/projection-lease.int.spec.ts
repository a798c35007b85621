import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventStore, SqliteEventStore, UpcasterRegistry } from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import {
  POSTGRES_TEST_URL,
  type PostgresSchema,
  postgresSchema,
} from '../../../../test/support/postgres';
import {
  TALLIED,
  type TallyProjection,
  talliesOf,
  tallyProjection,
} from '../../../../test/support/projections/tally.projection';
import { type ReadModelDatabase, openReadModels } from '../database/read-model-data-source';
import { projectionStatus } from '../operations/projection-status';
import { ParkedEvent } from './parked-event.entity';
import { ProjectionCheckpoint } from './projection-checkpoint.entity';
import { ProjectionLease } from './projection-lease.entity';
import { ProjectionLeases, leaseHolders } from './projection-lease';
import { ProjectionRunner } from './projection-runner';

const engines: ('sqlite' | 'postgres')[] = POSTGRES_TEST_URL ? ['sqlite', 'postgres'] : ['sqlite'];
jest.setTimeout(20_000);

/** Polls `condition` every 20 ms; fails after `timeoutMs`. */
async function eventually(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 8_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(engines)('projection leases (%s read models)', (engine) => {
  let dir: string;
  let store: EventStore;
  let where: ReadModelDatabase;
  const opened: DataSource[] = [];
  const schemas: PostgresSchema[] = [];
  const leases: ProjectionLeases[] = [];
  const runners: ProjectionRunner[] = [];

  beforeEach(async () => {
    appended = 0;
    dir = mkdtempSync(join(tmpdir(), 'dutyledger-lease-'));
    store = SqliteEventStore.open(join(dir, 'events.db'), { pollIntervalMs: 20 });
    if (engine === 'sqlite') {
      where = { kind: 'sqlite', file: join(dir, 'read.db') };
    } else {
      const schema = await postgresSchema();
      schemas.push(schema);
      where = { kind: 'postgres', url: schema.url, schema: schema.name };
    }
  });
  afterEach(async () => {
    for (const runner of runners.splice(0)) await runner.stop();
    for (const lease of leases.splice(0)) await lease.stop();
    for (const source of opened.splice(0)) if (source.isInitialized) await source.destroy();
    for (const schema of schemas.splice(0)) await schema.drop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A connection of its own, as a separate projector process would have. */
  async function connection(projections: readonly TallyProjection[] = []): Promise<DataSource> {
    const dataSource = await openReadModels(where, [
      ProjectionCheckpoint,
      ParkedEvent,
      ProjectionLease,
      ...projections.flatMap((projection) => projection.entities),
    ]);
    opened.push(dataSource);
    return dataSource;
  }

  /** Who holds a live lease on `projection`, by the database's clock. */
  async function holderOf(dataSource: DataSource, projection: string) {
    return (await leaseHolders(dataSource)).get(projection);
  }

  function lease(dataSource: DataSource, names: string[], holder: string, ttlMs = 600) {
    const made = new ProjectionLeases(dataSource, names, {
      holder,
      ttlMs,
      onError: () => undefined,
    });
    leases.push(made);
    return made;
  }

  let appended = 0;
  async function tally(count: number): Promise<bigint> {
    let position = 0n;
    for (let i = 0; i < count; i++) {
      const n = ++appended;
      const metadata = {
        actor: { id: 'test', role: 'ADMIN' },
        correlationId: randomUUID(),
        causationId: randomUUID(),
        occurredAt: '2026-01-01T00:00:00.000Z',
        recordedAt: '2026-01-01T00:00:00.000Z',
      };
      const event = {
        id: randomUUID(),
        type: TALLIED,
        schemaVersion: 1,
        data: { n, amount: n },
        metadata,
      };
      position = (await store.append(`tally-${n % 3}`, [event], 'any')).position;
    }
    return position;
  }

  it('gives each projection to one holder; the other takes it once it is given up', async () => {
    const first = lease(await connection(), ['a', 'b'], 'first');
    const second = lease(await connection(), ['a', 'b'], 'second');
    await first.start();
    await second.start();

    expect([...first.held()].sort()).toEqual(['a', 'b']);
    expect([...second.held()]).toEqual([]);
    await first.stop();
    await eventually(() => second.held().size === 2, 'the second holder to take both');
  });

  it('takes over from a holder that stopped renewing, once its lease expired', async () => {
    const dying = await connection();
    const first = lease(dying, ['a'], 'first');
    const second = lease(await connection(), ['a'], 'second');
    await first.start();
    await second.start();

    // Its connection gone, the first holder can renew nothing: as if its process died.
    await dying.destroy();
    await eventually(() => second.held().has('a'), 'the takeover');

    expect(first.held().size).toBe(0);
  });

  it('runs two runners side by side: each projection applied by one of them, every event once', async () => {
    const one = tallyProjection('one');
    const two = tallyProjection('two');
    const head = await tally(40);
    for (const holder of ['left', 'right']) {
      const dataSource = await connection([one, two]);
      const runner = new ProjectionRunner(store, dataSource, [one, two], {
        upcasters: new UpcasterRegistry(),
        batchSize: 7,
        lease: lease(dataSource, ['one', 'two'], holder),
      });
      runners.push(runner);
      await runner.start();
    }
    const reader = await connection([one, two]);
    const applied = async () => {
      const status = await projectionStatus(reader, store, [one, two]);
      return status.projections.every((p) => p.position === head.toString());
    };
    await eventually(applied, 'both projections to reach the head');

    expect(runners.flatMap((runner) => runner.applying).sort()).toEqual(['one', 'two']);
    const holderOf = (name: string) => (runners[0]?.applying.includes(name) ? 'left' : 'right');
    const status = await projectionStatus(reader, store, [one, two]);
    expect(status.projections.map((p) => p.heldBy)).toEqual(['one', 'two'].map(holderOf));
    for (const projection of [one, two]) {
      const rows = await talliesOf(reader.manager, projection);
      expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(40);
    }
  });

  it('hands the projections over to a standby runner when the active one stops, mid-stream', async () => {
    const counted = tallyProjection('counted');
    const active = await connection([counted]);
    const standby = await connection([counted]);
    const make = (dataSource: DataSource, holder: string) => {
      const runner = new ProjectionRunner(store, dataSource, [counted], {
        upcasters: new UpcasterRegistry(),
        batchSize: 5,
        lease: lease(dataSource, ['counted'], holder),
      });
      runners.push(runner);
      return runner;
    };
    const first = make(active, 'active');
    await first.start();
    const second = make(standby, 'standby');
    await second.start();
    await first.waitFor(await tally(20));
    const whileActive = second.applying;

    await first.stop();
    const head = await tally(20);
    await second.waitFor(head);

    expect(first.applying).toEqual(['counted']);
    expect(whileActive).toEqual([]);
    expect(second.applying).toEqual(['counted']);
    const rows = await talliesOf(standby.manager, counted);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(40);
    expect(rows.find((row) => row.stream === 'tally-1')?.trail).toBe(
      '1,4,7,10,13,16,19,22,25,28,31,34,37,40',
    );
  });

  it('gives the leases up at once when its runner fails, so another process need not wait', async () => {
    const counted = tallyProjection('failing');
    const dataSource = await connection([counted]);
    const failed = new Promise<unknown>((resolve) => {
      const runner = new ProjectionRunner(store, dataSource, [counted], {
        upcasters: new UpcasterRegistry(),
        lease: lease(dataSource, ['failing'], 'failing-holder', 60_000),
        onError: resolve,
      });
      runners.push(runner);
      void runner.start();
    });
    await eventually(
      async () => (await holderOf(dataSource, 'failing')) === 'failing-holder',
      'the lease',
    );

    // The event store goes away under the runner: it cannot go on.
    await store.close();
    await failed;

    expect(await holderOf(dataSource, 'failing')).toBeUndefined();
    store = SqliteEventStore.open(join(dir, 'events.db'));
  });
});

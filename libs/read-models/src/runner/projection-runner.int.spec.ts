import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calendarFor } from '@dutyledger/domain';
import {
  type EventStore,
  LOG_START,
  SqliteEventStore,
  UpcasterRegistry,
} from '@dutyledger/event-store';
import Database from 'better-sqlite3';
import { type DataSource, QueryFailedError } from 'typeorm';
import {
  POSTGRES_TEST_URL,
  type PostgresSchema,
  postgresSchema,
} from '../../../../test/support/postgres';
import { monthProjection } from '../../../../test/support/projections/month.projection';
import {
  TALLIED,
  type TallyProjection,
  talliesOf,
  tallyProjection,
} from '../../../../test/support/projections/tally.projection';
import { type ReadModelDatabase, openReadModels } from '../database/read-model-data-source';
import { projectionStatus } from '../operations/projection-status';
import { listParked, retryParked } from '../operations/parked-events';
import { rebuildProjection } from '../operations/rebuild';
import { verifyProjection } from '../operations/verify';
import { type CrashPoint, SimulatedCrash } from './apply-batch';
import { setCheckpoint } from './checkpoints';
import { ParkedEvent } from './parked-event.entity';
import type { Projection } from './projection';
import { ProjectionCheckpoint } from './projection-checkpoint.entity';
import { ProjectionRunner, type ProjectionRunnerOptions } from './projection-runner';

/** A seeded generator, so a failing run can be repeated exactly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const engines: ('sqlite' | 'postgres')[] = POSTGRES_TEST_URL ? ['sqlite', 'postgres'] : ['sqlite'];

jest.setTimeout(20_000);

describe.each(engines)('projection runner (%s read models)', (engine) => {
  let dir: string;
  let store: EventStore;
  const opened: DataSource[] = [];
  const schemas: PostgresSchema[] = [];
  let appended = 0;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dutyledger-runner-'));
    store = SqliteEventStore.open(join(dir, 'events.db'), { pollIntervalMs: 20 });
    appended = 0;
  });

  afterEach(async () => {
    for (const source of opened.splice(0)) if (source.isInitialized) await source.destroy();
    for (const schema of schemas.splice(0)) await schema.drop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function database(name: string): Promise<ReadModelDatabase> {
    if (engine === 'sqlite') return { kind: 'sqlite', file: join(dir, `${name}.db`) };
    const schema = await postgresSchema();
    schemas.push(schema);
    return { kind: 'postgres', url: schema.url, schema: schema.name };
  }

  async function readModels(
    projections: readonly Projection[],
    name = `read-${randomUUID().slice(0, 8)}`,
  ): Promise<{ dataSource: DataSource; database: ReadModelDatabase }> {
    const where = await database(name);
    const dataSource = await openReadModels(where, [
      ProjectionCheckpoint,
      ParkedEvent,
      ...projections.flatMap((projection) => projection.entities),
    ]);
    opened.push(dataSource);
    return { dataSource, database: where };
  }

  /** Appends `count` events (Tallied unless told) over `streams` streams; answers the last position. */
  async function tally(
    count: number,
    options: { streams?: number; poison?: number[]; type?: string; occurredAt?: string } = {},
  ) {
    let position = 0n;
    for (let index = 0; index < count; index++) {
      const n = ++appended;
      const result = await store.append(
        `tally-${n % (options.streams ?? 5)}`,
        [
          {
            id: randomUUID(),
            type: options.type ?? TALLIED,
            schemaVersion: 1,
            data: { n, amount: n * 3, poison: options.poison?.includes(n) ?? false },
            metadata: {
              actor: { id: 'test', role: 'ADMIN' },
              correlationId: randomUUID(),
              causationId: randomUUID(),
              occurredAt: options.occurredAt ?? '2026-01-01T00:00:00.000Z',
              recordedAt: '2026-01-01T00:00:00.000Z',
            },
          },
        ],
        'any',
      );
      position = result.position;
    }
    return position;
  }

  function runner(
    dataSource: DataSource,
    projections: readonly Projection[],
    options: ProjectionRunnerOptions = {},
  ): ProjectionRunner {
    return new ProjectionRunner(store, dataSource, projections, {
      upcasters: new UpcasterRegistry(),
      ...options,
    });
  }

  async function checkpointOf(dataSource: DataSource, projection: string) {
    const row = await dataSource.getRepository(ProjectionCheckpoint).findOneBy({ projection });
    return row?.position;
  }

  /** The read model as a fresh runner builds it from position zero. */
  async function fromScratch(projection: TallyProjection) {
    const twin = tallyProjection(projection.name);
    const { dataSource } = await readModels([twin]);
    const fresh = runner(dataSource, [twin]);
    const [head] = await store.readAll({ direction: 'backwards', maxCount: 1 });
    await fresh.start();
    await fresh.waitFor(head?.position ?? 0n);
    await fresh.stop();
    return talliesOf(dataSource.manager, twin);
  }

  it('applies every event once and in order, several per transaction, with its checkpoint', async () => {
    const projection = tallyProjection('counts');
    const { dataSource } = await readModels([projection]);
    const head = await tally(100);
    const batches: number[] = [];
    const running = runner(dataSource, [projection], {
      batchSize: 7,
      faults: {
        at: (point, _name, batch) => void (point === 'after-commit' && batches.push(batch.length)),
      },
    });
    await running.start();
    await running.waitFor(head);
    await running.stop();
    const rows = await talliesOf(dataSource.manager, projection);
    expect(rows.map((row) => row.count)).toEqual([20, 20, 20, 20, 20]);
    expect(rows[1]?.trail).toBe('1,6,11,16,21,26,31,36,41,46,51,56,61,66,71,76,81,86,91,96');
    expect(await checkpointOf(dataSource, 'counts')).toBe(head);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(100);
    expect(Math.max(...batches)).toBeGreaterThan(1);
    expect(Math.max(...batches)).toBeLessThanOrEqual(7);
  });

  it('moves every checkpoint past the events its projection does not read, up to the head', async () => {
    const tallies = tallyProjection('tallies');
    const counts = tallyProjection('counts-only', { eventTypes: ['Counted'] });
    const { dataSource, database: where } = await readModels([tallies, counts]);
    await tally(5);
    await tally(3, { type: 'Counted' });
    const lastTallied = await tally(4);
    // The tail of the log is read by no projection: the runner's subscription never sees it.
    const head = await tally(3, { type: 'Unrelated' });
    const running = runner(dataSource, [tallies, counts], { batchSize: 4 });
    await running.start();
    await running.waitFor(head);
    expect(await checkpointOf(dataSource, 'tallies')).toBe(head);
    expect(await checkpointOf(dataSource, 'counts-only')).toBe(head);
    const status = await projectionStatus(dataSource, store, [tallies, counts]);
    expect(status.projections.map((p) => [p.name, p.position, p.caughtUp])).toEqual([
      ['tallies', head.toString(), true],
      ['counts-only', head.toString(), true],
    ]);
    expect(lastTallied).toBeLessThan(head);

    const later = await tally(2, { type: 'Counted' });
    await running.waitFor(later);
    await running.stop();
    expect(await checkpointOf(dataSource, 'tallies')).toBe(later);
    const verified = await verifyProjection({
      store,
      live: dataSource,
      database: where,
      projection: tallies,
      upcasters: new UpcasterRegistry(),
    });
    expect(verified).toMatchObject({ position: later, differences: [] });
    const counted = await talliesOf(dataSource.manager, counts);
    expect(counted.reduce((sum, row) => sum + row.count, 0)).toBe(5);
  });

  it('parks a poison event with its error while the other projections reach the end', async () => {
    const poisoned = tallyProjection('poisoned', { poisonous: () => true });
    const healthy = tallyProjection('healthy');
    const { dataSource } = await readModels([poisoned, healthy]);
    const head = await tally(50, { poison: [17] });
    const running = runner(dataSource, [poisoned, healthy], { batchSize: 10 });
    await running.start();
    await running.waitFor(head);
    await running.stop();

    const parked = await listParked(dataSource);
    expect(parked).toHaveLength(1);
    expect(parked[0]).toMatchObject({ projection: 'poisoned', eventType: TALLIED });
    expect(parked[0]?.error).toContain('cannot tally poisoned event');
    const [poisonEvent] = (await store.readAll({})).filter((event) => event.data.n === 17);
    expect(parked[0]?.eventId).toBe(poisonEvent?.id);

    const counted = (rows: { count: number }[]) => rows.reduce((sum, row) => sum + row.count, 0);
    expect(counted(await talliesOf(dataSource.manager, poisoned))).toBe(49);
    expect(counted(await talliesOf(dataSource.manager, healthy))).toBe(50);
    expect(await checkpointOf(dataSource, 'poisoned')).toBe(head);
    expect(await checkpointOf(dataSource, 'healthy')).toBe(head);

    const status = await projectionStatus(dataSource, store, [poisoned, healthy]);
    expect(status).toEqual({
      headPosition: head.toString(),
      projections: [
        {
          name: 'poisoned',
          position: head.toString(),
          lag: 0,
          lagAtLeast: false,
          parked: 1,
          caughtUp: true,
          heldBy: null,
        },
        {
          name: 'healthy',
          position: head.toString(),
          lag: 0,
          lagAtLeast: false,
          parked: 0,
          caughtUp: true,
          heldBy: null,
        },
      ],
    });
  });

  /** The projection, failing its first `failures` applies with `error()`; counts every apply. */
  function failingFirst(projection: TallyProjection, failures: number, error: () => Error) {
    const calls = { count: 0 };
    const failing: Projection = {
      ...projection,
      async apply(event, manager, context) {
        calls.count += 1;
        if (calls.count <= failures) throw error();
        await projection.apply(event, manager, context);
      },
    };
    return { failing, calls };
  }

  const busy = () =>
    new QueryFailedError(
      'UPDATE',
      [],
      new Database.SqliteError('database is locked', 'SQLITE_BUSY'),
    );
  const fast = { attempts: 3, firstDelayMs: 1, maxDelayMs: 4 };

  it('tries a batch again when the database was busy, and parks nothing', async () => {
    const projection = tallyProjection('busy');
    const { failing, calls } = failingFirst(projection, 2, busy);
    const { dataSource } = await readModels([projection]);
    const head = await tally(10);
    const running = runner(dataSource, [failing], { batchSize: 10, retry: fast });
    await running.start();
    await running.waitFor(head);
    await running.stop();
    expect(await listParked(dataSource)).toEqual([]);
    expect(await talliesOf(dataSource.manager, projection)).toEqual(await fromScratch(projection));
    expect(calls.count).toBeGreaterThan(10);
  });

  it('waits out a database that stays unreachable beyond the retries, then goes on where it was', async () => {
    const projection = tallyProjection('outage');
    const lost = () => new Error('Connection terminated unexpectedly');
    const { failing } = failingFirst(projection, 12, lost);
    const { dataSource } = await readModels([projection]);
    const head = await tally(6);
    const outages: unknown[] = [];
    const running = runner(dataSource, [failing], {
      retry: fast,
      onTransientFailure: (error) => outages.push(error),
    });
    await running.start();
    await running.waitFor(head);
    await running.stop();
    expect(outages.length).toBeGreaterThan(0);
    expect(await listParked(dataSource)).toEqual([]);
    expect(await checkpointOf(dataSource, 'outage')).toBe(head);
    expect(await talliesOf(dataSource.manager, projection)).toEqual(await fromScratch(projection));
  });

  it('parks a poison event at once, without retrying it', async () => {
    const projection = tallyProjection('poison-once', { poisonous: () => true });
    const applied: number[] = [];
    const counting: Projection = {
      ...projection,
      async apply(event, manager, context) {
        applied.push(Number(event.data.n));
        await projection.apply(event, manager, context);
      },
    };
    const { dataSource } = await readModels([projection]);
    const head = await tally(5, { poison: [appended + 3] });
    const running = runner(dataSource, [counting], { batchSize: 5, retry: fast });
    await running.start();
    await running.waitFor(head);
    await running.stop();
    expect(await listParked(dataSource)).toHaveLength(1);
    // Once in the batch, once on its own: then parked.
    expect(applied.filter((n) => n === appended - 2)).toHaveLength(2);
  });

  it('retries a parked event: it stays parked while failing, and leaves once applied', async () => {
    let broken = true;
    const projection = tallyProjection('flaky', { poisonous: () => broken });
    const { dataSource } = await readModels([projection]);
    const head = await tally(10, { poison: [4], streams: 1 });
    const running = runner(dataSource, [projection]);
    await running.start();
    await running.waitFor(head);
    await running.stop();
    const [parked] = await listParked(dataSource, { projection: 'flaky' });
    const id = parked?.id ?? -1;

    const again = await retryParked(dataSource, store, [projection], new UpcasterRegistry(), id);
    expect(again).toMatchObject({ parkedId: id, outcome: 'FAILED_AGAIN' });
    expect(await listParked(dataSource)).toHaveLength(1);

    broken = false;
    const applied = await retryParked(dataSource, store, [projection], new UpcasterRegistry(), id);
    expect(applied).toEqual({ parkedId: id, outcome: 'APPLIED' });
    expect(await listParked(dataSource)).toHaveLength(0);
    const [row] = await talliesOf(dataSource.manager, projection);
    expect(row?.count).toBe(10);
    expect(row?.trail).toBe('1,2,3,5,6,7,8,9,10,4');
  });

  it('reports lag behind the store while a projection is not running', async () => {
    const projection = tallyProjection('idle');
    const { dataSource } = await readModels([projection]);
    const head = await tally(30);
    const status = await projectionStatus(dataSource, store, [projection]);
    expect(status).toEqual({
      headPosition: head.toString(),
      projections: [
        {
          name: 'idle',
          position: '0',
          lag: 30,
          lagAtLeast: false,
          parked: 0,
          caughtUp: false,
          heldBy: null,
        },
      ],
    });
  });

  it('finishes the batch in flight when stopped, and resumes after it', async () => {
    const projection = tallyProjection('graceful');
    let entered: () => void = () => undefined;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: Projection = {
      ...projection,
      async apply(event, manager, context) {
        entered();
        await gate;
        await projection.apply(event, manager, context);
      },
    };
    const { dataSource } = await readModels([projection]);
    const head = await tally(40);
    const running = runner(dataSource, [slow], { batchSize: 15 });
    await running.start();
    await inside;
    const stopped = running.stop();
    release();
    await stopped;
    expect(await checkpointOf(dataSource, 'graceful')).toBe(15n);
    const rows = await talliesOf(dataSource.manager, projection);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(15);

    const resumed = runner(dataSource, [projection]);
    await resumed.start();
    await resumed.waitFor(head);
    await resumed.stop();
    expect(await talliesOf(dataSource.manager, projection)).toEqual(await fromScratch(projection));
  });

  it('stopped at 60 random points between a batch write and the next batch, ends identical to a rebuild', async () => {
    const next = random(0x5eed2026);
    const projection = tallyProjection('crashing');
    const { dataSource } = await readModels([projection]);
    await tally(150);
    let crashes = 0;
    for (let round = 0; crashes < 60 && round < 500; round++) {
      const point: CrashPoint = next() < 0.5 ? 'before-commit' : 'after-commit';
      let countdown = Math.floor(next() * 3);
      let crash: (error: unknown) => void = () => undefined;
      const crashed = new Promise<unknown>((resolve) => (crash = resolve));
      const running = runner(dataSource, [projection], {
        batchSize: 1 + Math.floor(next() * 12),
        onError: crash,
        faults: {
          at: (where) => {
            if (where === point && countdown-- === 0) throw new SimulatedCrash(where);
          },
        },
      });
      await running.start();
      // Writers keep appending while the projector crashes and restarts.
      const head = await tally(2 + Math.floor(next() * 10));
      const outcome = await Promise.race([crashed, running.waitFor(head).then(() => 'caught up')]);
      if (outcome === 'caught up') {
        await running.stop();
      } else {
        expect(outcome).toBeInstanceOf(SimulatedCrash);
        crashes++;
      }
    }
    expect(crashes).toBe(60);
    const [head] = await store.readAll({ direction: 'backwards', maxCount: 1 });
    const last = runner(dataSource, [projection]);
    await last.start();
    await last.waitFor(head?.position ?? 0n);
    await last.stop();
    const rows = await talliesOf(dataSource.manager, projection);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(appended);
    expect(rows).toEqual(await fromScratch(projection));
    expect(await listParked(dataSource)).toHaveLength(0);
  }, 120_000);

  it('resumes from the stored checkpoint when it moved under a running runner', async () => {
    const projection = tallyProjection('moved');
    const { dataSource } = await readModels([projection]);
    const first = await tally(20);
    const running = runner(dataSource, [projection]);
    await running.start();
    await running.waitFor(first);
    // What a rebuild swapping in an empty read model at position zero would leave behind.
    await dataSource.transaction(async (manager) => {
      await manager.getRepository(projection.entity).clear();
      await setCheckpoint(manager, 'moved', LOG_START);
    });
    const head = await tally(5);
    await running.waitFor(head);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await running.stop();
    expect(await checkpointOf(dataSource, 'moved')).toBe(head);
    expect(await talliesOf(dataSource.manager, projection)).toEqual(await fromScratch(projection));
  });

  it('verify names the rows that differ from a rebuild; rebuild swaps correct ones in while the runner runs', async () => {
    const projection = tallyProjection('audited');
    const { dataSource, database: where } = await readModels([projection]);
    const head = await tally(60);
    const running = runner(dataSource, [projection]);
    await running.start();
    await running.waitFor(head);
    const job = {
      store,
      live: dataSource,
      database: where,
      projection,
      upcasters: new UpcasterRegistry(),
    };
    expect((await verifyProjection(job)).differences).toEqual([]);

    await dataSource.getRepository(projection.entity).update({ stream: 'tally-2' }, { total: 999 });
    const verified = await verifyProjection(job);
    expect(verified.differences).toEqual([
      expect.objectContaining({
        table: 'tally_audited',
        key: JSON.stringify(['tally-2']),
        live: expect.objectContaining({ total: 999 }) as unknown,
        rebuilt: expect.objectContaining({ stream: 'tally-2', count: 12 }) as unknown,
      }),
    ]);

    const progress: bigint[] = [];
    const rebuilt = await rebuildProjection({
      ...job,
      onProgress: (p) => progress.push(p.position),
    });
    expect(rebuilt).toMatchObject({ projection: 'audited', events: 60, position: head, parked: 0 });
    expect(progress.length).toBeGreaterThan(0);
    expect((await verifyProjection(job)).differences).toEqual([]);

    const later = await tally(10);
    await running.waitFor(later);
    await running.stop();
    expect(await talliesOf(dataSource.manager, projection)).toEqual(await fromScratch(projection));
  }, 30_000);

  it('hands the jurisdiction’s calendar to batches, to events applied alone, to a rebuild, a verification and a retry', async () => {
    const beijing = calendarFor('Asia/Shanghai');
    const utc = calendarFor('UTC');
    let broken = true;
    const projection = monthProjection('months', { poisonous: () => broken });
    const { dataSource, database: where } = await readModels([projection]);
    // 07:00 on 1 September in Beijing is still 31 August in UTC.
    const head = await tally(12, { poison: [5], occurredAt: '2026-08-31T23:00:00.000Z' });
    const running = runner(dataSource, [projection], { batchSize: 4, calendar: beijing });
    await running.start();
    await running.waitFor(head);
    await running.stop();
    const months = async () =>
      (await dataSource.getRepository(projection.entity).find()).map((row) => row.month as string);
    expect(new Set(await months())).toEqual(new Set(['2026-09']));
    expect(await months()).toHaveLength(11);

    broken = false;
    const [parked] = await listParked(dataSource, { projection: 'months' });
    const upcasters = new UpcasterRegistry();
    const retried = await retryParked(
      dataSource,
      store,
      [projection],
      upcasters,
      parked?.id ?? -1,
      beijing,
    );
    expect(retried.outcome).toBe('APPLIED');
    expect(await months()).toEqual(Array.from({ length: 12 }, () => '2026-09'));

    const job = { store, live: dataSource, database: where, projection, upcasters };
    expect((await verifyProjection({ ...job, calendar: beijing })).differences).toEqual([]);
    expect((await verifyProjection({ ...job, calendar: utc })).differences).toHaveLength(12);
    await rebuildProjection({ ...job, calendar: utc });
    expect(new Set(await months())).toEqual(new Set(['2026-08']));
  });
});

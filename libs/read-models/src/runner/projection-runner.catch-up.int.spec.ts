import { mkdtempSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type EventStore,
  SqliteEventStore,
  type SubscribeToAllOptions,
  UpcasterRegistry,
} from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import {
  tallied,
  talliesOf,
  tallyProjection,
} from '../../../../test/support/projections/tally.projection';
import { openReadModels } from '../database/read-model-data-source';
import { ParkedEvent } from './parked-event.entity';
import type { Projection } from './projection';
import { ProjectionCheckpoint } from './projection-checkpoint.entity';
import { ProjectionRunner, type ProjectionRunnerOptions } from './projection-runner';

jest.setTimeout(60_000);

/** The runner's catch-up on a SQLite read model, where every write is synchronous underneath. */
describe('projection runner catching up', () => {
  let dir: string;
  let store: EventStore;
  let dataSource: DataSource;
  let appended = 0;
  const projection = tallyProjection('catching-up');

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dutyledger-catch-up-'));
    store = SqliteEventStore.open(join(dir, 'events.db'), { pollIntervalMs: 20 });
    dataSource = await openReadModels({ kind: 'sqlite', file: join(dir, 'read.db') }, [
      ProjectionCheckpoint,
      ParkedEvent,
      projection.entity,
    ]);
    appended = 0;
  });

  afterEach(async () => {
    await dataSource.destroy();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Appends `count` events in appends of 500; answers the last position. */
  async function append(count: number): Promise<bigint> {
    let position = 0n;
    while (count > 0) {
      const size = Math.min(500, count);
      const events = Array.from({ length: size }, () => {
        appended++;
        return tallied(appended, { amount: appended * 3 });
      });
      position = (await store.append(`tally-${appended % 7}`, events, 'any')).position;
      count -= size;
    }
    return position;
  }

  function runner(projections: readonly Projection[], from: EventStore = store) {
    return new ProjectionRunner(from, dataSource, projections, {
      upcasters: new UpcasterRegistry(),
      batchSize: 50,
    });
  }

  /** A runner in batches of 50 that records how many events each committed transaction applied. */
  function countingTransactions(
    projections: readonly Projection[],
    options: Pick<
      ProjectionRunnerOptions,
      'transactionBudgetMs' | 'now' | 'beforeTransaction'
    > = {},
  ) {
    const transactions: number[] = [];
    const counting = new ProjectionRunner(store, dataSource, projections, {
      upcasters: new UpcasterRegistry(),
      batchSize: 50,
      ...options,
      faults: {
        at: (point, _name, batch) =>
          void (point === 'after-commit' && transactions.push(batch.length)),
      },
    });
    return { runner: counting, transactions };
  }

  it('answers a request that arrives while it catches up, long before the head', async () => {
    const head = await append(1_500);
    const server: Server = createServer((_request, response) => response.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const running = runner([projection]);
    try {
      await running.start();
      const answer = await fetch(`http://127.0.0.1:${port}/`);
      const reachedWhenAnswered = running.position;
      expect(await answer.text()).toBe('ok');
      // Answered while the catch-up was still going: the batches leave the network its turn.
      expect(reachedWhenAnswered).toBeLessThan(head);
      await running.waitFor(head);
      const rows = await talliesOf(dataSource.manager, projection);
      expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(1_500);
    } finally {
      await running.stop();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('with a transaction budget, starts from one event, applies a slow projection in smaller transactions and a fast one in whole batches again', async () => {
    const head = await append(1_500);
    // A clock that moves only as events are applied: `costMs` per event.
    let clockMs = 0;
    let costMs = 1;
    const timed: Projection = {
      ...projection,
      apply: async (event, manager, context) => {
        clockMs += costMs;
        await projection.apply(event, manager, context);
      },
    };
    const { runner: budgeted, transactions } = countingTransactions([timed], {
      transactionBudgetMs: 10,
      now: () => clockMs,
    });
    await budgeted.start();
    try {
      await budgeted.waitFor(head);
      // The first transaction applies one event (a cold process's first ones are its slowest):
      // 1 ms, under half the budget, so the next doubles, until 8 events take 8 ms; no transaction
      // ever holds more than the budget's worth, 10 events.
      expect(transactions.slice(0, 5)).toEqual([1, 2, 4, 8, 8]);
      expect(transactions.every((size) => size <= 10)).toBe(true);
      expect(transactions.filter((size) => size === 8).length).toBeGreaterThan(100);
      expect(transactions.reduce((sum, size) => sum + size, 0)).toBe(1_500);

      costMs = 0.1;
      transactions.length = 0;
      await budgeted.waitFor(await append(1_000));
      // 8 events in 0.8 ms: the slices double up to the batch size.
      expect(transactions.slice(0, 2)).toEqual([8, 16]);
      expect(transactions.every((size) => size <= 50)).toBe(true);
      expect(transactions).toContain(50);
      const rows = await talliesOf(dataSource.manager, projection);
      expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(2_500);
    } finally {
      await budgeted.stop();
    }
  });

  it('begins no transaction while its beforeTransaction wait holds, and goes on once it lets go', async () => {
    const head = await append(200);
    let letGo: () => void = () => undefined;
    let holding = true;
    const waits: boolean[] = [];
    const { runner: paced, transactions } = countingTransactions([projection], {
      beforeTransaction: () => {
        waits.push(holding);
        return holding ? new Promise<void>((resolve) => (letGo = resolve)) : Promise.resolve();
      },
    });
    await paced.start();
    try {
      // A turn of the loop after another: the runner has read its batch and waits.
      for (let turn = 0; turn < 20 && waits.length === 0; turn++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect({ waits: waits.length, transactions }).toEqual({ waits: 1, transactions: [] });
      holding = false;
      letGo();
      await paced.waitFor(head);
      expect(transactions).toEqual([50, 50, 50, 50]);
      // One wait before each transaction, the first of them the one held.
      expect(waits).toEqual([true, false, false, false]);
    } finally {
      await paced.stop();
    }
  });

  it('without a transaction budget, applies each batch in one transaction per projection', async () => {
    const head = await append(500);
    const { runner: whole, transactions } = countingTransactions([projection]);
    await whole.start();
    try {
      await whole.waitFor(head);
      expect(transactions).toEqual(Array.from({ length: 10 }, () => 50));
    } finally {
      await whole.stop();
    }
  });

  it('resumes from the stored checkpoints after a restart: nothing before them is read again', async () => {
    const first = await append(300);
    const initial = runner([projection]);
    await initial.start();
    await initial.waitFor(first);
    await initial.stop();
    const then = await talliesOf(dataSource.manager, projection);

    const last = await append(20);
    const subscribedFrom: SubscribeToAllOptions['from'][] = [];
    const delivered: bigint[] = [];
    const watched: EventStore = Object.assign(Object.create(store) as EventStore, {
      subscribeToAll: (options: SubscribeToAllOptions) => {
        subscribedFrom.push(options.from);
        return store.subscribeToAll(options);
      },
    });
    const counting: Projection = {
      ...projection,
      apply: async (event, manager, context) => {
        delivered.push(event.position);
        await projection.apply(event, manager, context);
      },
    };
    const restarted = runner([counting], watched);
    await restarted.start();
    await restarted.waitFor(last);
    await restarted.stop();

    expect(subscribedFrom).toEqual([{ commit: first, prepare: first }]);
    expect(delivered).toHaveLength(20);
    expect(delivered.every((position) => position > first)).toBe(true);
    const rows = await talliesOf(dataSource.manager, projection);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(320);
    expect(then.reduce((sum, row) => sum + row.count, 0)).toBe(300);
  });
});

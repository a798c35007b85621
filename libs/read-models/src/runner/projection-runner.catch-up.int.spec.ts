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
import { ProjectionRunner } from './projection-runner';

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

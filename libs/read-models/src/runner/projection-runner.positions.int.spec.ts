import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  connectEventStoreDb,
  type EventStore,
  LOG_START,
  logPositionOf,
  type RecordedEvent,
  UpcasterRegistry,
} from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import { start, type RunningEsdbEmulator } from '../../../../test/support/esdb-emulator';
import {
  tallied,
  talliesOf,
  tallyProjection,
} from '../../../../test/support/projections/tally.projection';
import { openReadModels } from '../database/read-model-data-source';
import { listParked, retryParked } from '../operations/parked-events';
import { projectionStatus } from '../operations/projection-status';
import { SimulatedCrash } from './apply-batch';
import { ParkedEvent } from './parked-event.entity';
import { ProjectionCheckpoint } from './projection-checkpoint.entity';
import { ProjectionRunner } from './projection-runner';

/**
 * On a log written with commit records, the six events of one append share a commit position:
 * a checkpoint between two of them must keep the prepare position too, or the runner resumes
 * after the whole transaction.
 */
describe('projection runner on EventStoreDB events committed together (commit != prepare)', () => {
  let emulator: RunningEsdbEmulator;
  let store: EventStore;
  let dir: string;
  let dataSource: DataSource;

  beforeEach(async () => {
    emulator = await start({ commitRecords: true });
    store = await connectEventStoreDb(emulator.connectionString);
    dir = mkdtempSync(join(tmpdir(), 'dutyledger-positions-'));
  });
  afterEach(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await store.close();
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = async (projection: ReturnType<typeof tallyProjection>) => {
    dataSource = await openReadModels({ kind: 'sqlite', file: join(dir, 'read.db') }, [
      ProjectionCheckpoint,
      ParkedEvent,
      projection.entity,
    ]);
  };
  /** Until the projection's checkpoint is the full position of `event`: waitFor takes a commit. */
  const appliedThrough = async (projection: string, event: RecordedEvent | undefined) => {
    const target = event ? logPositionOf(event) : LOG_START;
    for (let attempt = 0; attempt < 200; attempt++) {
      const row = await dataSource.getRepository(ProjectionCheckpoint).findOneBy({ projection });
      if (row?.position === target.commit && row?.preparePosition === target.prepare) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`${projection} never reached ${target.commit}/${target.prepare}`);
  };
  const runner = (projection: ReturnType<typeof tallyProjection>, crashAfterFirst: boolean) => {
    let crashed: (error: unknown) => void = () => undefined;
    const crash = new Promise<unknown>((resolve) => (crashed = resolve));
    const running = new ProjectionRunner(store, dataSource, [projection], {
      upcasters: new UpcasterRegistry(),
      batchSize: 2,
      onError: crashed,
      faults: crashAfterFirst
        ? {
            at: (point) => {
              if (point === 'after-commit') throw new SimulatedCrash(point);
            },
          }
        : undefined,
    });
    return { running, crash };
  };

  it('stopped between two events of one transaction, resumes with the rest of it', async () => {
    const projection = tallyProjection('tx');
    await open(projection);
    const result = await store.append(
      'tally-1',
      [1, 2, 3, 4, 5, 6].map((n) => tallied(n)),
      'no_stream',
    );

    const first = runner(projection, true);
    await first.running.start();
    expect(await first.crash).toBeInstanceOf(SimulatedCrash);
    await first.running.stop();
    const checkpoint = await dataSource
      .getRepository(ProjectionCheckpoint)
      .findOneBy({ projection: 'tx' });
    const second = runner(projection, false);
    await second.running.start();
    await appliedThrough('tx', (await store.readStream('tally-1')).at(-1));
    await second.running.stop();

    expect(checkpoint?.position).toBe(result.position);
    expect(checkpoint?.preparePosition).toBeLessThan(result.position);
    const [row] = await talliesOf(dataSource.manager, projection);
    expect(row).toMatchObject({ count: 6, trail: '1,2,3,4,5,6' });
  });

  it('retries a parked event of a transaction, and counts the lag inside one', async () => {
    let broken = true;
    const projection = tallyProjection('parked', { poisonous: () => broken });
    await open(projection);
    await store.append(
      'tally-2',
      [tallied(1), tallied(2, { poison: true }), tallied(3)],
      'no_stream',
    );
    const { running } = runner(projection, false);
    await running.start();
    await appliedThrough('parked', (await store.readStream('tally-2')).at(-1));
    await running.stop();

    const [parked] = await listParked(dataSource);
    broken = false;
    const retried = await retryParked(
      dataSource,
      store,
      [projection],
      new UpcasterRegistry(),
      parked?.id ?? -1,
    );
    const status = await projectionStatus(dataSource, store, [projection]);

    expect(parked?.preparePosition).toBeLessThan(parked?.position ?? 0n);
    expect(retried).toMatchObject({ outcome: 'APPLIED' });
    expect(status.projections[0]).toMatchObject({ lag: 0, caughtUp: true });
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '@dutyledger/event-store';
import { domainCodec } from '@dutyledger/ledger';
import { EVENT_STORE } from '@dutyledger/wiring';
import {
  PROJECTIONS,
  type ProjectionStatusReport,
  type ReadModelDatabase,
  openReadModels,
  verifyProjection,
} from '@dutyledger/read-models';
import { startCommandLoad } from '../support/command-load';
import { call } from '../support/http';
import { POSTGRES_TEST_URL, type PostgresSchema, postgresSchema } from '../support/postgres';
import {
  type Build,
  type Child,
  sharedBuild,
  pidOf,
  startChild,
  until,
} from '../support/processes';
import { type RunningApp, startApp } from '../support/running-app';

const engines: ('sqlite' | 'postgres')[] = POSTGRES_TEST_URL ? ['sqlite', 'postgres'] : ['sqlite'];
/** Three kills on SQLite; two on PostgreSQL, whose leases the same code handles. */
const KILLS = { sqlite: 3, postgres: 2 } as const;
/** Short leases keep the test quick; `npm run bench:failover` measures the default. */
const LEASE_MS = '900';

jest.setTimeout(240_000);

/**
 * What `projections verify` does, for every projection: rebuild aside, compare row by row.
 * Answers `name: count of differing rows`.
 */
async function differencesFromRebuild(running: RunningApp, schema: PostgresSchema | undefined) {
  const database: ReadModelDatabase = schema
    ? { kind: 'postgres', url: schema.url, schema: schema.name }
    : running.config.readModels;
  const store = running.app.get<EventStore>(EVENT_STORE);
  const live = await openReadModels(database);
  try {
    const counts: string[] = [];
    for (const projection of PROJECTIONS) {
      const job = { store, live, database, projection, upcasters: domainCodec() };
      counts.push(`${projection.name}: ${(await verifyProjection(job)).differences.length}`);
    }
    return counts;
  } finally {
    await live.destroy();
  }
}

describe.each(engines)('two projector processes (%s read models)', (engine) => {
  let dataDir: string;
  let schema: PostgresSchema | undefined;
  let running: RunningApp;
  let built: Build;
  const children: Child[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dutyledger-failover-'));
    built = await sharedBuild();
    schema = engine === 'postgres' ? await postgresSchema() : undefined;
    const readModels: Record<string, string> = schema
      ? {
          DUTYLEDGER_READ_MODELS: 'postgres',
          DUTYLEDGER_READ_MODELS_URL: `${schema.url}?options=-c%20search_path%3D${schema.name}`,
        }
      : {};
    env = { DUTYLEDGER_DATA_DIR: dataDir, DUTYLEDGER_PROJECTION_LEASE_MS: LEASE_MS, ...readModels };
    // The api writes the events and answers GET /projections; it projects nothing itself.
    running = await startApp({
      dataDir,
      env: { ...readModels, DUTYLEDGER_RUN_PROJECTOR: 'false' },
    });
  });
  afterAll(async () => {
    await Promise.all(children.map((child) => child.kill()));
    built.remove();
    await running.stop(true);
    await schema?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const projector = () => {
    const child = startChild('projector', env, [], built);
    children.push(child);
    return child;
  };
  const status = async () =>
    (
      await call<ProjectionStatusReport>(running.url, 'GET', '/projections', {
        token: running.token('VIEWER'),
      })
    ).body;
  /** The one live child holding every projection, once there is one. */
  const holder = async (alive: readonly Child[]) => {
    const pids = new Set((await status()).projections.map((p) => pidOf(p.heldBy)));
    const [pid] = pids;
    return pids.size === 1 ? alive.find((child) => child.pid === pid) : undefined;
  };

  it('kill -9 of the active one, again and again under load: the other takes over and the read models end equal to a rebuild', async () => {
    const alive = [projector(), projector()];
    await Promise.all(alive.map((child) => child.waitFor('projector running')));
    const load = startCommandLoad({ urls: [running.url], token: running.token('ADMIN') });
    const takeovers: number[] = [];

    for (let kill = 0; kill < KILLS[engine]; kill++) {
      const active = await until(() => holder(alive), 'one projector to hold every projection');
      const loaded = () => (load.acknowledged().length > (kill + 1) * 10 ? true : undefined);
      await until(() => Promise.resolve(loaded()), 'commands under way');
      const killedAt = Date.now();
      await active.kill();
      alive.splice(alive.indexOf(active), 1);
      // The replacement may still be starting at the next kill: that takeover then waits for it.
      alive.push(projector());
      const next = await until(() => holder(alive), 'another projector to take over');
      takeovers.push(Date.now() - killedAt);
      expect(next.pid).not.toBe(active.pid);
    }
    await load.stop();
    const acknowledged = load.acknowledged();
    const caughtUp = await until(async () => {
      const report = await status();
      return report.projections.every((p) => p.caughtUp && p.heldBy !== null) ? report : undefined;
    }, 'every projection to catch up');
    const differences = await differencesFromRebuild(running, schema);
    const departments = await call<{ total: number }>(running.url, 'GET', '/departments', {
      token: running.token('VIEWER'),
    });

    expect(differences).toEqual(PROJECTIONS.map((projection) => `${projection.name}: 0`));
    expect(caughtUp.projections.map((p) => p.parked)).toEqual(PROJECTIONS.map(() => 0));
    expect(load.sent.filter((answer) => answer.status !== 201)).toEqual([]);
    expect(departments.body.total).toBe(acknowledged.length);
    expect(takeovers).toHaveLength(KILLS[engine]);
    process.stdout.write(
      `projector takeovers after kill -9 (lease ${LEASE_MS} ms, ${engine}; a standby still ` +
        `starting makes one longer; npm run bench:failover measures): ${takeovers.join(', ')} ms\n`,
    );
  });
});

/**
 * How long the projections stand still when the projector applying them dies. The api runs in a
 * process of its own (embedded SQLite stores in a temp data dir, projections off) and two
 * projector processes beside it; this process loads the api with department registrations and,
 * ROUNDS times, kill -9s the projector holding the leases (a replacement is started, and is up
 * before the next round). Measured from the kill: until GET /projections shows every projection
 * held by the other projector (takeover), and until a department registered right after the kill
 * is projected. The reference is the same two figures for a graceful stop (SIGTERM: the leases
 * are given up at once) in the same run; the ratio is what a crash costs beyond that.
 * Run: npm run bench:failover [-- ROUNDS [LEASE_MS]]   (defaults 5 and 3000, the default lease)
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProjectionStatusReport } from '@dutyledger/read-models';
import { embeddedSecret, mintToken } from '@dutyledger/auth';
import { registerDepartment, startCommandLoad } from '../../support/command-load';
import { call } from '../../support/http';
import { type Child, freePort, pidOf, startChild, until } from '../../support/processes';
import { nowMs, percentile } from '../measure';

const ROUNDS = Number(process.argv[2] ?? 5);
const LEASE_MS = process.argv[3] ?? '3000';
const COMMAND = `npm run bench:failover${process.argv[2] ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;

interface Round {
  takeoverMs: number;
  projectedMs: number;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dutyledger-bench-failover-'));
  const env = { DUTYLEDGER_DATA_DIR: dataDir, DUTYLEDGER_PROJECTION_LEASE_MS: LEASE_MS };
  const children: Child[] = [];
  const spawnProjector = () => {
    const child = startChild('projector', env);
    children.push(child);
    return child;
  };
  try {
    const port = await freePort();
    const api = startChild('api', {
      ...env,
      PORT: String(port),
      DUTYLEDGER_RUN_PROJECTOR: 'false',
    });
    children.push(api);
    await api.waitFor('DutyLedger listening');
    const url = `http://127.0.0.1:${port}`;
    const secret = embeddedSecret(dataDir);
    const admin = mintToken(secret, { subject: 'bench', role: 'ADMIN' });
    const viewer = mintToken(secret, { subject: 'bench', role: 'VIEWER' });
    const status = async () =>
      (await call<ProjectionStatusReport>(url, 'GET', '/projections', { token: viewer })).body;
    const alive = [spawnProjector(), spawnProjector()];
    await Promise.all(alive.map((child) => child.waitFor('projector running')));
    const holder = async () => {
      const pids = new Set((await status()).projections.map((p) => pidOf(p.heldBy)));
      const [pid] = pids;
      return pids.size === 1 ? alive.find((child) => child.pid === pid) : undefined;
    };
    const load = startCommandLoad({ urls: [url], token: admin, concurrency: 2 });

    const round = async (end: (child: Child) => Promise<unknown>): Promise<Round> => {
      const active = await until(holder, 'one projector holding every projection');
      const began = nowMs();
      await end(active);
      alive.splice(alive.indexOf(active), 1);
      const replacement = spawnProjector();
      alive.push(replacement);
      const marker = await registerDepartment(url, admin, randomUUID(), `bench-${randomUUID()}`);
      const position = BigInt(String(marker.body.position));
      await until(holder, 'the takeover', { everyMs: 25 });
      const takeoverMs = nowMs() - began;
      await until(
        async () => {
          const departments = (await status()).projections.find((p) => p.name === 'departments');
          return departments && BigInt(departments.position) >= position ? true : undefined;
        },
        'the marker to be projected',
        { everyMs: 25 },
      );
      const projectedMs = nowMs() - began;
      await replacement.waitFor('projector running');
      return { takeoverMs, projectedMs };
    };

    const graceful: Round[] = [];
    const killed: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      graceful.push(await round((child) => child.stop()));
      killed.push(await round((child) => child.kill()));
    }
    await load.stop();

    const row = (label: string, rounds: Round[], pick: (r: Round) => number) => {
      const sorted = rounds.map(pick).sort((a, b) => a - b);
      return { label, p50: percentile(sorted, 50), max: sorted.at(-1) ?? 0 };
    };
    const rows = [
      row('takeover after SIGTERM (reference)', graceful, (r) => r.takeoverMs),
      row('takeover after kill -9', killed, (r) => r.takeoverMs),
      row('marker projected after SIGTERM (reference)', graceful, (r) => r.projectedMs),
      row('marker projected after kill -9', killed, (r) => r.projectedMs),
    ];
    console.log(`# ${COMMAND}`);
    console.log(
      `# api + 2 projector processes, embedded SQLite stores, lease ${LEASE_MS} ms, ${ROUNDS} rounds each, ${load.acknowledged().length} commands under load`,
    );
    console.log(`${'scenario'.padEnd(46)}${'p50 ms'.padStart(10)}${'max ms'.padStart(10)}`);
    for (const r of rows) {
      console.log(
        `${r.label.padEnd(46)}${r.p50.toFixed(0).padStart(10)}${r.max.toFixed(0).padStart(10)}`,
      );
    }
    const [gracefulTakeover, killedTakeover] = rows;
    console.log(
      `kill -9 / SIGTERM takeover (p50): ${((killedTakeover?.p50 ?? 0) / Math.max(1, gracefulTakeover?.p50 ?? 1)).toFixed(1)}x; lease ${LEASE_MS} ms`,
    );
  } finally {
    await Promise.all(children.map((child) => child.kill()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * Where the time of one read goes: starts the api (as npm start does) under `node --cpu-prof` on
 * a data directory built by bench:queries (`--data DIR`), projector off, loads PATH from this
 * process with autocannon (CONNECTIONS connections, REQUESTS requests after 1,000 to warm up), and
 * prints the profile's self time per request grouped by where the code lives, its heaviest
 * functions, and the heaviest with what they call. The .cpuprofile is kept (path printed).
 * Run: npm run bench:profile-query -- --data DIR PATH [--requests N] [--connections C]
 *   e.g. npm run bench:queries -- --events 200000 --data /tmp/q200k, then
 *        npm run bench:profile-query -- --data /tmp/q200k /compliance?year=2026
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startApiProcess } from '../../support/api-process';
import { readProfile, selfTimes, summarise } from '../cpu-profile';
import { nowMs } from '../measure';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const DATA = option('data');
/** The one argument that is neither an option nor an option's value. */
const PATH = process.argv
  .slice(2)
  .find((arg, at, args) => !arg.startsWith('--') && !(args[at - 1] ?? '').startsWith('--'));
const REQUESTS = Number(option('requests') ?? 5000);
const CONNECTIONS = Number(option('connections') ?? 8);
const WARM_UP = 1000;

async function main(): Promise<void> {
  if (DATA === undefined || PATH === undefined || !existsSync(join(DATA, 'events.db'))) {
    throw new Error(
      'usage: npm run bench:profile-query -- --data DIR PATH (DIR built by npm run bench:queries -- --data DIR)',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'dutyledger-query-profile-'));
  const api = await startApiProcess({
    dataDir: DATA,
    nodeFlags: [
      '--cpu-prof',
      '--cpu-prof-dir',
      dir,
      '-r',
      join(__dirname, '..', 'commands', 'exit-on-sigusr2.js'),
    ],
    env: { DUTYLEDGER_RUN_PROJECTOR: 'false' },
  });
  const load = {
    url: `${api.url}${PATH}`,
    connections: CONNECTIONS,
    headers: { authorization: `Bearer ${api.token('ADMIN')}` },
  };
  try {
    const warm = await autocannon({ ...load, amount: WARM_UP });
    if (warm.non2xx > 0)
      throw new Error(`${PATH} answered ${warm.non2xx} of ${WARM_UP} with other than 2xx`);
    const started = nowMs();
    const result = await autocannon({ ...load, amount: REQUESTS });
    const ended = nowMs();
    process.kill(api.pid, 'SIGUSR2');
    await api.stop(true);
    const { profile, path } = readProfile(dir);
    console.log(
      `test/bench/queries/query-profile: npm run bench:profile-query -- --data ${DATA} ${PATH} --requests ${REQUESTS} --connections ${CONNECTIONS}`,
    );
    console.log(
      `${REQUESTS} requests at ${CONNECTIONS} connections: ${result.requests.average} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; profile: ${path}`,
    );
    summarise(profile, selfTimes(profile, started * 1000, ended * 1000), REQUESTS, {
      unit: 'µs/req',
      inclusive: true,
    });
  } finally {
    await api.stop(true);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

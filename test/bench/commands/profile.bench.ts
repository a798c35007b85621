/**
 * Where the time of one command goes: starts the api (as npm start does) under `node --cpu-prof`,
 * sends COMMANDS commands from CONNECTIONS concurrent senders (default one at a time): half
 * POST /departments, then the mixed commands; stops it and prints the profile's self time grouped
 * by where the code lives, and its heaviest functions, per command. The .cpuprofile is kept (path
 * printed) for a flame graph (Chrome DevTools, speedscope).
 * With `without-projector` the api runs with DUTYLEDGER_RUN_PROJECTOR=false: the command path alone.
 * Run: npm run bench:profile [-- COMMANDS [CONNECTIONS [without-projector]]]
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiProcess } from '../../support/api-process';
import { call } from '../../support/http';
import { nowMs } from '../measure';
import { CommandMix, DepartmentRegistrations, fixtures } from './command-mix';

const COMMANDS = Number(process.argv[2] ?? 2000);
const CONNECTIONS = Number(process.argv[3] ?? 1);
const WITHOUT_PROJECTOR = process.argv[4] === 'without-projector';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** node_modules/<package> or the project folder (apps/api/src/platform, libs/event-store…). */
function areaOf(url: string, name: string): string {
  if (url === '') return name.startsWith('(') ? name : `(native) ${name}`;
  const path = url.replace(/^file:\/\//, '');
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (modules?.[1]) return modules[1];
  if (path.startsWith('node:')) return path;
  const project = /\/(apps\/[^/]+\/src\/[^/]+|libs\/[^/]+\/src\/[^/]+)/.exec(path);
  return project?.[1] ?? path;
}

/**
 * Self time per profile node of the samples taken between `fromUs` and `toUs` (the load; start-up
 * and shutdown left out). V8 stamps samples with the same monotonic clock as process.hrtime.
 */
function selfTimes(profile: Profile, fromUs: number, toUs: number): Map<number, number> {
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at >= fromUs && at <= toUs) self.set(id, (self.get(id) ?? 0) + delta);
  });
  return self;
}

function summarise(profile: Profile, self: Map<number, number>, requests: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    total += micros;
    const area = areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + micros);
    const fn = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/(apps|libs)\//, '$1/')}:${lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + micros);
  }
  const print = (title: string, entries: Map<string, number>, top: number) => {
    console.log(`${title.padEnd(90)}${'µs/cmd'.padStart(9)}${'share'.padStart(8)}`);
    [...entries.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .forEach(([name, micros]) =>
        console.log(
          `${name.slice(0, 89).padEnd(90)}${(micros / requests).toFixed(0).padStart(9)}${((100 * micros) / total).toFixed(1).padStart(7)}%`,
        ),
      );
  };
  console.log(`${(total / 1e6).toFixed(1)} s of samples while the commands ran`);
  print('self time by where the code lives', areas, 25);
  print('heaviest functions (self time)', functions, 30);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dutyledger-profile-'));
  const api = await startApiProcess({
    nodeFlags: ['--cpu-prof', '--cpu-prof-dir', dir, '-r', join(__dirname, 'exit-on-sigusr2.js')],
    env: WITHOUT_PROJECTOR ? { DUTYLEDGER_RUN_PROJECTOR: 'false' } : {},
  });
  const mix = new CommandMix(await fixtures(api));
  const departments = new DepartmentRegistrations();
  const admin = api.token('ADMIN');
  const caseworker = api.token('CASEWORKER');
  let sent = 0;
  const sender = async () => {
    for (let i = sent++; i < COMMANDS; i = sent++) {
      const half = i < COMMANDS / 2;
      const command = half ? departments.next() : mix.next();
      const answer = await call(api.url, 'POST', command.path, {
        token: half ? admin : caseworker,
        body: command.body,
      });
      if (answer.status !== 201) throw new Error(`${command.path}: ${answer.status}`);
    }
  };
  const started = nowMs();
  await Promise.all(Array.from({ length: CONNECTIONS }, sender));
  const seconds = (nowMs() - started) / 1000;
  process.kill(api.pid, 'SIGUSR2');
  await api.stop(true);
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile in ${dir}`);
  console.log(
    `test/bench/commands/profile: npm run bench:profile -- ${COMMANDS} ${CONNECTIONS}` +
      (WITHOUT_PROJECTOR ? ' without-projector' : ''),
  );
  console.log(
    `${COMMANDS} commands from ${CONNECTIONS} sender(s) in ${seconds.toFixed(1)} s (${(COMMANDS / seconds).toFixed(0)}/s, ${((1000 * seconds) / COMMANDS).toFixed(2)} ms per command, wall); profile: ${join(dir, file)}`,
  );
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
  const self = selfTimes(profile, started * 1000, (started + seconds * 1000) * 1000);
  summarise(profile, self, COMMANDS);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * Where the time of one command goes: starts the api (as npm start does) under `node --cpu-prof`,
 * sends COMMANDS commands from CONNECTIONS concurrent senders (default one at a time): half
 * POST /departments, then the mixed commands; stops it and prints the profile's self time grouped
 * by where the code lives, and its heaviest functions, per command. The .cpuprofile is kept (path
 * printed) for a flame graph (Chrome DevTools, speedscope).
 * With `without-projector` the api runs with DUTYLEDGER_RUN_PROJECTOR=false: the command path alone,
 * and every command is a POST /departments (the mixed commands need read models to set up). With
 * `mixed` every command is one of the mixed commands (their fixtures are set up before the window).
 * Run: npm run bench:profile [-- COMMANDS [CONNECTIONS [without-projector|mixed]]]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiProcess } from '../../support/api-process';
import { call } from '../../support/http';
import { readProfile, selfTimes, summarise } from '../cpu-profile';
import { nowMs } from '../measure';
import { CommandMix, DepartmentRegistrations, fixtures } from './command-mix';

const COMMANDS = Number(process.argv[2] ?? 2000);
const CONNECTIONS = Number(process.argv[3] ?? 1);
const WITHOUT_PROJECTOR = process.argv[4] === 'without-projector';
const MIXED_ONLY = process.argv[4] === 'mixed';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dutyledger-profile-'));
  const api = await startApiProcess({
    nodeFlags: ['--cpu-prof', '--cpu-prof-dir', dir, '-r', join(__dirname, 'exit-on-sigusr2.js')],
    env: WITHOUT_PROJECTOR ? { DUTYLEDGER_RUN_PROJECTOR: 'false' } : {},
  });
  const mix = WITHOUT_PROJECTOR ? undefined : new CommandMix(await fixtures(api));
  const departments = new DepartmentRegistrations();
  const admin = api.token('ADMIN');
  const caseworker = api.token('CASEWORKER');
  let sent = 0;
  const sender = async () => {
    for (let i = sent++; i < COMMANDS; i = sent++) {
      const registration = mix === undefined || (!MIXED_ONLY && i < COMMANDS / 2);
      const command = registration ? departments.next() : mix.next();
      const answer = await call(api.url, 'POST', command.path, {
        token: registration ? admin : caseworker,
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
  const { profile, path } = readProfile(dir);
  console.log(
    `test/bench/commands/profile: npm run bench:profile -- ${COMMANDS} ${CONNECTIONS}` +
      (WITHOUT_PROJECTOR ? ' without-projector' : MIXED_ONLY ? ' mixed' : ''),
  );
  console.log(
    `${COMMANDS} commands from ${CONNECTIONS} sender(s) in ${seconds.toFixed(1)} s (${(COMMANDS / seconds).toFixed(0)}/s, ${((1000 * seconds) / COMMANDS).toFixed(2)} ms per command, wall); profile: ${path}`,
  );
  const self = selfTimes(profile, started * 1000, (started + seconds * 1000) * 1000);
  summarise(profile, self, COMMANDS);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

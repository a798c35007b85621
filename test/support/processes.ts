/**
 * DutyLedger's apps as real child processes (run from TypeScript as `npm start` does), for tests
 * and benchmarks of several processes on one store: started, waited for, killed by pid.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { ROOT, build } from '../../tools/build';
import { runBuild } from './run-build';

export { ROOT };

export type App = 'api' | 'projector' | 'cli';

export interface Child {
  readonly process: ChildProcess;
  readonly pid: number;
  /** Everything it wrote, stdout and stderr together. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once it ended. */
  readonly exited: Promise<number | string>;
  /** Resolves once its output contains `text`; rejects if it exits first or after `timeoutMs`. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** kill -9: no shutdown hook runs, the process simply vanishes. */
  kill(): Promise<void>;
  /** SIGTERM: the graceful stop. */
  stop(): Promise<number | string>;
}

/** A build of the apps (tools/build.ts) for tests: processes from it start in about a second. */
export interface Build {
  readonly dir: string;
  remove(): void;
}

/** Builds into a folder of its own inside the repository (so that node_modules is found). */
export async function buildApps(): Promise<Build> {
  const dir = join(ROOT, `.build-test-${randomBytes(4).toString('hex')}`);
  await build(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The run's build (run-build.ts), shared with every other suite: removed after the run, not here. */
export async function sharedBuild(): Promise<Build> {
  return { dir: await runBuild(), remove: () => undefined };
}

/**
 * Starts an app with `env` added to this process's environment: from `built` when given (what
 * production runs), else `apps/<app>/src/main.ts` from TypeScript (as `npm start` does).
 */
export function startChild(
  app: App,
  env: Record<string, string>,
  args: string[] = [],
  built?: Build,
): Child {
  const entry = built
    ? [join(built.dir, 'apps', app, 'src', 'main.js')]
    : ['-r', '@swc-node/register', join(ROOT, 'apps', app, 'src', 'main.ts')];
  const child = spawn(process.execPath, [...entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return watch(child);
}

function watch(child: ChildProcess): Child {
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const listener of [...listeners]) listener();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => {
      resolve(code ?? signal ?? 'unknown');
      for (const listener of [...listeners]) listener();
    });
  });
  let ended = false;
  void exited.then(() => (ended = true));
  const pid = child.pid;
  if (pid === undefined) throw new Error('The child process did not start');
  return {
    process: child,
    pid,
    output: () => output,
    exited,
    waitFor: (text, timeoutMs = 60_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          const found = typeof text === 'string' ? output.includes(text) : text.test(output);
          if (found) done(resolve);
          else if (ended)
            done(() => reject(new Error(`Exited before printing ${text}:\n${output}`)));
        };
        const timer = setTimeout(
          () => done(() => reject(new Error(`No ${text} within ${timeoutMs} ms:\n${output}`))),
          timeoutMs,
        );
        const done = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      }),
    kill: async () => {
      if (!ended) child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (!ended) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The pid in a lease holder `host:pid/random`. */
export function pidOf(holder: string | null | undefined): number | undefined {
  const match = /:(\d+)\/[0-9a-f]+$/.exec(holder ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** A port of 127.0.0.1 free a moment ago, for a child that prints the port it was given. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` every `everyMs` until it answers something; fails after `timeoutMs`. */
export async function until<T>(
  check: () => Promise<T | undefined>,
  what: string,
  { timeoutMs = 60_000, everyMs = 50 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await check();
    if (answer !== undefined) return answer;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

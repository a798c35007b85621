import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embeddedSecret, mintToken, type Role } from '@dutyledger/auth';
import { runBuild, underJest } from './run-build';

const ROOT = join(__dirname, '../..');

/** The api started as `npm start` starts it, in a process of its own, on a fresh data dir. */
export interface ApiProcess {
  url: string;
  dataDir: string;
  /** The api's process id (for `kill -9` and for profiles). */
  pid: number;
  /**
   * When the api's process was spawned (this process's hrtime in ms, as the benches' nowMs): after dist/ was
   * brought up to date, so a start-up timed from here is the start `npm start` makes.
   */
  spawnedAtMs: number;
  token(role: Role, subject?: string): string;
  /** SIGTERM (a clean shutdown), then removes the data directory unless `keepData`. */
  stop(keepData?: boolean): Promise<void>;
}

export interface ApiProcessOptions {
  dataDir?: string;
  /** More environment variables (e.g. a test-only hook). */
  env?: Record<string, string>;
  /** Node flags before the script, e.g. `--cpu-prof`. */
  nodeFlags?: readonly string[];
  /** Where the api's stdout and stderr go: `inherit` shows them, `ignore` drops them. */
  output?: 'inherit' | 'ignore';
  /** How long the api may take to answer /health (default 60 s; a big store may need more). */
  startTimeoutMs?: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the api exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/health`);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the api did not answer ${url}/health within ${timeoutMs} ms`);
}

/** What `npm start` runs (package.json), less npm itself: the api from dist/ (tools/start.js). */
export const NPM_START = ['tools/start.js'] as const;

/**
 * Brings dist/ up to date as `npm start` would (tools/start.js), so that a benchmark's first start
 * does not time a build that only follows a change of the sources.
 */
function buildAsNpmStartDoes(): void {
  const built = spawnSync(process.execPath, [...NPM_START, '--build-only'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0)
    throw new Error(`tools/start.js --build-only exited with ${built.status}`);
}

/**
 * Starts `node tools/start.js` (what `npm start` runs: the api from dist/, built beforehand when
 * a source changed); in a test, the same api from the run's build (run-build.ts).
 */
export async function startApiProcess(options: ApiProcessOptions = {}): Promise<ApiProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'dutyledger-api-'));
  const secret = embeddedSecret(dataDir);
  const port = await freePort();
  // Tests start it from the run's build; benchmarks as `npm start` does.
  if (!underJest()) buildAsNpmStartDoes();
  const entry = underJest() ? [join(await runBuild(), 'apps', 'api', 'src', 'main.js')] : NPM_START;
  const spawnedAtMs = Number(process.hrtime.bigint()) / 1e6;
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ...entry], {
    cwd: ROOT,
    env: {
      ...process.env,
      DUTYLEDGER_DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      ...options.env,
    },
    stdio: ['ignore', options.output ?? 'ignore', options.output ?? 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    dataDir,
    pid: child.pid ?? 0,
    spawnedAtMs,
    token: (role, subject = `bench-${role.toLowerCase()}`) => mintToken(secret, { subject, role }),
    stop: async (keepData = false) => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

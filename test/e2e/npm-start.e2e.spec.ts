import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, freePort, until } from '../support/processes';

jest.setTimeout(120_000);

/** What a checkout holds that `npm start` reads (node_modules is found above it, in ROOT). */
const CHECKOUT_FILES = [
  'apps',
  'libs',
  'tools/start.js',
  'tools/build.ts',
  '.swcrc',
  'tsconfig.json',
];

/**
 * `npm start` (tools/start.js, docs/decisions/0009-start-from-the-build.md) on a checkout of its
 * own, inside the repository so that node_modules is found: it builds dist/ when there is none or
 * a source changed, runs the api from it, and leaves a current build alone.
 */
describe('npm start', () => {
  const checkout = join(ROOT, `.build-test-start-${randomBytes(4).toString('hex')}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'dutyledger-npm-start-'));
  const compiled = (source: string) => join(checkout, 'dist', source.replace(/\.ts$/, '.js'));
  let api: ChildProcess | undefined;

  /** `node tools/start.js --build-only` in the checkout: its exit status and what it said. */
  const buildOnly = () => {
    const run = spawnSync(process.execPath, ['tools/start.js', '--build-only'], {
      cwd: checkout,
      encoding: 'utf8',
    });
    return { status: run.status, built: run.stderr.includes('building it') };
  };

  beforeAll(() => {
    for (const file of CHECKOUT_FILES) {
      cpSync(join(ROOT, file), join(checkout, file), { recursive: true });
    }
  });
  afterAll(() => {
    api?.kill('SIGKILL');
    rmSync(checkout, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('builds on a fresh checkout, then again only once a source has changed', () => {
    const health = 'apps/api/src/health/health.http.ts';

    const fresh = buildOnly();
    const builtAt = statSync(compiled(health)).mtimeMs;
    const unchanged = buildOnly();
    const keptAt = statSync(compiled(health)).mtimeMs;
    appendFileSync(join(checkout, health), '\nexport const CHANGED_AFTER_THE_BUILD = 1;\n');
    const changed = buildOnly();

    expect(fresh).toEqual({ status: 0, built: true });
    expect(unchanged).toEqual({ status: 0, built: false });
    expect(keptAt).toBe(builtAt);
    expect(changed).toEqual({ status: 0, built: true });
    expect(readFileSync(compiled(health), 'utf8')).toContain('CHANGED_AFTER_THE_BUILD');
  });

  it('runs the api from the build, which answers /health', async () => {
    rmSync(join(checkout, 'dist'), { recursive: true, force: true });
    const port = await freePort();
    api = spawn(process.execPath, ['tools/start.js'], {
      cwd: checkout,
      env: {
        ...process.env,
        DUTYLEDGER_DATA_DIR: dataDir,
        DUTYLEDGER_RUN_PROJECTOR: 'false',
        HOST: '127.0.0.1',
        PORT: String(port),
      },
      stdio: 'ignore',
    });

    const status = await until(
      () =>
        fetch(`http://127.0.0.1:${port}/health`).then(
          (answer) => answer.status,
          () => undefined,
        ),
      '/health',
    );

    expect(status).toBe(200);
    expect(existsSync(compiled('apps/api/src/main.ts'))).toBe(true);
  });
});

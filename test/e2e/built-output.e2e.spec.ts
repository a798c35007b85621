import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Build,
  type Child,
  buildApps,
  freePort,
  startChild,
  until,
} from '../support/processes';

jest.setTimeout(60_000);

/** What production runs: the compiled output, with node alone (no TypeScript at start). */
describe('the built output', () => {
  let built: Build | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'dutyledger-built-'));
  const started: Child[] = [];
  const start = (app: 'api' | 'projector', env: Record<string, string>) => {
    const child = startChild(
      app,
      { DUTYLEDGER_DATA_DIR: dataDir, DUTYLEDGER_QUIET: 'false', ...env },
      [],
      built,
    );
    started.push(child);
    return child;
  };

  beforeAll(async () => {
    built = await buildApps();
  });
  afterAll(async () => {
    await Promise.all(started.map((child) => child.kill()));
    built?.remove();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts the api, which answers /health and serves the dashboard from the build, and stops on SIGTERM', async () => {
    const port = await freePort();
    const api = start('api', { PORT: String(port) });
    await api.waitFor('DutyLedger listening');

    const health = await fetch(`http://127.0.0.1:${port}/health`);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    const script = await fetch(`http://127.0.0.1:${port}/assets/dashboard.js`);
    // The page's one script, bundled by the built api (esbuild, a production dependency).
    const bundle = await fetch(`http://127.0.0.1:${port}/assets/dashboard.bundle.js`);
    const bundled = await bundle.text();
    const exit = await api.stop();

    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    expect(script.status).toBe(200);
    expect(bundle.status).toBe(200);
    expect(bundled).toContain('function renderRoute');
    expect(api.output()).toContain('Stores closed');
    expect([0, 'SIGTERM']).toContain(exit);
  });

  it('starts the projector, which keeps its health file fresh and stops on SIGTERM after closing its stores', async () => {
    const healthFile = join(dataDir, 'projector-health');
    const projector = start('projector', { DUTYLEDGER_HEALTH_FILE: healthFile });
    await projector.waitFor('projector running');
    const written = () =>
      existsSync(healthFile) ? Date.parse(readFileSync(healthFile, 'utf8').trim()) : NaN;
    const beat = await until(() => Promise.resolve(written() || undefined), 'the health file');

    const exit = await projector.stop();

    expect(beat).toBeGreaterThan(Date.now() - 60_000);
    expect(projector.output()).toContain('Stores closed');
    expect([0, 'SIGTERM']).toContain(exit);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../../../test/support/run-build';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '../../..');

/** The projector's entry point in the run's build (what `npm run start:projector` runs, compiled once). */
let main = '';
beforeAll(async () => {
  main = join(await runBuild(), 'apps', 'projector', 'src', 'main.js');
});

describe('the projector process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dutyledger-projector-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('logs one JSON object a line on stdout, from its start to its shutdown', async () => {
    const child = spawn(process.execPath, [main], {
      cwd: ROOT,
      env: { ...process.env, DUTYLEDGER_DATA_DIR: dataDir, DUTYLEDGER_LOG_LEVEL: 'info' },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('close', (_code, signal) => resolve(signal)),
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('projector running')) resolve();
      });
      child.on('close', () => reject(new Error(`the projector ended early: ${stderr}`)));
    });
    // Nest closes the application on SIGTERM, then ends the process with the same signal.
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');

    const lines = stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const line of lines) {
      expect([line.name, typeof line.level]).toEqual(['dutyledger-projector', 'string']);
    }
    expect(lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(['DutyLedger projector running (events: sqlite)', 'Stores closed']),
    );
    expect(stderr).toBe('');
  });

  it('says a refused configuration in the operator’s language and exits with code 2', () => {
    const result = spawnSync(process.execPath, [main], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        DUTYLEDGER_DATA_DIR: dataDir,
        DUTYLEDGER_LANG: 'zh-CN',
        DUTYLEDGER_PROJECTION_LEASE_MS: '50',
      },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      '配置有误（1处）：\n  - DUTYLEDGER_PROJECTION_LEASE_MS="50"须为300至600000之间的整数\n',
    );
  });
});

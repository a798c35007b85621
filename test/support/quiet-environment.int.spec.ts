import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** Runs jest on the fixture alone, in the quiet environment, as `npm test` would. */
function jestOnFixture(
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const config = {
    rootDir: __dirname,
    testEnvironment: join(__dirname, 'quiet-environment.js'),
    testMatch: ['**/quiet-environment.fixture.js'],
    transform: {},
  };
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/jest/bin/jest.js'), '--ci', '--config', JSON.stringify(config)],
      { cwd: ROOT, env: { ...process.env, ...env } },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('the quiet test environment', () => {
  it('keeps what passing tests write to themselves, and shows what a failing test or hook wrote', async () => {
    const { code, output } = await jestOnFixture({ DUTYLEDGER_TEST_LOGS: '' });
    expect(code).toBe(1);
    expect(output).not.toContain('written by the passing test');
    expect(output).toContain(
      '── log of the failing test “a file with passing and failing tests › fails” (test/support/quiet-environment.fixture.js)\n' +
        'written by the failing test\nwarned by the failing test\n── end of log',
    );
    expect(output).toContain('── log of the failing beforeAll hook');
    expect(output).toContain('written by the failing hook');
  });

  it('lets everything through with DUTYLEDGER_TEST_LOGS=show', async () => {
    const { output } = await jestOnFixture({ DUTYLEDGER_TEST_LOGS: 'show' });
    expect(output).toContain('written by the passing test');
    expect(output).toContain('written by the failing test');
  });
});

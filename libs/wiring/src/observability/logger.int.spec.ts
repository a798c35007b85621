import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runBuild } from '../../../../test/support/run-build';

/**
 * Whether a fresh node process that requires the built wiring library and makes a logger of
 * `format` has loaded pino-pretty.
 */
function prettyLoadedFor(entry: string, format: 'json' | 'pretty'): boolean {
  const script = `const { createLogger } = require(${JSON.stringify(entry)});
    createLogger({ level: 'info', format: ${JSON.stringify(format)} }, 'dutyledger-test');
    console.log(JSON.stringify(Object.keys(require.cache).some((file) =>
      file.includes('/node_modules/pino-pretty/'))));`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as boolean;
}

describe('the process logger', () => {
  it('loads pino-pretty only for the pretty format, not for JSON lines (the default)', async () => {
    const entry = join(await runBuild(), 'libs', 'wiring', 'src', 'index.js');

    expect(prettyLoadedFor(entry, 'json')).toBe(false);
    expect(prettyLoadedFor(entry, 'pretty')).toBe(true);
  });
});

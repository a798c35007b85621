import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runBuild } from '../../../../test/support/run-build';

/** Which of `packages` a fresh node process has loaded after requiring the built library. */
function loadedWith(entry: string, packages: string[]): string[] {
  const script = `require(${JSON.stringify(entry)});
    const loaded = Object.keys(require.cache);
    console.log(JSON.stringify(${JSON.stringify(packages)}.filter((name) =>
      loaded.some((file) => file.includes('/node_modules/' + name + '/')))));`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[];
}

describe('the event-store library', () => {
  it('leaves the EventStoreDB client unloaded until a store connects to EventStoreDB', async () => {
    const entry = join(await runBuild(), 'libs', 'event-store', 'src', 'index.js');
    expect(loadedWith(entry, ['@eventstore/db-client', 'better-sqlite3'])).toEqual([
      'better-sqlite3',
    ]);
  });
});

import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call } from '../support/http';
import { startApp } from '../support/running-app';
import { district } from './organisation-fixtures';

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

const DATABASE_FILES = ['events.db', 'read-models.db'].flatMap((file) => [
  file,
  `${file}-wal`,
  `${file}-shm`,
]);

describe('the data directory and its files', () => {
  let parent: string;

  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'dutyledger-files-'));
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  /** Starts the api on `dataDir`, writes one command through it, answers every file's mode. */
  async function modesAfterAWrite(dataDir: string): Promise<Record<string, string>> {
    const running = await startApp({ dataDir });
    try {
      const created = await call(running.url, 'POST', '/departments', {
        token: running.token('ADMIN'),
        body: district(),
      });
      expect(created.status).toBe(201);
      await running.projected(String(created.body.position));
      const modes: Record<string, string> = { '.': modeOf(dataDir) };
      for (const file of [...DATABASE_FILES, 'jwt-secret']) {
        modes[file] = existsSync(join(dataDir, file)) ? modeOf(join(dataDir, file)) : 'missing';
      }
      return modes;
    } finally {
      await running.stop(true);
    }
  }

  const ownerOnly = {
    '.': '700',
    ...Object.fromEntries(DATABASE_FILES.map((file) => [file, '600'])),
    'jwt-secret': '600',
  };

  it('creates the directory for its owner only (700) and every database file, -wal and -shm 600', async () => {
    const previous = process.umask(0o022);
    try {
      expect(await modesAfterAWrite(join(parent, 'data'))).toEqual(ownerOnly);
    } finally {
      process.umask(previous);
    }
  });

  it('narrows the directory and files of a store made by an older version when it opens them', async () => {
    const dataDir = join(parent, 'old');
    await modesAfterAWrite(dataDir);
    chmodSync(dataDir, 0o755);
    for (const file of ['events.db', 'read-models.db']) chmodSync(join(dataDir, file), 0o644);
    expect(await modesAfterAWrite(dataDir)).toEqual(ownerOnly);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { openReadModels } from './read-model-data-source';

describe('the SQLite read-model database', () => {
  let dir: string;
  let dataSource: DataSource | undefined;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dutyledger-read-models-'))));
  afterEach(async () => {
    await dataSource?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes ahead and commits without an fsync of its own (it is rebuilt from the log)', async () => {
    dataSource = await openReadModels({ kind: 'sqlite', file: join(dir, 'read-models.db') });
    const [mode] = await dataSource.query<{ journal_mode: string }[]>('PRAGMA journal_mode');
    const [level] = await dataSource.query<{ synchronous: number }[]>('PRAGMA synchronous');
    // 1 is NORMAL (2 FULL): in WAL mode, NORMAL syncs at checkpoints, not at every commit.
    expect({ journal: mode?.journal_mode, synchronous: level?.synchronous }).toEqual({
      journal: 'wal',
      synchronous: 1,
    });
  });
});

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { openReadModels } from './read-model-data-source';
import { FALLBACK_AUTOCHECKPOINT_PAGES, WalCheckpointer } from './wal-checkpointer';

@Entity({ name: 'checkpointer_probe' })
class Probe {
  @PrimaryColumn({ type: 'integer' })
  id: number = 0;

  @Column({ type: 'text' })
  payload: string = '';
}

/** The projector connection's own threshold, in pages. */
async function autocheckpoint(dataSource: DataSource): Promise<number> {
  const rows = await dataSource.query<{ wal_autocheckpoint: number }[]>(
    'PRAGMA wal_autocheckpoint',
  );
  return Number(rows[0]?.wal_autocheckpoint);
}

/** Writes `pages` pages' worth of rows, a transaction of 50 rows after another. */
async function write(dataSource: DataSource, from: number, pages: number): Promise<void> {
  const payload = 'x'.repeat(3_500);
  for (let id = from; id < from + pages; id += 50) {
    await dataSource.transaction((manager) =>
      manager.insert(
        Probe,
        Array.from({ length: 50 }, (_, at) => ({ id: id + at, payload })),
      ),
    );
  }
}

async function eventually(check: () => boolean, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline;) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return check();
}

describe('WalCheckpointer (SQLite read models)', () => {
  let directory: string;
  let file: string;
  let dataSource: DataSource;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'dutyledger-checkpointer-'));
    file = join(directory, 'read-models.db');
    dataSource = await openReadModels({ kind: 'sqlite', file }, [Probe]);
  });
  afterEach(async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    rmSync(directory, { recursive: true, force: true });
  });

  it("copies the WAL into the database file on its own thread, the projector's connection checkpointing only past the fallback", async () => {
    const checkpointer = new WalCheckpointer(dataSource);
    checkpointer.start();
    try {
      expect(checkpointer.running()).toBe(true);
      expect(await autocheckpoint(dataSource)).toBe(FALLBACK_AUTOCHECKPOINT_PAGES);
      // 2,000 pages, twice SQLite's own threshold and far below the fallback: no commit of this
      // connection checkpoints, so the database file grows only by the thread's checkpoints.
      const before = statSync(file).size;
      await write(dataSource, 0, 2_000);
      const copied = await eventually(() => statSync(file).size > before + 6_000_000, 5_000);
      expect(copied).toBe(true);
      expect(await dataSource.getRepository(Probe).count()).toBe(2_000);
    } finally {
      await checkpointer.stop();
    }
    expect(checkpointer.running()).toBe(false);
    expect(await autocheckpoint(dataSource)).toBe(1_000);
  });

  it('leaves the database file alone without it, until the connection reaches its own threshold', async () => {
    // The same writes with the threshold raised and no thread: what copied the pages above was the
    // thread, not the connection.
    await dataSource.query(`PRAGMA wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
    const before = statSync(file).size;
    await write(dataSource, 0, 2_000);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(statSync(file).size).toBeLessThan(before + 1_000_000);
  });

  it('keeps every row across a restart, and has nothing to do in memory', async () => {
    const checkpointer = new WalCheckpointer(dataSource);
    checkpointer.start();
    await write(dataSource, 0, 300);
    await checkpointer.stop();
    checkpointer.start();
    await write(dataSource, 300, 300);
    await checkpointer.stop();
    await dataSource.destroy();
    const reopened = await openReadModels({ kind: 'sqlite', file }, [Probe]);
    try {
      expect(await reopened.getRepository(Probe).count()).toBe(600);
    } finally {
      await reopened.destroy();
    }
    const memory = await openReadModels({ kind: 'sqlite', file: ':memory:' }, [Probe]);
    try {
      const idle = new WalCheckpointer(memory);
      idle.start();
      expect(idle.running()).toBe(false);
    } finally {
      await memory.destroy();
    }
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { many, take } from '../contract/contract-fixtures';
import { SqliteEventStore } from './sqlite.event-store';

describe('SqliteEventStore on its file', () => {
  let directory: string;
  let file: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'dutyledger-sqlite-'));
    file = join(directory, 'events.db');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('keeps what it acknowledged across a restart', async () => {
    const first = SqliteEventStore.open(file);
    const written = await first.append('case-1', many(3), 'no_stream');
    await first.close();
    const second = SqliteEventStore.open(file);
    const events = await second.readStream('case-1');
    await second.close();
    expect(events.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
    expect(events[2]?.position).toBe(written.position);
  });

  it('reads streams, found or not, with statements prepared once per connection', async () => {
    const store = SqliteEventStore.open(file);
    await store.append('case-1', many(2), 'no_stream');
    await store.readStream('case-1');
    await store.readStream('case-none').catch(() => undefined);
    const prepare = jest.spyOn(Database.prototype, 'prepare');
    try {
      for (let i = 0; i < 5; i++) {
        expect(await store.readStream('case-1')).toHaveLength(2);
        await expect(store.readStream(`case-missing-${i}`)).rejects.toThrow('was not found');
      }
      expect(prepare).not.toHaveBeenCalled();
    } finally {
      prepare.mockRestore();
      await store.close();
    }
  });

  it('starts its writer thread when readied for appends, not when opened', async () => {
    const store = SqliteEventStore.open(file);
    expect(store.writerRunning()).toBe(false);
    await store.readyForAppends();
    expect(store.writerRunning()).toBe(true);
    expect(store.committedGroups()).toBe(0);
    await store.close();
  });

  it('runs in WAL mode with synchronous=FULL so that an acknowledged append is on disk', async () => {
    const store = SqliteEventStore.open(file);
    // synchronous is a per-connection setting: ask the connection that writes.
    expect(await store.durability()).toEqual({ journalMode: 'wal', synchronous: 'FULL' });
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('lets a subscriber on another connection to the same file see new events by polling', async () => {
    const writer = SqliteEventStore.open(file);
    const reader = SqliteEventStore.open(file, { pollIntervalMs: 20 });
    const subscription = reader.subscribeToAll({ from: 'start' });
    const received = take(subscription, 4, 2000);
    await writer.append('duty-1', many(2), 'no_stream');
    await new Promise((resolve) => setTimeout(resolve, 60));
    await writer.append('duty-1', many(2), 1n);
    const events = await received;
    await subscription.close();
    await reader.close();
    await writer.close();
    expect(events.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n]);
  });

  it('moves a filtered subscriber’s checkpoint past events it did not receive', async () => {
    const store = SqliteEventStore.open(file);
    await store.append('accident-1', many(3), 'no_stream');
    await store.append('case-1', many(1), 'no_stream');
    const head = await store.readAll({ direction: 'backwards', maxCount: 1 });
    const checkpoints: bigint[] = [];
    const subscription = store.subscribeToAll({
      from: 'start',
      filter: { streamPrefixes: ['accident-'] },
      onCheckpoint: (position) => {
        checkpoints.push(position.commit);
      },
    });
    const events: unknown[] = [];
    const consuming = (async () => {
      for await (const event of subscription) events.push(event);
    })();
    for (let waited = 0; checkpoints.length === 0 && waited < 2000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await subscription.close();
    await consuming;
    await store.close();
    expect(events).toHaveLength(3);
    expect(checkpoints.at(-1)).toBe(head[0]?.position);
  });
});

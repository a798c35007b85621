import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { many, proposed, rejectionOf } from '../contract/contract-fixtures';
import { EventIdInUseError, StreamNotFoundError, WrongExpectedRevisionError } from '../port/errors';
import { verifyStore } from '../integrity/chain-verification';
import { SqliteEventStore } from './sqlite.event-store';

const settled = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

describe('SqliteEventStore group commit', () => {
  let directory: string;
  let file: string;
  let store: SqliteEventStore;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'dutyledger-group-'));
    file = join(directory, 'events.db');
    store = SqliteEventStore.open(file);
  });
  afterEach(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('commits the appends made together in one transaction, each with its own outcome, in order and without gaps', async () => {
    await store.append('seed-1', many(1), 'no_stream');
    const groupsBefore = store.committedGroups();
    const reused = proposed('Reused');
    await store.append('seed-2', [reused], 'no_stream');
    const [a, b, c, d, e, f] = await Promise.all([
      settled(store.append('x-1', many(1), 'no_stream')),
      // conflicts with the append just before it, in the same group
      settled(store.append('x-1', many(1), 'no_stream')),
      // builds on the first append of the group
      settled(store.append('x-1', many(2), 0n)),
      settled(store.append('y-1', many(1), 5n)),
      // an event id already used in another stream: this append alone is rolled back
      settled(store.append('z-1', [proposed('Fine'), { ...reused, id: reused.id }], 'no_stream')),
      settled(store.append('y-1', many(2), 'no_stream')),
    ]);
    expect(store.committedGroups()).toBe(groupsBefore + 2);

    expect(b).toMatchObject({ ok: false });
    expect(!b?.ok && b?.error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(!b?.ok && b?.error).toMatchObject({ stream: 'x-1', expected: 'no_stream', actual: 0n });
    expect(!d?.ok && d?.error).toMatchObject({ stream: 'y-1', expected: 5n, actual: 'no_stream' });
    expect(!e?.ok && e?.error).toBeInstanceOf(EventIdInUseError);

    const head = (await store.readAll({ direction: 'backwards', maxCount: 1 }))[0]?.position ?? 0n;
    const first = head - 4n;
    expect([a, c, f]).toEqual([
      { ok: true, value: { nextExpectedRevision: 0n, position: first } },
      { ok: true, value: { nextExpectedRevision: 2n, position: first + 2n } },
      { ok: true, value: { nextExpectedRevision: 1n, position: first + 4n } },
    ]);
    const written = await store.readAll({ fromPosition: first });
    expect(written.map((event) => [event.stream, event.revision, event.position])).toEqual([
      ['x-1', 0n, first],
      ['x-1', 1n, first + 1n],
      ['x-1', 2n, first + 2n],
      ['y-1', 0n, first + 3n],
      ['y-1', 1n, first + 4n],
    ]);
    await expect(store.readStream('z-1')).rejects.toBeInstanceOf(StreamNotFoundError);
    expect(await verifyStore(store)).toMatchObject({ ok: true, firstBreak: null });
  });

  it('writes the appends of one appendAll together or none of them, in a group beside other appends, without gaps', async () => {
    await store.append('held-1', many(1), 'no_stream');
    const groupsBefore = store.committedGroups();
    const [together, refused, alone] = await Promise.all([
      settled(
        store.appendAll([
          { stream: 'reserved-1', events: many(1), expected: 'no_stream' },
          { stream: 'holder-1', events: many(2), expected: 'no_stream' },
        ]),
      ),
      // its second append conflicts: its first, already applied in the transaction, goes too
      settled(
        store.appendAll([
          { stream: 'reserved-2', events: many(1), expected: 'no_stream' },
          { stream: 'held-1', events: many(1), expected: 'no_stream' },
        ]),
      ),
      settled(store.append('holder-2', many(1), 'no_stream')),
    ]);
    expect(store.committedGroups()).toBe(groupsBefore + 1);
    expect(!refused?.ok && refused?.error).toMatchObject({ stream: 'held-1', actual: 0n });
    await expect(store.readStream('reserved-2')).rejects.toBeInstanceOf(StreamNotFoundError);
    const head = (await store.readAll({ direction: 'backwards', maxCount: 1 }))[0]?.position ?? 0n;
    const first = head - 3n;
    expect(together).toEqual({
      ok: true,
      value: [
        { nextExpectedRevision: 0n, position: first },
        { nextExpectedRevision: 1n, position: first + 2n },
      ],
    });
    expect(alone).toEqual({ ok: true, value: { nextExpectedRevision: 0n, position: head } });
    const written = await store.readAll({ fromPosition: first });
    expect(written.map((event) => event.stream)).toEqual([
      'reserved-1',
      'holder-1',
      'holder-1',
      'holder-2',
    ]);
    expect(await verifyStore(store)).toMatchObject({ ok: true, firstBreak: null });
  });

  it('sends the appends of one turn of the event loop to the writer together: the requests read in one poll commit in one group', async () => {
    await store.append('seed-1', many(1), 'no_stream');
    const groupsBefore = store.committedGroups();
    const messagesBefore = store.sentMessages();
    // Two callbacks of the same phase of one turn, as two requests read in one poll of the
    // network are: each appends in a task of its own (a microtask between them, as a request's
    // awaits make, would have sent the first alone).
    const appended = await new Promise<Promise<unknown>[]>((resolve) => {
      const appends: Promise<unknown>[] = [];
      setImmediate(() => {
        appends.push(store.append('turn-1', many(1), 'no_stream'));
      });
      setImmediate(() => {
        appends.push(store.append('turn-2', many(1), 'no_stream'));
        resolve(appends);
      });
    });
    await Promise.all(appended);
    expect(store.sentMessages()).toBe(messagesBefore + 1);
    expect(store.committedGroups()).toBe(groupsBefore + 1);
  });

  it('acknowledges an append only after its commit: another connection reads it at once', async () => {
    const result = await store.append('case-1', many(2), 'no_stream');
    const other = new Database(file, { readonly: true });
    try {
      const row = other
        .prepare<[], { head: number }>('SELECT MAX(position) AS head FROM events')
        .get();
      expect(BigInt(row?.head ?? 0)).toBe(result.position);
    } finally {
      other.close();
    }
  });

  it('keeps the event loop free while it waits for the write lock another connection holds', async () => {
    const other = new Database(file);
    other.prepare('BEGIN IMMEDIATE').run();
    const order: string[] = [];
    const appending = store.append('case-2', many(1), 'no_stream').then((result) => {
      order.push('appended');
      return result;
    });
    // With the write on this thread, the busy wait would hold the loop and this timer could not
    // run before the lock is released; here it runs, and releases the lock itself.
    await new Promise<void>((resolve) =>
      setTimeout(() => {
        order.push('timer ran');
        other.prepare('COMMIT').run();
        other.close();
        resolve();
      }, 20),
    );
    const result = await appending;
    expect(order).toEqual(['timer ran', 'appended']);
    expect(result.nextExpectedRevision).toBe(0n);
  });

  it('starts another writer thread when its thread dies, failing only the appends it held', async () => {
    await store.append('case-4', many(1), 'no_stream');
    const held = store.append('case-4', many(1), 0n);
    await store['writer']['thread']?.worker.terminate();
    expect(await rejectionOf(held)).toMatchObject({
      message: expect.stringContaining('writer thread stopped') as unknown,
    });
    const events = await store.readStream('case-4');
    const next = await store.append('case-4', many(1), events.at(-1)?.revision ?? 'no_stream');
    expect(next.nextExpectedRevision).toBe(BigInt(events.length));
  });

  it('refuses appends once closed, after acknowledging those made before', async () => {
    let acknowledged = false;
    const before = store.append('case-3', many(1), 'no_stream').then((result) => {
      acknowledged = true;
      return result;
    });
    await store.close();
    expect(acknowledged).toBe(true);
    expect((await before).nextExpectedRevision).toBe(0n);
    expect(await rejectionOf(store.append('case-3', many(1), 0n))).toMatchObject({
      message: 'The event store is closed',
    });
    store = SqliteEventStore.open(file);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { type RunningEsdbEmulator, start } from '../../../../test/support/esdb-emulator';
import { many, proposed, uniqueCategory } from '../contract/contract-fixtures';
import { EventStoreDbEventStore } from '../eventstoredb/eventstoredb.event-store';
import { StreamNotFoundError } from '../port/errors';
import { SqliteEventStore } from '../sqlite/sqlite.event-store';
import { type VerificationProgress, verifyStore, verifyStream } from './chain-verification';
import { GENESIS_HASH, JCS_HASH_SCHEME, ORIGINAL_HASH_SCHEME, chainHash } from './hash-chain';

describe('hash-chain verification on the SQLite store', () => {
  let directory: string;
  let file: string;
  let store: SqliteEventStore;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'dutyledger-verify-'));
    file = join(directory, 'events.db');
    store = SqliteEventStore.open(file);
  });
  afterEach(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  /** Edits a stored row behind the store's back, as someone with the file could. */
  function tamper(eventId: string, sql: string, value: string): void {
    const db = new Database(file);
    const changed = db.prepare(`UPDATE events SET ${sql} WHERE id = ?`).run(value, eventId);
    db.close();
    expect(changed.changes).toBe(1);
  }

  it('passes an intact store, reporting progress page by page', async () => {
    await store.append('case-1', many(5), 'no_stream');
    await store.append('duty-1', many(4), 'no_stream');
    await store.append('case-1', many(3), 4n);
    const progress: VerificationProgress[] = [];
    const result = await verifyStore(store, { pageSize: 5, onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ ok: true, eventsChecked: 12, streamsChecked: 2, firstBreak: null });
    expect(progress.map((p) => p.eventsChecked)).toEqual([5, 10, 12]);
    expect(progress.at(-1)?.reached).toBe(progress.at(-1)?.head);
  });

  it('detects an event whose data was edited in the file, naming the event', async () => {
    await store.append('duty-1', many(2), 'no_stream');
    await store.append(
      'case-1',
      [proposed('CaseOpened', { summary: 'Inspections skipped' })],
      'no_stream',
    );
    await store.append('case-1', many(2), 0n);
    const [opened] = await store.readStream('case-1');
    if (!opened) throw new Error('no event');
    tamper(opened.id, 'data = ?', JSON.stringify({ summary: 'Inspections carried out' }));

    const expected = chainHash(
      'case-1',
      0n,
      { ...opened, data: { summary: 'Inspections carried out' } },
      GENESIS_HASH,
      JCS_HASH_SCHEME,
    );
    for (const result of [await verifyStore(store), await verifyStream(store, 'case-1')]) {
      expect(result.ok).toBe(false);
      expect(result.firstBreak).toEqual({
        stream: 'case-1',
        revision: 0n,
        position: opened.position,
        eventId: opened.id,
        expected,
        found: opened.hash,
        reason: 'hash-mismatch',
        // The same as a code and its values, for readers to say in their language.
        problem: {
          code: 'chain.hashMismatch',
          params: {
            eventId: opened.id,
            stream: 'case-1',
            revision: '0',
            expected,
            found: opened.hash,
          },
        },
      });
    }
    expect((await verifyStream(store, 'duty-1')).ok).toBe(true);
  });

  it('detects a stored hash rewritten to hide an edit: the next link no longer holds', async () => {
    await store.append('case-1', many(3), 'no_stream');
    const [, second, third] = await store.readStream('case-1');
    if (!second || !third) throw new Error('no events');
    const forged = {
      ...second,
      metadata: { ...second.metadata, actor: { id: 'mallory', role: 'ADMIN' } },
    };
    const forgedHash = chainHash('case-1', 1n, forged, second.previousHash, JCS_HASH_SCHEME);
    tamper(second.id, 'metadata = ?', JSON.stringify(forged.metadata));
    tamper(second.id, 'hash = ?', forgedHash);
    const result = await verifyStore(store);
    expect(result.firstBreak).toMatchObject({
      stream: 'case-1',
      revision: 2n,
      eventId: third.id,
      expected: forgedHash,
      found: second.hash,
      reason: 'previous-hash-mismatch',
    });
  });

  it('detects a deleted event in the middle of a stream', async () => {
    await store.append('case-1', many(3), 'no_stream');
    const [, second, third] = await store.readStream('case-1');
    if (!second || !third) throw new Error('no events');
    const db = new Database(file);
    db.prepare('DELETE FROM events WHERE id = ?').run(second.id);
    db.close();
    expect((await verifyStream(store, 'case-1')).firstBreak).toMatchObject({
      eventId: third.id,
      reason: 'previous-hash-mismatch',
    });
  });

  it('names a stored row whose JSON no longer parses as the broken link, after checking those before it', async () => {
    await store.append('duty-1', many(3), 'no_stream');
    await store.append('case-1', many(4), 'no_stream');
    await store.append('duty-1', many(2), 2n);
    const [, , third] = await store.readStream('case-1');
    if (!third) throw new Error('no event');
    tamper(third.id, 'data = ?', '{"index": 2, "note": "cut');
    const expected = {
      stream: 'case-1',
      revision: 2n,
      position: third.position,
      eventId: third.id,
      expected: null,
      found: expect.stringMatching(/^its data is not JSON/) as string,
      reason: 'unreadable-event',
      problem: {
        code: 'chain.eventUnreadable',
        params: {
          eventId: third.id,
          stream: 'case-1',
          revision: '2',
          reason: expect.stringMatching(/^its data is not JSON/) as string,
        },
      },
    };
    const whole = await verifyStore(store, { pageSize: 4 });
    expect(whole).toEqual({ ok: false, eventsChecked: 5, streamsChecked: 2, firstBreak: expected });
    const one = await verifyStream(store, 'case-1');
    expect(one).toEqual({ ok: false, eventsChecked: 2, streamsChecked: 1, firstBreak: expected });

    // A broken link before it is still the first one reported.
    const [first] = await store.readStream('duty-1');
    if (!first) throw new Error('no event');
    tamper(first.id, 'data = ?', JSON.stringify({ index: 99 }));
    expect((await verifyStore(store)).firstBreak).toMatchObject({
      eventId: first.id,
      reason: 'hash-mismatch',
    });
  });

  it('names the unreadable row when it is the last of the store', async () => {
    await store.append('case-1', many(2), 'no_stream');
    const [, last] = await store.readStream('case-1');
    if (!last) throw new Error('no event');
    tamper(last.id, 'metadata = ?', 'not json');
    for (const result of [await verifyStore(store), await verifyStream(store, 'case-1')]) {
      expect(result).toMatchObject({
        ok: false,
        eventsChecked: 1,
        firstBreak: { eventId: last.id, revision: 1n, reason: 'unreadable-event' },
      });
    }
  });

  it('answers StreamNotFoundError for a stream without events', async () => {
    await expect(verifyStream(store, 'case-none')).rejects.toBeInstanceOf(StreamNotFoundError);
  });
});

describe('hash-chain verification on the EventStoreDB adapter (emulator)', () => {
  let emulator: RunningEsdbEmulator;
  let store: EventStoreDbEventStore;

  beforeAll(async () => {
    emulator = await start();
    store = EventStoreDbEventStore.connect(emulator.connectionString);
  });
  afterAll(async () => {
    await store.close();
    await emulator.stop();
  });
  beforeEach(() => emulator.reset());

  it('passes intact chains, whole store and one stream', async () => {
    const category = uniqueCategory();
    await store.append(`${category}-a`, many(3), 'no_stream');
    await store.append(`${category}-b`, many(2), 'no_stream');
    await store.append(`${category}-a`, many(2), 2n);
    const progress: VerificationProgress[] = [];
    const whole = await verifyStore(store, { pageSize: 2, onProgress: (p) => progress.push(p) });
    expect(whole).toEqual({ ok: true, eventsChecked: 7, streamsChecked: 2, firstBreak: null });
    expect(progress.length).toBeGreaterThan(1);
    expect(await verifyStream(store, `${category}-a`)).toMatchObject({
      ok: true,
      eventsChecked: 5,
    });
  });

  it('detects an event appended by another client with a hash that does not match it', async () => {
    const category = uniqueCategory();
    const stream = `${category}-a`;
    await store.append(stream, many(2), 'no_stream');
    const [, last] = await store.readStream(stream);
    if (!last) throw new Error('no events');
    const forged = proposed('ThingHappened', { index: 99 });
    const raw = EventStoreDBClient.connectionString(emulator.connectionString);
    try {
      await raw.appendToStream(
        stream,
        jsonEvent({
          id: forged.id,
          type: forged.type,
          data: forged.data,
          metadata: {
            schemaVersion: 1,
            ...forged.metadata,
            hash: 'f'.repeat(64),
            previousHash: last.hash,
          },
        }),
      );
    } finally {
      await raw.dispose();
    }
    // Written without a hash scheme: it is checked as the original scheme would have hashed it.
    const expected = chainHash(stream, 2n, forged, last.hash, ORIGINAL_HASH_SCHEME);
    for (const result of [await verifyStore(store), await verifyStream(store, stream)]) {
      expect(result.ok).toBe(false);
      expect(result.firstBreak).toMatchObject({
        stream,
        revision: 2n,
        eventId: forged.id,
        expected,
        found: 'f'.repeat(64),
        reason: 'hash-mismatch',
      });
    }
  });
});

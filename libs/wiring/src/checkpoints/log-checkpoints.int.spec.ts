import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type DutyLedgerConfig, loadConfig } from '@dutyledger/config';
import {
  CHECKPOINT_STREAM,
  type CheckpointSource,
  type EventStore,
  connectEventStoreDb,
  SqliteEventStore,
  keyIdOf,
  latestStoredCheckpoint,
  verifyCheckpoints,
  verifyStore,
} from '@dutyledger/event-store';
import { many } from '../../../event-store/src/contract/contract-fixtures';
import { type RunningEsdbEmulator, start } from '../../../../test/support/esdb-emulator';
import { checkpointAnswer } from './checkpoint-answer';
import { readCheckpointFile } from './checkpoint-file';
import { trustedCheckpointKey } from './checkpoint-key';
import { LogCheckpointer } from './log-checkpointer';

const modeOf = (file: string) => (statSync(file).mode & 0o777).toString(8);

/** The sources `verify` holds a store against: its latest checkpoint and the kept file. */
async function sources(store: EventStore, config: DutyLedgerConfig): Promise<CheckpointSource[]> {
  const kept = readCheckpointFile(config.checkpoints.file);
  const stored = await latestStoredCheckpoint(store);
  return [stored, kept].flatMap((source) => (source ? [source] : []));
}

describe('signed checkpoints of the log, on the SQLite store', () => {
  let directory: string;
  let config: DutyLedgerConfig;
  let store: SqliteEventStore;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'dutyledger-checkpoints-'));
    config = loadConfig({ DUTYLEDGER_DATA_DIR: directory });
    store = SqliteEventStore.open(
      config.eventStore.kind === 'sqlite' ? config.eventStore.file : '',
    );
  });
  afterEach(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const verify = async () =>
    verifyCheckpoints(store, await sources(store, config), trustedCheckpointKey(config));

  /** Runs SQL on the store's file behind its back, as someone holding the file could. */
  function tamper(sql: string, ...values: unknown[]): void {
    const db = new Database(join(directory, 'events.db'));
    db.prepare(sql).run(...values);
    db.close();
  }

  it('records the log as a signed root in the log itself and in an owner-only file, with a key made 600', async () => {
    await store.append('case-1', many(3), 'no_stream');
    await store.append('duty-1', many(2), 'no_stream');
    const recorded = await new LogCheckpointer(store, config).record();
    expect(recorded?.checkpoint).toMatchObject({
      format: 'dutyledger-log-checkpoint/1',
      position: '5',
      streams: 2,
      events: 5,
    });
    expect(recorded?.eventPosition).toBe(6n);
    const [event] = await store.readStream(CHECKPOINT_STREAM);
    expect(event?.data).toEqual(recorded?.checkpoint);
    expect(modeOf(config.checkpoints.file)).toBe('600');
    expect(modeOf(config.checkpoints.keyFile)).toBe('600');
    const verdicts = await verify();
    expect(verdicts.map((verdict) => [verdict.source, verdict.ok, verdict.problem])).toEqual([
      ['store', true, null],
      ['file', true, null],
    ]);
  });

  it('records only when the log moved, each time reading only what is new', async () => {
    const checkpointer = new LogCheckpointer(store, config);
    await store.append('case-1', many(2), 'no_stream');
    expect(await checkpointer.record()).toBeDefined();
    expect(await checkpointer.record()).toBeUndefined();
    expect(await new LogCheckpointer(store, config).record()).toBeUndefined();
    await store.append('case-1', many(2), 1n);
    const second = await checkpointer.record();
    // A checkpointer starting from nothing reads the whole log and signs the same root.
    await store.append('case-2', many(1), 'no_stream');
    const third = await checkpointer.record();
    const fresh = new LogCheckpointer(store, config);
    await store.append('case-2', many(1), 0n);
    const fourth = await fresh.record();
    expect(second?.checkpoint.events).toBe(5);
    expect([third?.checkpoint.events, fourth?.checkpoint.events]).toEqual([7, 9]);
    expect((await verify()).every((verdict) => verdict.ok)).toBe(true);
  });

  it('finds events cut off the end of a stream, which the hash chain cannot, naming the stream', async () => {
    await store.append('case-1', many(4), 'no_stream');
    await store.append('duty-1', many(2), 'no_stream');
    await new LogCheckpointer(store, config).record();
    const [, , , last] = await store.readStream('case-1');
    tamper('DELETE FROM events WHERE id = ?', last?.id);

    expect((await verifyStore(store)).ok).toBe(true);
    const verdicts = await verify();
    expect(verdicts.map((verdict) => verdict.ok)).toEqual([false, false]);
    expect(verdicts[0]?.problem).toEqual({
      code: 'checkpoint.storeHeadsDiffer',
      params: {
        position: '6',
        recordedAt: expect.any(String) as string,
        events: '5',
        signedEvents: '6',
      },
    });
    expect(verdicts[1]?.differences).toEqual([
      {
        stream: 'case-1',
        signed: { revision: '3', hash: last?.hash },
        found: { revision: '2', hash: expect.stringMatching(/^[0-9a-f]{64}$/) as string },
      },
    ]);
  });

  it('finds a store rolled back to a copy taken before the last checkpoint', async () => {
    await store.append('case-1', many(2), 'no_stream');
    await new LogCheckpointer(store, config).record();
    await store.close();
    copyFileSync(join(directory, 'events.db'), join(directory, 'backup.db'));
    store = SqliteEventStore.open(join(directory, 'events.db'));
    await store.append('case-1', many(3), 1n);
    await new LogCheckpointer(store, config).record();
    await store.close();
    copyFileSync(join(directory, 'backup.db'), join(directory, 'events.db'));
    rmSync(join(directory, 'events.db-wal'), { force: true });
    rmSync(join(directory, 'events.db-shm'), { force: true });
    store = SqliteEventStore.open(join(directory, 'events.db'));

    const [inStore, inFile] = await verify();
    // The store's own latest checkpoint went back with it; the kept file did not.
    expect(inStore).toMatchObject({ source: 'store', ok: true, position: '2' });
    expect(inFile).toMatchObject({ source: 'file', ok: false, position: '6' });
    expect(inFile?.problem).toEqual({
      code: 'checkpoint.storeRolledBack',
      params: { end: '3', position: '6', recordedAt: expect.any(String) as string },
    });
    // JSON answers (the api, `verify`) carry the code, its values and the English sentence.
    expect(inFile && checkpointAnswer(inFile)).toMatchObject({
      problem: expect.stringMatching(
        /^rolled back: the store ends at position 3, before position 6 that was signed on /,
      ) as string,
      problemCode: 'checkpoint.storeRolledBack',
      problemParams: { end: '3', position: '6' },
    });
  });

  it('refuses a checkpoint whose content was changed, or that another key signed', async () => {
    await store.append('case-1', many(2), 'no_stream');
    await new LogCheckpointer(store, config).record();
    const kept = JSON.parse(readFileSync(config.checkpoints.file, 'utf8')) as {
      checkpoint: Record<string, unknown>;
    };
    writeFileSync(
      config.checkpoints.file,
      JSON.stringify({ ...kept, checkpoint: { ...kept.checkpoint, position: '1' } }),
    );
    expect((await verify())[1]?.problem).toEqual({
      code: 'checkpoint.signatureMismatch',
      params: {},
    });

    const other = loadConfig({
      DUTYLEDGER_DATA_DIR: directory,
      DUTYLEDGER_CHECKPOINT_KEY_FILE: join(directory, 'other-key.pem'),
    });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(other.checkpoints.keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const [stored] = await verifyCheckpoints(
      store,
      await sources(store, config),
      trustedCheckpointKey(other),
    );
    expect(stored?.problem).toEqual({
      code: 'checkpoint.keyNotTrusted',
      params: {
        keyId: expect.stringMatching(/^[0-9a-f]{32}$/) as string,
        trustedKeyId: keyIdOf(createPublicKey(privateKey)),
      },
    });
  });
});

describe('signed checkpoints of the log, on the EventStoreDB adapter (emulator)', () => {
  let emulator: RunningEsdbEmulator;
  let directory: string;

  beforeAll(async () => {
    emulator = await start();
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.reset();
    directory = mkdtempSync(join(tmpdir(), 'dutyledger-checkpoints-esdb-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('signs the log through the port, and finds the server rolled back against the kept file', async () => {
    const config = loadConfig({
      DUTYLEDGER_DATA_DIR: directory,
      DUTYLEDGER_EVENT_STORE: 'eventstoredb',
      DUTYLEDGER_EVENTSTORE_URL: emulator.connectionString,
    });
    const store = await connectEventStoreDb(emulator.connectionString);
    try {
      await store.append('case-1', many(3), 'no_stream');
      await store.append('duty-1', many(2), 'no_stream');
      const recorded = await new LogCheckpointer(store, config).record();
      expect(recorded?.checkpoint).toMatchObject({ streams: 2, events: 5 });
      const trusted = trustedCheckpointKey(config);
      const intact = await verifyCheckpoints(store, await sources(store, config), trusted);
      expect(intact.map((verdict) => [verdict.source, verdict.ok])).toEqual([
        ['store', true],
        ['file', true],
      ]);

      // The server comes back from an older snapshot: fewer events, no checkpoint of its own.
      emulator.reset();
      await store.append('case-1', many(2), 'no_stream');
      const [kept] = await verifyCheckpoints(store, await sources(store, config), trusted);
      expect(kept).toMatchObject({ source: 'file', ok: false });
      expect(kept?.problem).toMatchObject({ code: 'checkpoint.storeRolledBack' });
    } finally {
      await store.close();
    }
  });
});

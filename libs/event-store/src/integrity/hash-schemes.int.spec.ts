import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import canonicalize from 'canonicalize';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { type RunningEsdbEmulator, start } from '../../../../test/support/esdb-emulator';
import { proposed, uniqueCategory } from '../contract/contract-fixtures';
import { EventStoreDbEventStore } from '../eventstoredb/eventstoredb.event-store';
import type { EventStore } from '../port/event-store.port';
import type { ProposedEvent, RecordedEvent } from '../port/envelope';
import { SqliteEventStore } from '../sqlite/sqlite.event-store';
import { verifyCaseBundle, writeCaseBundle } from './case-bundle';
import { verifyStore } from './chain-verification';
import { GENESIS_HASH, ORIGINAL_HASH_SCHEME, chainBatch } from './hash-chain';
import { readLogHeads } from './log-heads';
import { signLogCheckpoint, signatureProblem, storeProblem } from './log-checkpoint';

/** Numbers and text whose canonical form RFC 8785 fixes (its sections 3.2.2 and 3.2.3). */
const RFC_DATA = {
  numbers: [Number('333333333.33333329'), 1e30, 4.5, 2e-3, 0.000000000000000000000000001, 1e21, -0],
  string: '€$\u000f\nA\'B"\\\\"/',
  '\u20ac': 'Euro Sign',
  '\r': 'Carriage Return',
  '\ufb33': 'Hebrew Letter Dalet With Dagesh',
  '1': 'One',
  '\ud83d\ude00': 'Emoji: Grinning Face',
  安全生产: '一岗双责',
};

/** The hash an auditor computes with any RFC 8785 library, from the stored envelope alone. */
function jcsHashOf(event: RecordedEvent): string {
  const members = {
    stream: event.stream,
    revision: event.revision.toString(),
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    previousHash: event.previousHash,
    hashScheme: event.hashScheme,
  };
  return createHash('sha256')
    .update(canonicalize(members) ?? '', 'utf8')
    .digest('hex');
}

const old = (count: number): ProposedEvent[] =>
  Array.from({ length: count }, (_, index) => proposed('ThingHappened', { index, ratio: 0.1 }));

/** Checks what every store must: old events verify, new ones chain on them under JCS. */
async function expectBothSchemesVerify(store: EventStore, caseId: string): Promise<void> {
  const stream = `case-${caseId}`;
  await store.append(stream, [proposed('ThingHappened', RFC_DATA)], 1n);
  const events = await store.readStream(stream);
  expect(events.map((event) => event.hashScheme)).toEqual([undefined, undefined, 2]);
  const [, head, added] = events;
  if (head === undefined || added === undefined) throw new Error('no events');
  expect(added.previousHash).toBe(head.hash);
  expect(added.hash).toBe(jcsHashOf(added));
  expect(await verifyStore(store)).toMatchObject({ ok: true, eventsChecked: 3, firstBreak: null });

  const bundle = writeCaseBundle(caseId, '2026-03-01T00:00:00.000Z', [events]);
  expect(verifyCaseBundle(bundle)).toMatchObject({ ok: true, problems: [] });
  const [manifest, first, ...rest] = bundle.trimEnd().split('\n');
  const schemeless = JSON.stringify({ ...JSON.parse(rest.at(-1) ?? '{}'), hashScheme: 1 });
  const downgraded = [manifest, first, ...rest.slice(0, -1), schemeless].join('\n');
  expect(verifyCaseBundle(downgraded).problems[0]).toMatchObject({ line: 4, revision: '2' });

  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const { end } = await readLogHeads(store);
  const signed = signLogCheckpoint(end, '2026-03-01T00:00:00.000Z', privateKey);
  expect(signatureProblem(signed.checkpoint, publicKey)).toBeUndefined();
  expect(storeProblem(signed.checkpoint, end, end.position)).toBeUndefined();
}

describe('hash schemes on the SQLite store', () => {
  let directory: string;
  let file: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'dutyledger-schemes-'));
    file = join(directory, 'events.db');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  /** A store file as the version before hash schemes wrote it: no scheme column, scheme 1. */
  function storeOfTheVersionBefore(stream: string, events: ProposedEvent[]): void {
    const db = new Database(file);
    db.exec(`CREATE TABLE events (
      position INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, stream TEXT NOT NULL,
      revision INTEGER NOT NULL, type TEXT NOT NULL, schema_version INTEGER NOT NULL,
      data TEXT NOT NULL, metadata TEXT NOT NULL, hash TEXT NOT NULL, previous_hash TEXT NOT NULL,
      UNIQUE (stream, revision))`);
    const links = chainBatch(stream, 0n, events, GENESIS_HASH, ORIGINAL_HASH_SCHEME);
    const insert = db.prepare(
      'INSERT INTO events (id, stream, revision, type, schema_version, data, metadata, hash, previous_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    events.forEach((event, index) => {
      const link = links[index];
      if (link === undefined) throw new Error('no link');
      const { id, type, schemaVersion, data, metadata } = event;
      const [json, meta] = [JSON.stringify(data), JSON.stringify(metadata)];
      insert.run(id, stream, index, type, schemaVersion, json, meta, link.hash, link.previousHash);
    });
    db.close();
  }

  it('verifies a store of the original scheme, and chains new events on it with JCS', async () => {
    storeOfTheVersionBefore('case-1', old(2));
    const store = SqliteEventStore.open(file);
    try {
      await expectBothSchemesVerify(store, '1');
      const db = new Database(file);
      db.prepare('UPDATE events SET data = \'{"index":7,"ratio":0.1}\' WHERE revision = 0').run();
      db.close();
      expect((await verifyStore(store)).firstBreak).toMatchObject({ revision: 0n });
    } finally {
      await store.close();
    }
  });
});

describe('hash schemes on the EventStoreDB adapter (emulator)', () => {
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

  it('verifies events the adapter wrote before hash schemes, and chains new ones with JCS', async () => {
    const caseId = uniqueCategory();
    const stream = `case-${caseId}`;
    const events = old(2);
    const links = chainBatch(stream, 0n, events, GENESIS_HASH, ORIGINAL_HASH_SCHEME);
    const raw = EventStoreDBClient.connectionString(emulator.connectionString);
    try {
      const written = events.map((event, index) =>
        jsonEvent({
          id: event.id,
          type: event.type,
          data: event.data,
          metadata: {
            schemaVersion: event.schemaVersion,
            ...event.metadata,
            hash: links[index]?.hash ?? '',
            previousHash: links[index]?.previousHash ?? '',
            $correlationId: event.metadata.correlationId,
            $causationId: event.metadata.causationId,
          },
        }),
      );
      await raw.appendToStream(stream, written, { expectedRevision: 'no_stream' });
    } finally {
      await raw.dispose();
    }
    await expectBothSchemesVerify(store, caseId);
  });
});

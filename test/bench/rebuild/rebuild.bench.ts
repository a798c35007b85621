/**
 * Events per second of a projection rebuild over at least 200,000 events, beside a raw batched
 * insert of the very rows the rebuild produced. Run: npm run bench:rebuild [-- EVENTS]
 *
 * 1. Loads the demo scenario through the command API of an api on a temp data directory.
 * 2. Replicates its domain events (idempotency answers left out) into a bigger SQLite store until
 *    it holds EVENTS (default 200,000): copy k renames every UUID consistently, so each copy is
 *    another municipality with the same history; the hash chain is recomputed per stream.
 * 3. Rebuilds every projection from position zero into a fresh SQLite read-model file
 *    (rebuildProjection: side database, then the atomic swap) and times each.
 * 4. Inserts the rows the rebuild produced, table by table, into another fresh file with prepared
 *    statements in transactions of 1,000 rows: the floor a rebuild could reach.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '@dutyledger/config';
import {
  GENESIS_HASH,
  ORIGINAL_HASH_SCHEME,
  type ProposedEvent,
  SqliteEventStore,
  chainHash,
} from '@dutyledger/event-store';
import { domainCodec } from '@dutyledger/ledger';
import { embeddedSecret, mintToken } from '@dutyledger/auth';
import {
  PROJECTIONS,
  READ_MODEL_ENTITIES,
  openReadModels,
  rebuildProjection,
} from '@dutyledger/read-models';
import { createApp } from '../../../apps/api/src/create-app';
import { demoTokens, loadDemo } from '../../../apps/cli/src/demo';
import { nowMs } from '../measure';

const TARGET = Number(process.argv[2] ?? 200_000);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** The demo's personnel numbers: unique in a store, so each copy gets its own (and its own reservation stream). */
const PERSONNEL_NUMBER = /\bRS-\d{4}-\d{4}\b/g;

interface Row {
  id: string;
  stream: string;
  revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
}

async function demoStore(dir: string): Promise<string> {
  // Warnings and errors only: a line per request would bury the figures.
  const config = loadConfig({ DUTYLEDGER_DATA_DIR: dir, PORT: '0', DUTYLEDGER_LOG_LEVEL: 'warn' });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const secret = embeddedSecret(dir);
  const started = nowMs();
  const summary = await loadDemo({
    baseUrl: `http://127.0.0.1:${port}`,
    tokens: demoTokens((role, subject) => mintToken(secret, { subject: `bench-${subject}`, role })),
  });
  console.log(
    `demo loaded through the api in ${((nowMs() - started) / 1000).toFixed(1)} s (last position ${summary.lastPosition})`,
  );
  await app.close();
  return config.eventStore.kind === 'sqlite' ? config.eventStore.file : '';
}

/** Copy `copy` of a UUID: stable, distinct per copy, still shaped as a v4 UUID. */
function renamed(uuid: string, copy: number): string {
  if (copy === 0) return uuid;
  const hex = createHash('sha256').update(`${copy}:${uuid}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function replicate(source: string, target: string): Promise<number> {
  const from = new Database(source, { readonly: true });
  const rows = from
    .prepare(
      "SELECT id, stream, revision, type, schema_version, data, metadata FROM events WHERE stream NOT LIKE 'idempotency-%' ORDER BY position",
    )
    .all() as Row[];
  from.close();
  // Create the store's schema, then write rows directly (fast, unsynchronised: not measured).
  await SqliteEventStore.open(target).close();
  const to = new Database(target);
  to.pragma('journal_mode = WAL');
  to.pragma('synchronous = OFF');
  const insert = to.prepare(
    'INSERT INTO events (id, stream, revision, type, schema_version, data, metadata, hash, previous_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const copies = Math.ceil(TARGET / rows.length);
  let written = 0;
  for (let copy = 0; copy < copies; copy++) {
    const heads = new Map<string, string>();
    const names = new Map<string, string>();
    const rename = (text: string) =>
      text
        .replace(PERSONNEL_NUMBER, (number) => (copy === 0 ? number : `${number}-${copy}`))
        .replace(UUID, (uuid) => {
          let name = names.get(uuid);
          if (name === undefined) {
            name = renamed(uuid, copy);
            names.set(uuid, name);
          }
          return name;
        });
    to.transaction(() => {
      for (const row of rows) {
        const stream = rename(row.stream);
        const event: ProposedEvent = {
          id: rename(row.id),
          type: row.type,
          schemaVersion: row.schema_version,
          data: JSON.parse(rename(row.data)) as Record<string, unknown>,
          metadata: JSON.parse(rename(row.metadata)) as ProposedEvent['metadata'],
        };
        const previous = heads.get(stream) ?? GENESIS_HASH;
        // The rows are written without a hash scheme: the original scheme hashes them.
        const hash = chainHash(stream, BigInt(row.revision), event, previous, ORIGINAL_HASH_SCHEME);
        heads.set(stream, hash);
        insert.run(
          event.id,
          stream,
          row.revision,
          event.type,
          event.schemaVersion,
          JSON.stringify(event.data),
          JSON.stringify(event.metadata),
          hash,
          previous,
        );
        written++;
      }
    })();
  }
  to.close();
  return written;
}

/** Inserts the rebuilt rows into a fresh database the fastest plain way: the floor. */
function rawInsert(
  rebuilt: string,
  fresh: string,
  tables: readonly string[],
): { rows: number; ms: number } {
  const source = new Database(rebuilt, { readonly: true });
  const target = new Database(fresh);
  target.pragma('journal_mode = WAL');
  let rows = 0;
  const started = nowMs();
  for (const table of tables) {
    const all = source.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
    const first = all[0];
    if (!first) continue;
    const columns = Object.keys(first);
    const insert = target.prepare(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    for (let at = 0; at < all.length; at += 1000) {
      target.transaction(() => {
        for (const row of all.slice(at, at + 1000)) insert.run(...columns.map((c) => row[c]));
      })();
    }
    rows += all.length;
  }
  const ms = nowMs() - started;
  source.close();
  target.close();
  return { rows, ms };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dutyledger-bench-rebuild-'));
  try {
    const demo = await demoStore(join(dir, 'demo'));
    const big = join(dir, 'events.db');
    const events = await replicate(demo, big);
    console.log(`store: ${events} events (the demo's domain events, replicated)`);

    const store = SqliteEventStore.open(big);
    const liveFile = join(dir, 'read-models.db');
    const live = await openReadModels({ kind: 'sqlite', file: liveFile });
    const upcasters = domainCodec();
    console.log('\nprojection             events read     seconds    events/s');
    let read = 0;
    const started = nowMs();
    for (const projection of PROJECTIONS) {
      const begun = nowMs();
      const result = await rebuildProjection({
        store,
        live,
        database: { kind: 'sqlite', file: liveFile },
        projection,
        upcasters,
      });
      const seconds = (nowMs() - begun) / 1000;
      read += result.events;
      console.log(
        `${projection.name.padEnd(20)}${String(result.events).padStart(14)}${seconds.toFixed(1).padStart(12)}${(result.events / seconds).toFixed(0).padStart(12)}${result.parked ? `   ${result.parked} parked` : ''}`,
      );
    }
    const rebuildSeconds = (nowMs() - started) / 1000;
    await store.close();
    const tables = READ_MODEL_ENTITIES.filter(
      (entity) => !['ProjectionCheckpoint', 'ParkedEvent'].includes(entity.name),
    ).map((entity) => live.getMetadata(entity).tableName);
    await live.destroy();

    const freshFile = join(dir, 'raw.db');
    const fresh = await openReadModels({ kind: 'sqlite', file: freshFile });
    await fresh.destroy();
    const raw = rawInsert(liveFile, freshFile, tables);

    console.log(
      `\nrebuild, all projections: ${events} store events in ${rebuildSeconds.toFixed(1)} s = ${(events / rebuildSeconds).toFixed(0)} store events/s (${read} projection-event applications)`,
    );
    console.log(
      `raw batched insert of the same ${raw.rows} rows: ${(raw.ms / 1000).toFixed(2)} s = ${(raw.rows / (raw.ms / 1000)).toFixed(0)} rows/s, ${(events / (raw.ms / 1000)).toFixed(0)} store events/s equivalent`,
    );
    console.log(`ratio rebuild/raw (time): ${(rebuildSeconds / (raw.ms / 1000)).toFixed(1)}x`);
    console.log(`\ncommand: npm run bench:rebuild -- ${TARGET}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

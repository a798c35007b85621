/**
 * Events per second of a rebuild of every projection over at least 200,000 events, beside a raw
 * batched insert of the very rows the rebuild produced, on SQLite (default) or PostgreSQL.
 * Run: npm run bench:rebuild [-- EVENTS] [--postgres URL] [--incremental]
 *
 * 1. Loads the demo scenario through the command API of an api on a temp data directory.
 * 2. Replicates its domain events (idempotency answers left out) into a bigger SQLite store until
 *    it holds EVENTS (default 200,000): copy k renames every UUID consistently, so each copy is
 *    another municipality with the same history; the hash chain is recomputed per stream.
 * 3. Rebuilds every projection from position zero (rebuildInMemory: the log read once, state in
 *    memory, swapped in with multi-row inserts) into a fresh read-model database, and times it.
 *    With --incremental it first times the runner's path (catchUp: batches of 1,000 events, one
 *    transaction each, through TypeORM) into another fresh database, for comparison.
 * 4. Inserts the rows the rebuild produced, table by table, into another fresh database: SQLite
 *    with prepared statements in transactions of 1,000 rows, PostgreSQL with multi-row INSERTs of
 *    1,000 rows per transaction: the floor a rebuild could reach.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
import { DEFAULT_TIME_ZONE, calendarFor } from '@dutyledger/domain';
import {
  PROJECTIONS,
  READ_MODEL_ENTITIES,
  type ReadModelDatabase,
  catchUp,
  openReadModels,
  rebuildInMemory,
} from '@dutyledger/read-models';
import { Client } from 'pg';
import { createApp } from '../../../apps/api/src/create-app';
import { demoTokens, loadDemo } from '../../../apps/cli/src/demo';
import { nowMs } from '../measure';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : (args[at + 1] ?? '');
};
const POSTGRES = flag('--postgres');
const INCREMENTAL = args.includes('--incremental');
/** A store file kept between runs: built there if missing, reused (as it is) if present. */
const STORE = flag('--store');
const TARGET = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 200_000);
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

/** How many events a kept store holds (its last position: replicated stores have no gaps). */
async function storedEvents(file: string): Promise<number> {
  const store = SqliteEventStore.open(file);
  const [last] = await store.readAll({ direction: 'backwards', maxCount: 1 });
  await store.close();
  return Number(last?.position ?? 0n);
}

/** Inserts the rebuilt rows into a fresh SQLite file the plain fast way: the floor. */
function rawInsertSqlite(
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

/** Inserts the rebuilt rows into a fresh PostgreSQL schema with multi-row INSERTs: the floor. */
async function rawInsertPostgres(
  url: string,
  rebuilt: string,
  fresh: string,
  tables: readonly string[],
): Promise<{ rows: number; ms: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  let rows = 0;
  let ms = 0;
  try {
    for (const table of tables) {
      const { rows: all } = await client.query<Record<string, unknown>>(
        `SELECT * FROM "${rebuilt}"."${table}"`,
      );
      const first = all[0];
      if (!first) continue;
      const columns = Object.keys(first);
      const started = nowMs();
      for (let at = 0; at < all.length; at += 1000) {
        const chunk = all.slice(at, at + 1000);
        const values: unknown[] = [];
        const tuples = chunk.map(
          (row) => `(${columns.map((c) => `$${values.push(row[c])}`).join(', ')})`,
        );
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO "${fresh}"."${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`,
          values,
        );
        await client.query('COMMIT');
      }
      ms += nowMs() - started;
      rows += all.length;
    }
  } finally {
    await client.end();
  }
  return { rows, ms };
}

async function postgresSchema(url: string, name: string): Promise<() => Promise<void>> {
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP SCHEMA IF EXISTS "${name}" CASCADE; CREATE SCHEMA "${name}"`);
  return () => admin(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
}

/** The highest resident set size seen, sampled every 100 ms. */
function peakRss(): { stop: () => number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 100);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dutyledger-bench-rebuild-'));
  const drops: (() => Promise<void>)[] = [];
  const database = async (name: string): Promise<ReadModelDatabase> => {
    if (!POSTGRES) return { kind: 'sqlite', file: join(dir, `${name}.db`) };
    const schema = `bench_rebuild_${process.pid}_${name}`;
    drops.push(await postgresSchema(POSTGRES, schema));
    return { kind: 'postgres', url: POSTGRES, schema };
  };
  try {
    const big = STORE ?? join(dir, 'events.db');
    const events = existsSync(big)
      ? await storedEvents(big)
      : await replicate(await demoStore(join(dir, 'demo')), big);
    console.log(`store: ${events} events (the demo's domain events, replicated)`);
    console.log(`read models: ${POSTGRES ? 'PostgreSQL' : 'SQLite'}`);
    const store = SqliteEventStore.open(big);
    const upcasters = domainCodec();

    if (INCREMENTAL) {
      const target = await database('incremental');
      const live = await openReadModels(target);
      const started = nowMs();
      for (const projection of PROJECTIONS) {
        await catchUp(live, store, projection, {
          upcasters,
          clock: () => new Date(),
          calendar: calendarFor(DEFAULT_TIME_ZONE),
        });
      }
      const seconds = (nowMs() - started) / 1000;
      await live.destroy();
      console.log(
        `\nincremental (the runner's batches, one projection after another): ${seconds.toFixed(1)} s = ${(events / seconds).toFixed(0)} store events/s`,
      );
    }

    const target = await database('live');
    const live = await openReadModels(target);
    const memory = peakRss();
    const started = nowMs();
    const results = await rebuildInMemory({
      store,
      live,
      database: target,
      projections: PROJECTIONS,
      upcasters,
    });
    const rebuildSeconds = (nowMs() - started) / 1000;
    const peak = memory.stop();
    await store.close();
    console.log('\nprojection             events applied   parked');
    let read = 0;
    for (const result of results) {
      read += result.events;
      console.log(
        `${result.projection.padEnd(20)}${String(result.events).padStart(17)}${String(result.parked).padStart(9)}`,
      );
    }
    const tables = READ_MODEL_ENTITIES.filter(
      (entity) => !['ProjectionCheckpoint', 'ParkedEvent', 'ProjectionLease'].includes(entity.name),
    ).map((entity) => live.getMetadata(entity).tableName);
    await live.destroy();

    const freshTarget = await database('raw');
    const fresh = await openReadModels(freshTarget);
    await fresh.destroy();
    const raw =
      target.kind === 'postgres' && freshTarget.kind === 'postgres'
        ? await rawInsertPostgres(
            target.url,
            target.schema ?? 'public',
            freshTarget.schema ?? 'public',
            tables,
          )
        : target.kind === 'sqlite' && freshTarget.kind === 'sqlite'
          ? rawInsertSqlite(target.file, freshTarget.file, tables)
          : { rows: 0, ms: 0 };

    const rebuildRate = events / rebuildSeconds;
    const rawRate = events / (raw.ms / 1000);
    console.log(
      `\nrebuild, all projections: ${events} store events in ${rebuildSeconds.toFixed(1)} s = ${rebuildRate.toFixed(0)} store events/s (${read} projection-event applications, peak RSS ${(peak / 1048576).toFixed(0)} MB)`,
    );
    console.log(
      `raw batched insert of the same ${raw.rows} rows: ${(raw.ms / 1000).toFixed(2)} s = ${(raw.rows / (raw.ms / 1000)).toFixed(0)} rows/s, ${rawRate.toFixed(0)} store events/s equivalent`,
    );
    console.log(`ratio rebuild/raw (rate): ${(rebuildRate / rawRate).toFixed(2)}`);
    console.log(`\ncommand: npm run bench:rebuild -- ${args.join(' ') || TARGET}`);
  } finally {
    for (const drop of drops) await drop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

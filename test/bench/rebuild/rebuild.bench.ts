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
 * 5. Unless --together-only, rebuilds each projection alone (the log read once for it), printing
 *    its store events/s, its ratio to the raw insert above and its peak RSS and heap.
 *
 * Figures are rates and ratios to the raw insert measured in the same run (the machine is
 * shared, so absolute rates say little), and the CPU seconds the rebuild took (user and system,
 * every thread of the process: other sessions disturb them less than the wall clock); peak RSS is
 * sampled every 20 ms, after a full GC when node runs with --expose-gc (as the npm script does).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@dutyledger/event-store';
import { domainCodec } from '@dutyledger/ledger';
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
import { nowMs } from '../measure';
import { demoStore, replicate } from '../replicated-demo';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : (args[at + 1] ?? '');
};
const POSTGRES = flag('--postgres');
const INCREMENTAL = args.includes('--incremental');
const TOGETHER_ONLY = args.includes('--together-only');
/** A store file kept between runs: built there if missing, reused (as it is) if present. */
const STORE = flag('--store');
const TARGET = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 200_000);

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

interface Peak {
  /** Resident set size and heap used when sampling started (after a full GC), and the highest seen since (bytes). */
  startRss: number;
  startHeap: number;
  rss: number;
  heap: number;
}

/**
 * The highest resident set size and heap used seen until `stop`: sampled every 20 ms and at each
 * `sample()` (the rebuild calls it per page: its loop seldom lets a timer run).
 */
function peakMemory(): { sample: () => void; stop: () => Peak } {
  const collect: unknown = Reflect.get(globalThis, 'gc');
  if (typeof collect === 'function') Reflect.apply(collect, globalThis, []);
  const startRss = process.memoryUsage.rss();
  const startHeap = process.memoryUsage().heapUsed;
  const peak: Peak = { startRss, startHeap, rss: startRss, heap: startHeap };
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peak.rss = Math.max(peak.rss, rss);
    peak.heap = Math.max(peak.heap, heapUsed);
  };
  const timer = setInterval(sample, 20);
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** User and system CPU time of the process (every thread: SQLite's work, the collector's helpers). */
const cpuSeconds = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1e6;

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

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
      : await replicate(await demoStore(join(dir, 'demo')), big, TARGET);
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
    const memory = peakMemory();
    const cpu = process.cpuUsage();
    const started = nowMs();
    const results = await rebuildInMemory({
      store,
      live,
      database: target,
      projections: PROJECTIONS,
      upcasters,
      onProgress: memory.sample,
    });
    const rebuildSeconds = (nowMs() - started) / 1000;
    const rebuildCpu = cpuSeconds(process.cpuUsage(cpu));
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
      `\nrebuild, all projections: ${events} store events in ${rebuildSeconds.toFixed(1)} s = ${rebuildRate.toFixed(0)} store events/s, ${rebuildCpu.toFixed(1)} s of CPU (${read} projection-event applications; RSS ${mb(peak.startRss)} at start, peak ${mb(peak.rss)}; heap ${mb(peak.startHeap)} at start, peak ${mb(peak.heap)})`,
    );
    console.log(
      `raw batched insert of the same ${raw.rows} rows: ${(raw.ms / 1000).toFixed(2)} s = ${(raw.rows / (raw.ms / 1000)).toFixed(0)} rows/s, ${rawRate.toFixed(0)} store events/s equivalent`,
    );
    console.log(`ratio rebuild/raw (rate): ${(rebuildRate / rawRate).toFixed(2)}`);

    if (!TOGETHER_ONLY) {
      console.log(
        '\neach projection alone   store events/s  × raw   RSS start   RSS peak   heap start   heap peak',
      );
      const alone = await database('alone');
      const one = await openReadModels(alone);
      const reopened = SqliteEventStore.open(big);
      for (const projection of PROJECTIONS) {
        const sampled = peakMemory();
        const from = nowMs();
        await rebuildInMemory({
          store: reopened,
          live: one,
          database: alone,
          projections: [projection],
          upcasters,
          onProgress: sampled.sample,
        });
        const rate = events / ((nowMs() - from) / 1000);
        const seen = sampled.stop();
        console.log(
          `${projection.name.padEnd(22)}${rate.toFixed(0).padStart(16)}${(rate / rawRate).toFixed(2).padStart(7)}${mb(seen.startRss).padStart(12)}${mb(seen.rss).padStart(11)}${mb(seen.startHeap).padStart(13)}${mb(seen.heap).padStart(12)}`,
        );
      }
      await reopened.close();
      await one.destroy();
    }
    const maxRss = process.resourceUsage().maxRSS * 1024;
    console.log(`\nprocess max RSS (getrusage): ${mb(maxRss)}`);
    console.log(`command: npm run bench:rebuild -- ${args.join(' ') || TARGET}`);
  } finally {
    for (const drop of drops) await drop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

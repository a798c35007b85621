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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@dutyledger/event-store';
import { domainUpcasters } from '@dutyledger/platform';
import {
  PROJECTIONS,
  READ_MODEL_ENTITIES,
  openReadModels,
  rebuildProjection,
} from '@dutyledger/read-models';
import { nowMs } from '../measure';
import { demoStore, replicate } from '../replicated-demo';

const TARGET = Number(process.argv[2] ?? 200_000);

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
    const events = await replicate(demo, big, TARGET);
    console.log(`store: ${events} events (the demo's domain events, replicated)`);

    const store = SqliteEventStore.open(big);
    const liveFile = join(dir, 'read-models.db');
    const live = await openReadModels({ kind: 'sqlite', file: liveFile });
    const upcasters = domainUpcasters();
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

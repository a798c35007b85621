/**
 * A big store made fast for the benchmarks: the demo scenario loaded through the api once, then
 * its domain events (idempotency answers left out) replicated into another SQLite store until it
 * holds at least `target` events. Copy k renames every UUID consistently (and every personnel
 * number), so each copy is another municipality with the same history; the hash chain is
 * recomputed per stream. Used by bench:rebuild and bench:queries.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
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
import { embeddedSecret, mintToken } from '@dutyledger/auth';
import { createApp } from '../../apps/api/src/create-app';
import { demoTokens, loadDemo } from '../../apps/cli/src/demo';
import { nowMs } from './measure';

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

/** Loads the demo through a fresh api on `dir`; answers the file of its event store. */
export async function demoStore(dir: string): Promise<string> {
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

/** Writes copies of the demo's domain events into `target` until it holds at least `events`. */
export async function replicate(source: string, target: string, events: number): Promise<number> {
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
  const copies = Math.ceil(events / rows.length);
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

/**
 * A store of at least `events` events at `dir/events.db`: the demo loaded once (in `dir/demo`,
 * removed after) and replicated. Answers how many events it holds.
 */
export async function replicatedDemoStore(dir: string, events: number): Promise<number> {
  const started = nowMs();
  const demo = await demoStore(join(dir, 'demo'));
  const stored = await replicate(demo, join(dir, 'events.db'), events);
  rmSync(join(dir, 'demo'), { recursive: true, force: true });
  console.log(`store: ${stored} events in ${((nowMs() - started) / 1000).toFixed(0)} s`);
  return stored;
}

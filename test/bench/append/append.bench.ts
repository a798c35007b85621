/**
 * Appends per second and p50/p99 latency of the SQLite event store (one event per append,
 * WAL + synchronous=FULL) with 1 and 16 concurrent writers, beside a raw better-sqlite3 insert
 * loop with the same durability settings. Run: npm run bench:append [-- APPENDS]
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type ProposedEvent, SqliteEventStore } from '@dutyledger/event-store';
import { type Figures, figures, nowMs, printTable } from '../measure';

const APPENDS = Number(process.argv[2] ?? 3000);

function event(index: number): ProposedEvent {
  return {
    id: randomUUID(),
    type: 'DutyPerformanceRecorded',
    schemaVersion: 1,
    data: {
      dutyId: randomUUID(),
      period: '2026-03',
      evidence: `inspection report ${index}`,
      occurredAt: '2026-03-31T10:00:00.000Z',
    },
    metadata: {
      actor: { id: 'bench', role: 'CASEWORKER' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      occurredAt: '2026-03-31T10:00:00.000Z',
      recordedAt: new Date().toISOString(),
    },
  };
}

async function storeRun(writers: number, directory: string): Promise<Figures> {
  const store = SqliteEventStore.open(join(directory, `store-${writers}.db`));
  const latencies: number[] = [];
  const perWriter = Math.ceil(APPENDS / writers);
  const started = nowMs();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      const stream = `duty-${randomUUID()}`;
      let expected: bigint | 'no_stream' = 'no_stream';
      for (let i = 0; i < perWriter; i++) {
        const before = nowMs();
        const result = await store.append(stream, [event(writer * perWriter + i)], expected);
        latencies.push(nowMs() - before);
        expected = result.nextExpectedRevision;
      }
    }),
  );
  const seconds = (nowMs() - started) / 1000;
  await store.close();
  return figures(`event store, ${writers} writer${writers > 1 ? 's' : ''}`, latencies, seconds);
}

function rawRun(directory: string): Figures {
  const db = new Database(join(directory, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE, stream TEXT, revision INTEGER, type TEXT, data TEXT, metadata TEXT, UNIQUE (stream, revision))',
  );
  const insert = db.prepare(
    'INSERT INTO events (id, stream, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const stream = `duty-${randomUUID()}`;
  const latencies: number[] = [];
  const started = nowMs();
  for (let i = 0; i < APPENDS; i++) {
    const e = event(i);
    const before = nowMs();
    insert.run(e.id, stream, i, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata));
    latencies.push(nowMs() - before);
  }
  const seconds = (nowMs() - started) / 1000;
  db.close();
  return figures('raw better-sqlite3 insert loop', latencies, seconds);
}

async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'dutyledger-bench-append-'));
  try {
    const raw = rawRun(directory);
    const one = await storeRun(1, directory);
    const sixteen = await storeRun(16, directory);
    console.log(
      `test/bench/append: ${APPENDS} appends per scenario, one event each, WAL + synchronous=FULL`,
    );
    console.log(`every figure below: npm run bench:append -- ${APPENDS}`);
    printTable([raw, one, sixteen]);
    console.log(`ratio store(1 writer)/raw:   ${(one.perSecond / raw.perSecond).toFixed(2)}`);
    console.log(`ratio store(16 writers)/raw: ${(sixteen.perSecond / raw.perSecond).toFixed(2)}`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

void main();

/**
 * Appends per second and p50/p99 latency of the SQLite event store (one event per append,
 * WAL + synchronous=FULL) with 1 and 16 concurrent writers, beside the reference: a raw
 * better-sqlite3 loop inserting one row per transaction with the same durability settings.
 * The three run in interleaved rounds. Run: npm run bench:append [-- APPENDS]
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type ProposedEvent, SqliteEventStore } from '@dutyledger/event-store';
import { figures, nowMs, printTable } from '../measure';

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

/** Rounds of raw, 1 writer, 16 writers in turn, so that a slow spell of the disk hits all three. */
const ROUNDS = 3;

interface Run {
  latencies: number[];
  seconds: number;
}

const emptyRun = (): Run => ({ latencies: [], seconds: 0 });

async function storeRound(store: SqliteEventStore, writers: number, appends: number, run: Run) {
  const perWriter = Math.ceil(appends / writers);
  const started = nowMs();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      const stream = `duty-${randomUUID()}`;
      let expected: bigint | 'no_stream' = 'no_stream';
      for (let i = 0; i < perWriter; i++) {
        const before = nowMs();
        const result = await store.append(stream, [event(writer * perWriter + i)], expected);
        run.latencies.push(nowMs() - before);
        expected = result.nextExpectedRevision;
      }
    }),
  );
  run.seconds += (nowMs() - started) / 1000;
}

function openRaw(directory: string) {
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
  let revision = 0;
  return {
    /** One row per transaction (autocommit): one fsync each, the reference. */
    round(appends: number, run: Run): void {
      const started = nowMs();
      for (let i = 0; i < appends; i++) {
        const e = event(i);
        const before = nowMs();
        insert.run(
          e.id,
          stream,
          revision++,
          e.type,
          JSON.stringify(e.data),
          JSON.stringify(e.metadata),
        );
        run.latencies.push(nowMs() - before);
      }
      run.seconds += (nowMs() - started) / 1000;
    },
    close: () => db.close(),
  };
}

async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'dutyledger-bench-append-'));
  try {
    const raw = openRaw(directory);
    const one = SqliteEventStore.open(join(directory, 'store-1.db'));
    const sixteen = SqliteEventStore.open(join(directory, 'store-16.db'));
    // The writer threads start on the first append: not part of the figures.
    await one.append('warm-up', [event(0)], 'no_stream');
    await sixteen.append('warm-up', [event(0)], 'no_stream');
    const runs = { raw: emptyRun(), one: emptyRun(), sixteen: emptyRun() };
    const perRound = Math.ceil(APPENDS / ROUNDS);
    for (let round = 0; round < ROUNDS; round++) {
      raw.round(perRound, runs.raw);
      await storeRound(one, 1, perRound, runs.one);
      await storeRound(sixteen, 16, perRound, runs.sixteen);
    }
    raw.close();
    await one.close();
    await sixteen.close();
    const rows = [
      figures('raw better-sqlite3 insert loop (reference)', runs.raw.latencies, runs.raw.seconds),
      figures('event store, 1 writer', runs.one.latencies, runs.one.seconds),
      figures('event store, 16 writers', runs.sixteen.latencies, runs.sixteen.seconds),
    ];
    const [reference, single, many] = rows;
    console.log(
      `test/bench/append: ${APPENDS} appends per scenario in ${ROUNDS} interleaved rounds, one event each, WAL + synchronous=FULL`,
    );
    console.log(`every figure below: npm run bench:append -- ${APPENDS}`);
    printTable(rows);
    if (reference && single && many) {
      console.log(
        `ratio store(1 writer)/raw:   ${(single.perSecond / reference.perSecond).toFixed(2)}`,
      );
      console.log(
        `ratio store(16 writers)/raw: ${(many.perSecond / reference.perSecond).toFixed(2)}`,
      );
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

void main();

/**
 * Hash-chain verification rate of a SQLite event store: writes EVENTS events (100 events per
 * stream, case-like data) into a temporary store, then verifies the whole store and one stream
 * through the EventStore port, printing events/s. Run: npm run bench:verify [-- EVENTS]
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ProposedEvent,
  SqliteEventStore,
  verifyStore,
  verifyStream,
} from '@dutyledger/event-store';
import { nowMs } from '../measure';

const EVENTS = Number(process.argv[2] ?? 100_000);
const PER_STREAM = 100;

function event(index: number): ProposedEvent {
  const at = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
  return {
    id: randomUUID(),
    type: 'EvidenceAttached',
    schemaVersion: 1,
    data: {
      caseId: randomUUID(),
      evidenceId: randomUUID(),
      description: `Inspection register, page ${index}`,
      contentHash: 'ab'.repeat(32),
      occurredAt: at,
    },
    metadata: {
      actor: { id: 'caseworker-1', role: 'CASEWORKER' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      occurredAt: at,
      recordedAt: at,
    },
  };
}

async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'dutyledger-bench-verify-'));
  const file = join(directory, 'events.db');
  try {
    const store = SqliteEventStore.open(file);
    const writing = nowMs();
    let firstStream = '';
    for (let written = 0; written < EVENTS; written += PER_STREAM) {
      const stream = `case-${randomUUID()}`;
      firstStream ||= stream;
      const count = Math.min(PER_STREAM, EVENTS - written);
      await store.append(
        stream,
        Array.from({ length: count }, (_, i) => event(written + i)),
        'no_stream',
      );
    }
    const writeSeconds = (nowMs() - writing) / 1000;
    console.log(
      `wrote ${EVENTS} events in ${Math.ceil(EVENTS / PER_STREAM)} streams in ${writeSeconds.toFixed(1)} s (${(statSync(file).size / 2 ** 20).toFixed(0)} MiB)`,
    );

    const started = nowMs();
    let lastReport = started;
    const result = await verifyStore(store, {
      onProgress: (progress) => {
        if (nowMs() - lastReport < 1000) return;
        lastReport = nowMs();
        console.log(`  … ${progress.eventsChecked} events verified`);
      },
    });
    const seconds = (nowMs() - started) / 1000;

    const oneStarted = nowMs();
    const one = await verifyStream(store, firstStream);
    const oneMs = nowMs() - oneStarted;
    await store.close();

    const line = (cells: string[]) =>
      console.log(cells.map((cell, i) => (i === 0 ? cell.padEnd(36) : cell.padStart(12))).join(''));
    line(['scenario', 'events', 'seconds', 'events/s', 'ok']);
    line([
      'verify whole store',
      String(result.eventsChecked),
      seconds.toFixed(2),
      (result.eventsChecked / seconds).toFixed(0),
      String(result.ok),
    ]);
    line([
      'verify one stream',
      String(one.eventsChecked),
      (oneMs / 1000).toFixed(3),
      (one.eventsChecked / (oneMs / 1000)).toFixed(0),
      String(one.ok),
    ]);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

void main();

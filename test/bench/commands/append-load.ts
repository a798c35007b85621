/**
 * An append load from another process on the same SQLite store: RATE appends per second (one
 * event each, spread over 16 streams), offered whatever the store answers, until SIGTERM; then
 * prints how many were acknowledged.
 * Started by commands.bench.ts: node -r @swc-node/register append-load.ts FILE RATE
 */
import { randomUUID } from 'node:crypto';
import { type ProposedEvent, SqliteEventStore } from '@dutyledger/event-store';

const file = process.argv[2] ?? '';
const RATE = Number(process.argv[3] ?? 200);
const STREAMS = Array.from({ length: 16 }, () => `benchload-${randomUUID()}`);

function event(n: number): ProposedEvent {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    // A type no projection reads: the load costs the store, not the read models.
    type: 'BenchLoadAppended',
    schemaVersion: 1,
    data: { n, occurredAt: now },
    metadata: {
      actor: { id: 'bench-load', role: 'ADMIN' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      occurredAt: now,
      recordedAt: now,
    },
  };
}

async function main(): Promise<void> {
  const store = SqliteEventStore.open(file);
  let running = true;
  let acknowledged = 0;
  const pending = new Set<Promise<void>>();
  process.once('SIGTERM', () => {
    running = false;
  });
  const started = Date.now();
  for (let n = 0; running;) {
    while (started + (n * 1000) / RATE <= Date.now()) {
      const append = store
        .append(STREAMS[n % STREAMS.length] ?? 'benchload', [event(n)], 'any')
        .then(() => {
          acknowledged += 1;
        })
        .finally(() => pending.delete(append));
      pending.add(append);
      n += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.allSettled(pending);
  await store.close();
  process.stdout.write(`${acknowledged}\n`);
}

void main();

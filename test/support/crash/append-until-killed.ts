/**
 * Appends to a SQLite event store from 8 writers until killed, printing every acknowledged append
 * as `stream revision position` on stdout. Run by sqlite.crash.int.spec.ts:
 * node -r @swc-node/register append-until-killed.ts FILE
 */
import { randomUUID } from 'node:crypto';
import { type ProposedEvent, SqliteEventStore } from '@dutyledger/event-store';

const store = SqliteEventStore.open(process.argv[2] ?? '');

function event(n: number): ProposedEvent {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    type: 'ThingHappened',
    schemaVersion: 1,
    data: { n, occurredAt: now },
    metadata: {
      actor: { id: 'crash', role: 'ADMIN' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      occurredAt: now,
      recordedAt: now,
    },
  };
}

async function writer(index: number): Promise<void> {
  const stream = `crash${index}-${randomUUID()}`;
  let expected: bigint | 'no_stream' = 'no_stream';
  for (let n = 0; ; n++) {
    const batch = Array.from({ length: 1 + (n % 3) }, (_, i) => event(n * 3 + i));
    const result = await store.append(stream, batch, expected);
    expected = result.nextExpectedRevision;
    process.stdout.write(`${stream} ${result.nextExpectedRevision} ${result.position}\n`);
  }
}

void Promise.all(Array.from({ length: 8 }, (_, index) => writer(index)));

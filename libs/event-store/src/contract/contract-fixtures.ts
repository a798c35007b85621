import { randomBytes, randomUUID } from 'node:crypto';
import type { ProposedEvent, RecordedEvent } from '../port/envelope';
import {
  CURRENT_HASH_SCHEME,
  GENESIS_HASH,
  type HashScheme,
  ORIGINAL_HASH_SCHEME,
  chainBatch,
} from '../integrity/hash-chain';
import type { Subscription } from '../port/event-store.port';

/** A category of its own for each test, so that `$all` filters isolate it from the others. */
export function uniqueCategory(): string {
  return `contract${randomBytes(6).toString('hex')}`;
}

export function proposed(
  type: string,
  data: Record<string, unknown> = {},
  overrides: Partial<ProposedEvent> = {},
): ProposedEvent {
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: {
      actor: { id: 'alice', role: 'CASEWORKER' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      occurredAt: '2026-03-01T08:00:00.000Z',
      recordedAt: '2026-03-02T09:30:00.000Z',
    },
    ...overrides,
  };
}

/**
 * Stored events as a store chains them from revision 0, at the given global positions, hashed
 * with `scheme` (events of the original scheme carry none, as they were stored).
 */
export function stored(
  stream: string,
  events: ProposedEvent[],
  positions: number[],
  scheme: HashScheme = CURRENT_HASH_SCHEME,
): RecordedEvent[] {
  const links = chainBatch(stream, 0n, events, GENESIS_HASH, scheme);
  return events.map((event, index) => ({
    ...event,
    stream,
    revision: BigInt(index),
    position: BigInt(positions[index] ?? 0),
    hash: links[index]?.hash ?? '',
    previousHash: links[index]?.previousHash ?? '',
    ...(scheme === ORIGINAL_HASH_SCHEME ? {} : { hashScheme: scheme }),
  }));
}

export function many(count: number, type = 'ThingHappened'): ProposedEvent[] {
  return Array.from({ length: count }, (_, index) => proposed(type, { index }));
}

/** Takes `count` events from a subscription, failing after `timeoutMs` instead of hanging. */
export async function take(
  subscription: Subscription,
  count: number,
  timeoutMs = 5000,
): Promise<RecordedEvent[]> {
  const received: RecordedEvent[] = [];
  if (count === 0) return received;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`received ${received.length} of ${count} events in ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  const collect = (async () => {
    for await (const event of subscription) {
      received.push(event);
      if (received.length >= count) break;
    }
    return received;
  })();
  try {
    return await Promise.race([collect, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to be rejected');
}

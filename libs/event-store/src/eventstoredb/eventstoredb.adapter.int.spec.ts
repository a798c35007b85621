import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { start, type RunningEsdbEmulator } from '../../../../test/support/esdb-emulator';
import { many, proposed, take, uniqueCategory } from '../contract/contract-fixtures';
import { GENESIS_HASH, verifyLink } from '../integrity/hash-chain';
import type { RecordedEvent } from '../port/envelope';
import { InvalidAppendError } from '../port/errors';
import { ALL_PAGE_SIZE } from './eventstoredb.read-all';
import { EventStoreDbEventStore } from './eventstoredb.event-store';

/** What the EventStoreDB adapter does beyond the shared contract, against the emulator. */
describe('EventStoreDB adapter', () => {
  let emulator: RunningEsdbEmulator;
  let store: EventStoreDbEventStore;
  let category: string;
  const stream = (id: string) => `${category}-${id}`;

  beforeAll(async () => {
    emulator = await start();
    store = EventStoreDbEventStore.connect(emulator.connectionString);
  });
  afterAll(async () => {
    await store.close();
    await emulator.stop();
  });
  beforeEach(() => {
    category = uniqueCategory();
  });

  function expectUnbrokenChain(events: readonly RecordedEvent[]): void {
    let previous = GENESIS_HASH;
    events.forEach((event, index) => {
      expect(event.revision).toBe(BigInt(index));
      expect(verifyLink(event, previous)).toBeUndefined();
      previous = event.hash;
    });
  }

  describe('appending with any', () => {
    it('chains concurrent writers onto one unbroken chain', async () => {
      await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          store.append(stream('any'), [proposed('Noted', { index })], 'any'),
        ),
      );
      const events = await store.readStream(stream('any'));
      expect(events).toHaveLength(12);
      expectUnbrokenChain(events);
    }, 15_000);

    it('lands 40 writers of one process on one stream, queued rather than racing', async () => {
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, index) =>
          store.append(stream('busy'), [proposed('Noted', { index })], 'any'),
        ),
      );
      const events = await store.readStream(stream('busy'));
      expect(results.map((r) => r.nextExpectedRevision).sort((a, b) => (a < b ? -1 : 1))).toEqual(
        events.map((e) => e.revision),
      );
      expect(events).toHaveLength(40);
      expectUnbrokenChain(events);
    }, 15_000);

    it('recognises a re-appended batch behind events written after it', async () => {
      const batch = many(2);
      const first = await store.append(stream('late'), batch, 'any');
      await store.append(stream('late'), many(5), 'any');
      const again = await store.append(stream('late'), batch, 'any');
      expect(again).toEqual(first);
      expect(await store.readStream(stream('late'))).toHaveLength(7);
    });
  });

  describe('appending', () => {
    it('writes nothing for an empty batch but still checks the expectation', async () => {
      expect(await store.append(stream('e'), [], 'any')).toEqual({
        nextExpectedRevision: -1n,
        position: 0n,
      });
      await store.append(stream('e'), many(2), 'no_stream');
      expect(await store.append(stream('e'), [], 1n)).toEqual({
        nextExpectedRevision: 1n,
        position: 0n,
      });
      await expect(store.append(stream('e'), [], 0n)).rejects.toMatchObject({
        expected: 0n,
        actual: 1n,
      });
      expect(await store.readStream(stream('e'))).toHaveLength(2);
    });

    it('refuses system stream names, ids that are not UUIDs and $ types', async () => {
      await expect(store.append(`$${category}`, many(1), 'any')).rejects.toBeInstanceOf(
        InvalidAppendError,
      );
      await expect(
        store.append(stream('v'), [proposed('A', {}, { id: 'not-a-uuid' })], 'any'),
      ).rejects.toBeInstanceOf(InvalidAppendError);
      await expect(store.append(stream('v'), [proposed('$A')], 'any')).rejects.toBeInstanceOf(
        InvalidAppendError,
      );
    });
  });

  describe('reading all', () => {
    it('returns maxCount matches spread over several pages, in both directions', async () => {
      await store.append(stream('a'), [proposed('A', { n: 1 })], 'no_stream');
      await store.append(`${uniqueCategory()}-noise`, many(ALL_PAGE_SIZE + 20), 'no_stream');
      await store.append(stream('a'), [proposed('A', { n: 2 })], 0n);
      const filter = { streamPrefixes: [`${category}-`] };
      const forwards = await store.readAll({ filter, maxCount: 2 });
      expect(forwards.map((e) => e.data.n)).toEqual([1, 2]);
      const backwards = await store.readAll({ filter, direction: 'backwards', maxCount: 2 });
      expect(backwards.map((e) => e.data.n)).toEqual([2, 1]);
    });

    it('never returns EventStoreDB system events', async () => {
      const raw = EventStoreDBClient.connectionString(emulator.connectionString);
      try {
        await store.append(stream('s'), [proposed('Mine')], 'no_stream');
        await raw.appendToStream(
          stream('s'),
          jsonEvent({ id: randomUUID(), type: '$metadata', data: {} }),
        );
        await raw.appendToStream(
          `$${category}`,
          jsonEvent({ id: randomUUID(), type: 'Mine', data: {} }),
        );
        const all = await store.readAll({ direction: 'backwards', maxCount: 3 });
        expect(all.every((e) => !e.type.startsWith('$') && !e.stream.startsWith('$'))).toBe(true);
        const mine = await store.readAll({ filter: { streamPrefixes: [`${category}-`] } });
        expect(mine.map((e) => e.type)).toEqual(['Mine']);
      } finally {
        await raw.dispose();
      }
    });
  });

  describe('subscribing to all', () => {
    it('hands a checkpoint to onCheckpoint only after the events before it', async () => {
      const wanted = `${category}Wanted`;
      const handled: RecordedEvent[] = [];
      const checkpoints: { position: bigint; handled: number }[] = [];
      const subscription = store.subscribeToAll({
        from: 'start',
        filter: { eventTypes: [wanted] },
        onCheckpoint: (position) => {
          checkpoints.push({ position: position.commit, handled: handled.length });
        },
      });
      const batch = Array.from({ length: 200 }, (_, i) =>
        proposed(i % 10 === 0 ? wanted : 'Noise', { i }),
      );
      await store.append(stream('c'), batch, 'no_stream');
      for await (const event of subscription) {
        await new Promise((resolve) => setTimeout(resolve, 5)); // a slow consumer
        handled.push(event);
        if (handled.length === 20) break;
      }
      expect(handled.map((e) => e.data.i)).toEqual(Array.from({ length: 20 }, (_, k) => k * 10));
      expect(checkpoints.length).toBeGreaterThan(0);
      // Every wanted event at or before a checkpoint had been handled when it was handed over.
      const wantedPositions = (await store.readStream(stream('c')))
        .filter((e) => e.type === wanted)
        .map((e) => e.position);
      for (const checkpoint of checkpoints) {
        const before = wantedPositions.filter((p) => p <= checkpoint.position).length;
        expect(checkpoint.handled).toBeGreaterThanOrEqual(before);
      }
    });

    it('delivers everything in order to a consumer that starts late', async () => {
      await store.append(stream('late'), many(1500), 'no_stream');
      const subscription = store.subscribeToAll({
        from: 'start',
        filter: { streamPrefixes: [`${category}-`] },
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      // What is checked is order and completeness; the wait only bounds a hang. 10 s ran out
      // (418 of 1,500) with the whole suite beside helpers' work at a load average of 10.
      const events = await take(subscription, 1500, 25_000);
      await subscription.close();
      expect(events.map((e) => e.data.index)).toEqual(Array.from({ length: 1500 }, (_, i) => i));
    });

    it('ends the iteration of open subscriptions when the store closes', async () => {
      const own = EventStoreDbEventStore.connect(emulator.connectionString);
      const subscription = own.subscribeToAll({ from: 'end' });
      const drained = (async () => {
        let count = 0;
        for await (const _ of subscription) count += 1;
        return count;
      })();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await own.close();
      await expect(drained).resolves.toBe(0);
    });
  });
});

import type { EventStore } from '../port/event-store.port';
import {
  InvalidAppendError,
  StreamDeletedError,
  StreamNotFoundError,
  StreamTombstonedError,
  WrongExpectedRevisionError,
} from '../port/errors';
import { logPositionOf } from '../port/log-position';
import { CURRENT_HASH_SCHEME, GENESIS_HASH, verifyLink } from '../integrity/hash-chain';
import { many, proposed, rejectionOf, take, uniqueCategory } from './contract-fixtures';

export interface ContractSetup {
  create(): Promise<EventStore>;
  destroy(store: EventStore): Promise<void>;
}

/**
 * The behaviour every EventStore adapter must show, with the same test names for each.
 * Tests share one store per file and isolate themselves by category, since `$all` is shared.
 */
export function describeEventStoreContract(adapterName: string, setup: ContractSetup): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let store: EventStore;
    let category: string;
    const stream = (id: string) => `${category}-${id}`;

    beforeAll(async () => {
      store = await setup.create();
    });
    afterAll(async () => {
      await setup.destroy(store);
    });
    beforeEach(() => {
      category = uniqueCategory();
    });

    describe('append and read back', () => {
      it('round-trips data and metadata, unicode included, hashed with the current scheme', async () => {
        const event = proposed('DepartmentRegistered', {
          name: '安全生产监督管理局 — Bureau ✓',
          industries: ['mining', 'chemicals'],
          nested: { level: 'MUNICIPAL', count: 3, flag: true, none: null },
        });
        const result = await store.append(stream('a'), [event], 'no_stream');
        const [read] = await store.readStream(stream('a'));
        expect(read).toEqual({
          ...event,
          stream: stream('a'),
          revision: 0n,
          position: result.position,
          previousHash: GENESIS_HASH,
          hash: read?.hash,
          hashScheme: CURRENT_HASH_SCHEME,
        });
        expect(read?.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(result.nextExpectedRevision).toBe(0n);
        expect(result.position > 0n).toBe(true);
      });

      it('round-trips a payload of almost 1 MiB', async () => {
        // EventStoreDB counts data and metadata toward its 1 MiB limit: leave room for the envelope.
        const blob = 'x'.repeat(1024 * 1024 - 4096);
        await store.append(stream('big'), [proposed('Big', { blob })], 'no_stream');
        const [read] = await store.readStream(stream('big'));
        expect(read?.data).toEqual({ blob });
      });

      it('rejects a batch whose data is larger than 1 MiB', async () => {
        const blob = 'x'.repeat(1024 * 1024 + 1);
        const error = await rejectionOf(
          store.append(stream('huge'), [proposed('Huge', { blob })], 'no_stream'),
        );
        expect(error).toBeInstanceOf(InvalidAppendError);
        await expect(store.readStream(stream('huge'))).rejects.toBeInstanceOf(StreamNotFoundError);
      });

      it('chains every event to the previous one of its stream', async () => {
        await store.append(stream('chain'), many(3), 'no_stream');
        await store.append(stream('chain'), many(2), 2n);
        const events = await store.readStream(stream('chain'));
        let previous = GENESIS_HASH;
        for (const event of events) {
          expect(verifyLink(event, previous)).toBeUndefined();
          previous = event.hash;
        }
        expect(events.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
      });

      it('returns the revision of the last event and its global position', async () => {
        const first = await store.append(stream('r'), many(3), 'no_stream');
        const second = await store.append(stream('r'), many(2), first.nextExpectedRevision);
        expect(first.nextExpectedRevision).toBe(2n);
        expect(second.nextExpectedRevision).toBe(4n);
        const events = await store.readStream(stream('r'));
        expect(events[2]?.position).toBe(first.position);
        expect(events[4]?.position).toBe(second.position);
      });
    });

    describe('expected revision', () => {
      it('no_stream succeeds on a new stream and fails on an existing one', async () => {
        await store.append(stream('n'), many(1), 'no_stream');
        const error = await rejectionOf(store.append(stream('n'), many(1), 'no_stream'));
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ stream: stream('n'), expected: 'no_stream', actual: 0n });
      });

      it('any succeeds on a new stream and on an existing one', async () => {
        const first = await store.append(stream('any'), many(1), 'any');
        const second = await store.append(stream('any'), many(2), 'any');
        expect(first.nextExpectedRevision).toBe(0n);
        expect(second.nextExpectedRevision).toBe(2n);
      });

      it('stream_exists fails on a new stream and succeeds on an existing one', async () => {
        const error = await rejectionOf(store.append(stream('se'), many(1), 'stream_exists'));
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
        await store.append(stream('se'), many(1), 'no_stream');
        const result = await store.append(stream('se'), many(1), 'stream_exists');
        expect(result.nextExpectedRevision).toBe(1n);
      });

      it('an exact revision succeeds when it is the current one', async () => {
        await store.append(stream('x'), many(2), 'no_stream');
        const result = await store.append(stream('x'), many(1), 1n);
        expect(result.nextExpectedRevision).toBe(2n);
      });

      it('an exact revision fails when the stream moved on or is behind it', async () => {
        await store.append(stream('x'), many(3), 'no_stream');
        const behind = await rejectionOf(store.append(stream('x'), many(1), 0n));
        expect(behind).toBeInstanceOf(WrongExpectedRevisionError);
        expect(behind).toMatchObject({ expected: 0n, actual: 2n });
        const ahead = await rejectionOf(store.append(stream('x'), many(1), 7n));
        expect(ahead).toMatchObject({ expected: 7n, actual: 2n });
        const missing = await rejectionOf(store.append(stream('none'), many(1), 0n));
        expect(missing).toMatchObject({ expected: 0n, actual: 'no_stream' });
        expect(await store.readStream(stream('x'))).toHaveLength(3);
      });

      it('lets exactly one of 12 concurrent writers win each revision', async () => {
        await store.append(stream('race'), many(1), 'no_stream');
        const writers = Array.from({ length: 12 }, () =>
          store.append(stream('race'), [proposed('Raced')], 0n).then(
            () => 'won' as const,
            (error: unknown) => error,
          ),
        );
        const outcomes = await Promise.all(writers);
        const winners = outcomes.filter((outcome) => outcome === 'won');
        const losers = outcomes.filter((outcome) => outcome !== 'won');
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(11);
        for (const loser of losers) {
          expect(loser).toBeInstanceOf(WrongExpectedRevisionError);
          expect(loser).toMatchObject({ expected: 0n, actual: 1n });
        }
        expect(await store.readStream(stream('race'))).toHaveLength(2);
      });

      it('keeps every revision unique when 12 writers retry until they all land', async () => {
        const writer = async (index: number): Promise<void> => {
          for (;;) {
            const events = await store.readStream(stream('retry')).catch(() => []);
            const last = events.at(-1);
            try {
              await store.append(
                stream('retry'),
                [proposed('Retried', { index })],
                last ? last.revision : 'no_stream',
              );
              return;
            } catch (error) {
              if (!(error instanceof WrongExpectedRevisionError)) throw error;
            }
          }
        };
        await Promise.all(Array.from({ length: 12 }, (_, index) => writer(index)));
        const events = await store.readStream(stream('retry'));
        expect(events.map((e) => e.revision)).toEqual(
          Array.from({ length: 12 }, (_, i) => BigInt(i)),
        );
        expect(new Set(events.map((e) => e.data.index)).size).toBe(12);
      }, 30_000);
      it('gives every append of a burst its own outcome: a conflict fails only itself', async () => {
        const settled = (promise: Promise<unknown>) =>
          promise.then(
            () => undefined,
            (error: unknown) => error,
          );
        // Sent together: the SQLite store commits them in one transaction.
        const [first, second, behind, fresh] = await Promise.all([
          settled(store.append(stream('bx'), many(1), 'no_stream')),
          settled(store.append(stream('bx'), many(1), 'no_stream')),
          settled(store.append(stream('by'), many(1), 3n)),
          settled(store.append(stream('by'), many(2), 'no_stream')),
        ]);
        expect([first, second].filter((error) => error === undefined)).toHaveLength(1);
        expect(first ?? second).toBeInstanceOf(WrongExpectedRevisionError);
        expect(behind).toBeInstanceOf(WrongExpectedRevisionError);
        expect(behind).toMatchObject({ stream: stream('by'), expected: 3n });
        expect(fresh).toBeUndefined();
        expect(await store.readStream(stream('bx'))).toHaveLength(1);
        expect(await store.readStream(stream('by'))).toHaveLength(2);
      });
    });

    describe('idempotent re-append', () => {
      it('re-appending the same ids at the same revision writes nothing', async () => {
        const batch = many(2);
        const first = await store.append(stream('i'), batch, 'no_stream');
        await store.append(stream('i'), many(1), first.nextExpectedRevision);
        const again = await store.append(stream('i'), batch, 'no_stream');
        expect(again).toEqual(first);
        expect(await store.readStream(stream('i'))).toHaveLength(3);
      });

      it('re-appending the same ids with an exact revision writes nothing', async () => {
        await store.append(stream('e'), many(1), 'no_stream');
        const batch = many(2);
        const first = await store.append(stream('e'), batch, 0n);
        const again = await store.append(stream('e'), batch, 0n);
        expect(again).toEqual(first);
        expect(await store.readStream(stream('e'))).toHaveLength(3);
      });

      it('re-appending the same ids with any writes nothing', async () => {
        const batch = many(2);
        const first = await store.append(stream('y'), batch, 'any');
        const again = await store.append(stream('y'), batch, 'any');
        expect(again).toEqual(first);
        expect(await store.readStream(stream('y'))).toHaveLength(2);
      });

      it('rejects a batch that only partly matches what is stored', async () => {
        const batch = many(2);
        await store.append(stream('p'), batch, 'no_stream');
        const [firstEvent] = batch;
        if (!firstEvent) throw new Error('fixture');
        const error = await rejectionOf(
          store.append(stream('p'), [firstEvent, proposed('Other')], 'no_stream'),
        );
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(await store.readStream(stream('p'))).toHaveLength(2);
      });
    });

    describe('reading a stream', () => {
      it('reads forwards from a revision with a limit', async () => {
        await store.append(stream('f'), many(6), 'no_stream');
        const events = await store.readStream(stream('f'), { fromRevision: 2n, maxCount: 3 });
        expect(events.map((e) => e.revision)).toEqual([2n, 3n, 4n]);
        expect(events.map((e) => e.data.index)).toEqual([2, 3, 4]);
      });

      it('reads backwards from a revision with a limit, and from the end', async () => {
        await store.append(stream('b'), many(6), 'no_stream');
        const fromThree = await store.readStream(stream('b'), {
          direction: 'backwards',
          fromRevision: 3n,
          maxCount: 2,
        });
        expect(fromThree.map((e) => e.revision)).toEqual([3n, 2n]);
        const fromEnd = await store.readStream(stream('b'), {
          direction: 'backwards',
          maxCount: 1,
        });
        expect(fromEnd.map((e) => e.revision)).toEqual([5n]);
      });

      it('raises StreamNotFoundError for a stream that was never written', async () => {
        const error = await rejectionOf(store.readStream(stream('ghost')));
        expect(error).toBeInstanceOf(StreamNotFoundError);
        expect(error).toMatchObject({ stream: stream('ghost') });
      });
    });

    describe('reading all', () => {
      it('keeps the global order across streams', async () => {
        await store.append(stream('one'), [proposed('A', { n: 1 })], 'no_stream');
        await store.append(stream('two'), [proposed('A', { n: 2 })], 'no_stream');
        await store.append(stream('one'), [proposed('A', { n: 3 })], 0n);
        const events = await store.readAll({ filter: { streamPrefixes: [`${category}-`] } });
        expect(events.map((e) => e.data.n)).toEqual([1, 2, 3]);
        const positions = events.map((e) => e.position);
        expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
        expect(new Set(positions).size).toBe(3);
      });

      it('reads forwards from a position, inclusive, and backwards before it', async () => {
        for (let n = 1; n <= 5; n++) {
          await store.append(stream(`s${n}`), [proposed('A', { n })], 'no_stream');
        }
        const filter = { streamPrefixes: [`${category}-`] };
        const all = await store.readAll({ filter });
        const third = all[2];
        if (!third) throw new Error('fixture');
        const forwards = await store.readAll({ filter, fromPosition: third.position });
        expect(forwards.map((e) => e.data.n)).toEqual([3, 4, 5]);
        const backwards = await store.readAll({
          filter,
          direction: 'backwards',
          fromPosition: third.position,
        });
        expect(backwards.map((e) => e.data.n)).toEqual([2, 1]);
        const limited = await store.readAll({ filter, maxCount: 2 });
        expect(limited.map((e) => e.data.n)).toEqual([1, 2]);
      });

      it('filters by category prefix', async () => {
        const other = uniqueCategory();
        await store.append(stream('1'), [proposed('A', { mine: true })], 'no_stream');
        await store.append(`${other}-1`, [proposed('A', { mine: false })], 'no_stream');
        await store.append(stream('2'), [proposed('B', { mine: true })], 'no_stream');
        const mine = await store.readAll({ filter: { streamPrefixes: [`${category}-`] } });
        expect(mine.map((e) => e.data.mine)).toEqual([true, true]);
        const both = await store.readAll({
          filter: { streamPrefixes: [`${category}-`, `${other}-`] },
        });
        expect(both).toHaveLength(3);
      });

      it('filters by event type', async () => {
        const typeA = `${category}Opened`;
        const typeB = `${category}Closed`;
        await store.append(stream('1'), [proposed(typeA), proposed(typeB)], 'no_stream');
        await store.append(stream('2'), [proposed(typeB), proposed(typeA)], 'no_stream');
        const closed = await store.readAll({ filter: { eventTypes: [typeB] } });
        expect(closed.map((e) => [e.stream, e.type])).toEqual([
          [stream('1'), typeB],
          [stream('2'), typeB],
        ]);
      });
    });

    describe('deleting streams', () => {
      it('a soft-deleted stream reads as not found and refuses every append, so its chain never restarts', async () => {
        await store.append(stream('soft'), many(3), 'no_stream');
        await store.deleteStream(stream('soft'), 2n);
        const read = await rejectionOf(store.readStream(stream('soft')));
        expect(read).toBeInstanceOf(StreamNotFoundError);
        for (const expected of ['no_stream', 'any', 'stream_exists', 2n] as const) {
          const error = await rejectionOf(store.append(stream('soft'), many(1), expected));
          expect(error).toBeInstanceOf(StreamDeletedError);
          expect(error).not.toBeInstanceOf(StreamTombstonedError);
          expect(error).toMatchObject({ stream: stream('soft') });
        }
        const empty = await rejectionOf(store.append(stream('soft'), [], 'any'));
        expect(empty).toBeInstanceOf(StreamDeletedError);
      });

      it('keeps the events of a deleted stream in the global log', async () => {
        await store.append(stream('kept'), many(2), 'no_stream');
        await store.append(stream('gone'), many(2), 'no_stream');
        await store.deleteStream(stream('kept'), 'any');
        await store.tombstoneStream(stream('gone'), 'any');
        const all = await store.readAll({ filter: { streamPrefixes: [`${category}-`] } });
        expect(all.map((e) => `${e.stream}@${e.revision}`)).toEqual([
          `${stream('kept')}@0`,
          `${stream('kept')}@1`,
          `${stream('gone')}@0`,
          `${stream('gone')}@1`,
        ]);
      });

      it('a tombstoned stream refuses reads, appends and deletes with StreamTombstonedError', async () => {
        await store.append(stream('tomb'), many(2), 'no_stream');
        await store.tombstoneStream(stream('tomb'), 1n);
        const attempts = [
          () => store.readStream(stream('tomb')),
          () => store.append(stream('tomb'), many(1), 'any'),
          () => store.append(stream('tomb'), many(1), 'no_stream'),
          () => store.deleteStream(stream('tomb'), 'any'),
          () => store.tombstoneStream(stream('tomb'), 'any'),
        ];
        for (const attempt of attempts) {
          const error = await rejectionOf(attempt());
          expect(error).toBeInstanceOf(StreamTombstonedError);
          expect(error).toMatchObject({ stream: stream('tomb') });
        }
      });

      it('delete checks the expected revision; a stream without events has nothing to delete', async () => {
        await store.append(stream('d'), many(3), 'no_stream');
        const wrong = await rejectionOf(store.deleteStream(stream('d'), 1n));
        expect(wrong).toBeInstanceOf(WrongExpectedRevisionError);
        expect(wrong).toMatchObject({ expected: 1n, actual: 2n });
        const noStream = await rejectionOf(store.deleteStream(stream('d'), 'no_stream'));
        expect(noStream).toMatchObject({ expected: 'no_stream', actual: 2n });
        const missing = await rejectionOf(store.deleteStream(stream('never'), 'any'));
        expect(missing).toBeInstanceOf(WrongExpectedRevisionError);
        expect(missing).toMatchObject({ actual: 'no_stream' });
        await store.deleteStream(stream('d'), 'stream_exists');
        expect(await store.readStream(stream('d')).catch((e: unknown) => e)).toBeInstanceOf(
          StreamNotFoundError,
        );
      });

      it('a deleted stream cannot be deleted again, but can be tombstoned as one without events', async () => {
        await store.append(stream('twice'), many(2), 'no_stream');
        await store.deleteStream(stream('twice'), 'any');
        const again = await rejectionOf(store.deleteStream(stream('twice'), 'any'));
        expect(again).toBeInstanceOf(StreamDeletedError);
        const exact = await rejectionOf(store.tombstoneStream(stream('twice'), 1n));
        expect(exact).toMatchObject({ expected: 1n, actual: 'no_stream' });
        await store.tombstoneStream(stream('twice'), 'no_stream');
        const read = await rejectionOf(store.readStream(stream('twice')));
        expect(read).toBeInstanceOf(StreamTombstonedError);
      });

      it('tombstoning a name never written reserves it; an expected revision is checked', async () => {
        const error = await rejectionOf(store.tombstoneStream(stream('none'), 0n));
        expect(error).toMatchObject({ expected: 0n, actual: 'no_stream' });
        await store.tombstoneStream(stream('reserved'), 'no_stream');
        const append = await rejectionOf(store.append(stream('reserved'), many(1), 'no_stream'));
        expect(append).toBeInstanceOf(StreamTombstonedError);
      });
    });

    describe('subscribing to all', () => {
      it('catches up, then receives live events with no gap and no duplicate', async () => {
        await store.append(stream('live'), many(5), 'no_stream');
        const subscription = store.subscribeToAll({
          from: 'start',
          filter: { streamPrefixes: [`${category}-`] },
        });
        const received = take(subscription, 10);
        await new Promise((resolve) => setTimeout(resolve, 50));
        let revision = 4n;
        for (let i = 0; i < 5; i++) {
          const result = await store.append(stream('live'), [proposed('Live', { i })], revision);
          revision = result.nextExpectedRevision;
        }
        const events = await received;
        await subscription.close();
        expect(events.map((e) => e.revision)).toEqual(
          Array.from({ length: 10 }, (_, i) => BigInt(i)),
        );
        expect(new Set(events.map((e) => e.id)).size).toBe(10);
      });

      it('resumes after the full log position of an event (commit and prepare), exclusively', async () => {
        await store.append(stream('resume'), many(6), 'no_stream');
        const events = await store.readStream(stream('resume'));
        const third = events[2];
        if (!third) throw new Error('fixture');
        const filter = { streamPrefixes: [`${category}-`] };
        const subscription = store.subscribeToAll({ from: logPositionOf(third), filter });
        const resumed = await take(subscription, 3);
        await subscription.close();
        const read = await store.readAll({ filter, fromPosition: logPositionOf(third) });
        expect(resumed.map((e) => e.revision)).toEqual([3n, 4n, 5n]);
        expect(read.map((e) => e.revision)).toEqual([2n, 3n, 4n, 5n]);
      });

      it('resumes after a given position, exclusively', async () => {
        await store.append(stream('resume'), many(6), 'no_stream');
        const events = await store.readStream(stream('resume'));
        const third = events[2];
        if (!third) throw new Error('fixture');
        const subscription = store.subscribeToAll({
          from: third.position,
          filter: { streamPrefixes: [`${category}-`] },
        });
        const resumed = await take(subscription, 3);
        await subscription.close();
        expect(resumed.map((e) => e.revision)).toEqual([3n, 4n, 5n]);
      });

      it('applies category and event-type filters to live delivery', async () => {
        const wanted = `${category}Wanted`;
        const subscription = store.subscribeToAll({
          from: 'end',
          filter: { eventTypes: [wanted] },
        });
        const received = take(subscription, 2);
        await new Promise((resolve) => setTimeout(resolve, 50));
        await store.append(
          stream('1'),
          [proposed('Unwanted'), proposed(wanted, { k: 1 }), proposed('Unwanted')],
          'no_stream',
        );
        await store.append(stream('2'), [proposed(wanted, { k: 2 })], 'no_stream');
        const events = await received;
        await subscription.close();
        expect(events.map((e) => [e.type, e.data.k])).toEqual([
          [wanted, 1],
          [wanted, 2],
        ]);
      });

      it('ends iteration when closed', async () => {
        const subscription = store.subscribeToAll({
          from: 'end',
          filter: { streamPrefixes: [`${category}-`] },
        });
        const drained = (async () => {
          const seen: unknown[] = [];
          for await (const event of subscription) seen.push(event);
          return seen;
        })();
        await new Promise((resolve) => setTimeout(resolve, 50));
        await subscription.close();
        await expect(drained).resolves.toEqual([]);
      });
    });
  });
}

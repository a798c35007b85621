import { DEFAULT_TIME_ZONE, calendarFor } from '@dutyledger/domain';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Command, type Decider, type DomainEvent, DomainError } from '@dutyledger/domain';
import {
  type EventStore,
  connectEventStoreDb,
  type ReadStreamOptions,
  SqliteEventStore,
  StreamNotFoundError,
} from '@dutyledger/event-store';
import { EventCodec } from '../codec/event-codec';
import { type RunningEsdbEmulator, start } from '../../../../test/support/esdb-emulator';
import { KeyedRequest, runKeyed } from '../idempotency/keyed-request';
import type { CommandContext } from './command-context';
import { Ledger } from './ledger';

type Counted = DomainEvent<'Counted', { by: number; occurredAt: string }>;
type Count = Command<'Count', { by: number }>;

/** A counter that refuses to pass 10: enough of a decider to show what the Ledger does. */
const counter: Decider<Count, Counted, { total: number }> = {
  initialState: { total: 0 },
  eventTypes: ['Counted'],
  evolve: (state, event) => ({ total: state.total + event.data.by }),
  decide: (command, state, { now }) => {
    if (state.total + command.data.by > 10) throw new DomainError('TOO_MANY', 'over 10');
    return [{ type: 'Counted', data: { by: command.data.by, occurredAt: now.toISOString() } }];
  },
};

/** The store, counting appends and the events each stream read returned. */
class Counting {
  /** Writes: an append, or an appendAll (one write, whatever it holds). */
  appends = 0;
  /** The streams of each appendAll. */
  together: string[][] = [];
  eventsRead = 0;
  readonly store: EventStore;

  constructor(inner: EventStore) {
    this.store = {
      append: (...args) => {
        this.appends += 1;
        return inner.append(...args);
      },
      appendAll: (appends) => {
        this.appends += 1;
        this.together.push(appends.map((append) => append.stream));
        return inner.appendAll(appends);
      },
      readStream: async (stream: string, options?: ReadStreamOptions) => {
        const events = await inner.readStream(stream, options);
        this.eventsRead += events.length;
        return events;
      },
      readAll: (options) => inner.readAll(options),
      countAfter: (...args) => inner.countAfter(...args),
      subscribeToAll: (options) => inner.subscribeToAll(options),
      deleteStream: (...args) => inner.deleteStream(...args),
      tombstoneStream: (...args) => inner.tombstoneStream(...args),
      readyForAppends: () => inner.readyForAppends(),
      close: () => inner.close(),
    };
  }
}

const context = (): CommandContext => ({
  actor: { id: 'caseworker-1', role: 'CASEWORKER' },
  correlationId: randomUUID(),
  commandId: randomUUID(),
});

const keyed = (key: string, request = 'request-1') => new KeyedRequest(`key-${key}`, request, key);

function describeLedger(
  name: string,
  /** Whether the store writes an appendAll in one transaction. */
  atomic: boolean,
  open: () => Promise<{ store: EventStore; done(): Promise<void> }>,
) {
  describe(`Ledger on ${name}`, () => {
    let store: EventStore;
    let done: () => Promise<void>;
    let counting: Counting;
    let ledger: Ledger;
    const newLedger = () =>
      new Ledger(
        counting.store,
        () => new Date(),
        () => randomUUID(),
        calendarFor(DEFAULT_TIME_ZONE),
        new EventCodec<Counted>().define('Counted', {
          version: 1,
          shape: { by: 'number', occurredAt: 'string' },
        }),
      );
    const count = (onto: Ledger, stream: string, by: number) =>
      onto.execute(stream, 'answer-id', counter, context(), () => ({
        type: 'Count',
        data: { by },
      }));

    beforeAll(async () => {
      ({ store, done } = await open());
    });
    afterAll(() => done());
    beforeEach(() => {
      counting = new Counting(store);
      ledger = newLedger();
    });

    it('answers a keyed command run again with its first answer, from its stored events, appending nothing', async () => {
      const stream = `counter-${randomUUID()}`;
      await count(ledger, stream, 1);
      const first = await runKeyed(keyed('a'), () => count(ledger, stream, 2));
      await count(ledger, stream, 3);
      const appends = counting.appends;
      // A fresh Ledger is a restarted process: nothing kept in memory.
      const again = await runKeyed(keyed('a'), () => count(newLedger(), stream, 2));
      expect(again).toEqual(first);
      expect(first).toMatchObject({ id: 'answer-id', revision: '1' });
      expect(counting.appends).toBe(appends);
      expect((await store.readStream(stream)).map((event) => event.data.by)).toEqual([1, 2, 3]);
    });

    it('writes a keyed command in one append, its key and answer in its events', async () => {
      const stream = `counter-${randomUUID()}`;
      await runKeyed(keyed('b'), () => count(ledger, stream, 4));
      expect(counting.appends).toBe(1);
      const [event] = await store.readStream(stream);
      expect(event?.metadata.idempotency).toEqual({
        key: 'key-b',
        request: 'request-1',
        answer: 'answer-id',
      });
      expect(event?.id).toBe(keyed('b').eventId(0));
    });

    it('refuses the key with another request, even once the first is folded', async () => {
      const stream = `counter-${randomUUID()}`;
      await runKeyed(keyed('c'), () => count(ledger, stream, 1));
      const refused = runKeyed(keyed('c', 'request-2'), () => count(ledger, stream, 1));
      await expect(refused).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      expect(await store.readStream(stream)).toHaveLength(1);
    });

    it('lands a keyed command once when two processes run it at the same time', async () => {
      const stream = `counter-${randomUUID()}`;
      await count(ledger, stream, 1);
      const [one, two] = await Promise.all([
        runKeyed(keyed('d'), () => count(newLedger(), stream, 5)),
        runKeyed(keyed('d'), () => count(newLedger(), stream, 5)),
      ]);
      expect(one).toEqual(two);
      expect((await store.readStream(stream)).map((event) => event.data.by)).toEqual([1, 5]);
    });

    /** A beforeAppend handing over a Count of 2 on `reserved`, as a reservation does. */
    const handingOver = (onto: Ledger, reserved: string, calls: { count: number }) => ({
      beforeAppend: async () => {
        calls.count += 1;
        const append = await onto.decideAppend(reserved, counter, context(), () => ({
          type: 'Count' as const,
          data: { by: 2 },
        }));
        return append === undefined ? [] : [append];
      },
    });

    it('writes what its beforeAppend hands over with its own events, in one write, before them', async () => {
      const [stream, reserved] = [`counter-${randomUUID()}`, `reserved-${randomUUID()}`];
      const calls = { count: 0 };
      const result = await ledger.execute(
        stream,
        'answer-id',
        counter,
        context(),
        () => ({ type: 'Count', data: { by: 1 } }),
        handingOver(ledger, reserved, calls),
      );
      expect(counting.appends).toBe(1);
      expect(counting.together).toEqual([[reserved, stream]]);
      const [own] = await store.readStream(stream);
      const [held] = await store.readStream(reserved);
      expect(held?.data).toMatchObject({ by: 2 });
      expect((held?.position ?? 0n) < (own?.position ?? 0n)).toBe(true);
      expect(result).toEqual({ id: 'answer-id', revision: '0', position: String(own?.position) });
      // Handed-over events carry no key, whatever the command's.
      expect(held?.metadata.idempotency).toBeUndefined();
    });

    it('decides again when a stream it handed over moved meanwhile, even with If-Match on its own', async () => {
      const [stream, reserved] = [`counter-${randomUUID()}`, `reserved-${randomUUID()}`];
      await count(ledger, stream, 1);
      const calls = { count: 0 };
      const { beforeAppend } = handingOver(ledger, reserved, calls);
      const result = await ledger.execute(
        stream,
        'answer-id',
        counter,
        { ...context(), expectedRevision: 0n },
        () => ({ type: 'Count', data: { by: 1 } }),
        {
          beforeAppend: async () => {
            const appends = await beforeAppend();
            // Another process takes the reserved stream between the decision and the write.
            if (calls.count === 1) await count(newLedger(), reserved, 5);
            return appends;
          },
        },
      );
      expect(calls.count).toBe(2);
      expect(result.revision).toBe('1');
      expect((await store.readStream(reserved)).map((event) => event.data.by)).toEqual([5, 2]);
      expect((await store.readStream(stream)).map((event) => event.data.by)).toEqual([1, 1]);
    });

    if (atomic) {
      it('writes nothing it handed over when its own append fails (one transaction)', async () => {
        const [used, stream, reserved] = [1, 2, 3].map((n) => `counter-${n}-${randomUUID()}`);
        await runKeyed(keyed('e'), () => count(ledger, used ?? '', 1));
        // The same key on another stream: its derived event id is taken there.
        const refused = runKeyed(keyed('e'), () =>
          ledger.execute(
            stream ?? '',
            'answer-id',
            counter,
            context(),
            () => ({ type: 'Count', data: { by: 1 } }),
            handingOver(ledger, reserved ?? '', { count: 0 }),
          ),
        );
        await expect(refused).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
        await expect(store.readStream(reserved ?? '')).rejects.toBeInstanceOf(StreamNotFoundError);
        await expect(store.readStream(stream ?? '')).rejects.toBeInstanceOf(StreamNotFoundError);
      });
    }

    it('reads only the events stored after its last fold, including what others appended', async () => {
      const stream = `counter-${randomUUID()}`;
      await count(ledger, stream, 4);
      await count(ledger, stream, 4); // folds revision 0, appends revision 1
      await count(newLedger(), stream, 2); // another process appends revision 2
      const read = counting.eventsRead;
      // 4 + 4 + 2 + 1 > 10: refused only if this Ledger saw the other process's event.
      await expect(count(ledger, stream, 1)).rejects.toMatchObject({ code: 'TOO_MANY' });
      // revisions 1 and 2; a whole read would return 3
      expect(counting.eventsRead - read).toBe(2);
    });
  });
}

describeLedger('the SQLite store', true, () => {
  const directory = mkdtempSync(join(tmpdir(), 'dutyledger-ledger-'));
  const store = SqliteEventStore.open(join(directory, 'events.db'));
  return Promise.resolve({
    store,
    done: async () => {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  });
});

describeLedger('EventStoreDB (emulator)', false, async () => {
  const emulator: RunningEsdbEmulator = await start();
  const store = await connectEventStoreDb(emulator.connectionString);
  return {
    store,
    done: async () => {
      await store.close();
      await emulator.stop();
    },
  };
});

import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { start, type RunningEsdbEmulator } from '../../../../test/support/esdb-emulator';
import { many, take, uniqueCategory } from '../contract/contract-fixtures';
import { StreamDeletedError } from '../port/errors';
import { compareLogPositions, logPositionOf, type LogPosition } from '../port/log-position';
import { EventStoreDbEventStore } from './eventstoredb.event-store';

/**
 * A log written with commit records (EventStoreDB before 20.6, explicit transactions): the events
 * of one append share a commit position and differ by prepare. Checkpoints must keep both.
 */
describe('EventStoreDB adapter: positions with commit != prepare', () => {
  let emulator: RunningEsdbEmulator;
  let store: EventStoreDbEventStore;
  let category: string;
  const stream = () => `${category}-tx`;

  beforeAll(async () => {
    emulator = await start({ commitRecords: true });
    store = EventStoreDbEventStore.connect(emulator.connectionString);
  });
  afterAll(async () => {
    await store.close();
    await emulator.stop();
  });
  beforeEach(() => {
    category = uniqueCategory();
  });

  it('reads the prepare position beside the shared commit position', async () => {
    const result = await store.append(stream(), many(3), 'no_stream');
    const events = await store.readStream(stream());

    expect(new Set(events.map((e) => e.position))).toEqual(new Set([result.position]));
    const prepares = events.map((e) => e.preparePosition ?? result.position);
    expect(prepares.every((prepare) => prepare < result.position)).toBe(true);
    expect(new Set(prepares).size).toBe(3);
    expect([...prepares].sort((a, b) => (a < b ? -1 : 1))).toEqual(prepares);
  });

  it('resumes a subscription from a checkpoint inside a transaction without losing its rest', async () => {
    await store.append(stream(), many(4), 'no_stream');
    const filter = { streamPrefixes: [`${category}-`] };
    const [, second] = await store.readAll({ filter });
    if (!second) throw new Error('fixture');

    const exact = store.subscribeToAll({ from: logPositionOf(second), filter });
    const resumed = await take(exact, 2);
    await exact.close();
    // A checkpoint that kept the commit position alone skips the rest of the transaction.
    const commitOnly = await store.readAll({ filter, fromPosition: second.position + 1n });

    expect(resumed.map((e) => e.data.index)).toEqual([2, 3]);
    expect(commitOnly).toEqual([]);
  });

  it('reads $all from a full position inclusively, and backwards strictly before it', async () => {
    await store.append(stream(), many(3), 'no_stream');
    const filter = { streamPrefixes: [`${category}-`] };
    const [, second] = await store.readAll({ filter });
    if (!second) throw new Error('fixture');

    const forwards = await store.readAll({ filter, fromPosition: logPositionOf(second) });
    const backwards = await store.readAll({
      filter,
      direction: 'backwards',
      fromPosition: logPositionOf(second),
    });

    expect(forwards.map((e) => e.data.index)).toEqual([1, 2]);
    expect(backwards.map((e) => e.data.index)).toEqual([0]);
  });

  it('hands checkpoints over with their prepare position', async () => {
    const wanted = `${category}Wanted`;
    const checkpoints: LogPosition[] = [];
    const subscription = store.subscribeToAll({
      from: 'start',
      filter: { eventTypes: [wanted] },
      onCheckpoint: (position) => void checkpoints.push(position),
    });
    await store.append(stream(), [...many(40), ...many(1, wanted)], 'no_stream');
    const [event] = await take(subscription, 1);
    await subscription.close();

    expect(checkpoints.some((p) => p.prepare < p.commit)).toBe(true);
    const last = checkpoints.at(-1);
    expect(last && event && compareLogPositions(last, logPositionOf(event)) <= 0).toBe(true);
  });
});

describe('EventStoreDB adapter: streams deleted by another client', () => {
  let emulator: RunningEsdbEmulator;
  let store: EventStoreDbEventStore;
  let raw: EventStoreDBClient;

  beforeAll(async () => {
    emulator = await start();
    store = EventStoreDbEventStore.connect(emulator.connectionString);
    raw = EventStoreDBClient.connectionString(emulator.connectionString);
  });
  afterAll(async () => {
    await raw.dispose();
    await store.close();
    await emulator.stop();
  });

  it('refuses to append where the server would continue the revisions after a soft delete', async () => {
    const name = `${uniqueCategory()}-soft`;
    await store.append(name, many(3), 'no_stream');
    await raw.deleteStream(name);

    const refused = await store.append(name, many(1), 'no_stream').catch((e: unknown) => e);
    // What the server would have done: the next event lands at revision 3, not 0.
    const server = await raw.appendToStream(name, jsonEvent({ type: 'Other', data: {} }), {
      expectedRevision: 'no_stream',
    });

    expect(refused).toBeInstanceOf(StreamDeletedError);
    expect(server.nextExpectedRevision).toBe(3n);
  });
});

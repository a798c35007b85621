import { EventStoreDBClient, StreamNotFoundError } from '@eventstore/db-client';
import { start, type RunningEsdbEmulator } from './esdb-emulator';
import { anEvent, Delivered, recordedEvents, useEmulator, userEvents } from './test-fixture';

describe('EventStoreDB emulator: reset', () => {
  const fixture = useEmulator();

  it('forgets every event and the call counts', async () => {
    const { client, emulator } = fixture();
    await client.appendToStream('kept?', anEvent('A'));

    emulator.reset();

    expect(emulator.calls()).toEqual({
      serverFeatures: 0,
      append: 0,
      batchAppendCalls: 0,
      batchAppends: 0,
      read: 0,
      delete: 0,
      tombstone: 0,
    });
    await expect(recordedEvents(client.readStream('kept?'))).rejects.toBeInstanceOf(
      StreamNotFoundError,
    );
    expect(userEvents(await recordedEvents(client.readAll()))).toEqual([]);
  });

  it('writes the startup system events again, as a freshly started server has them', async () => {
    const { client, emulator } = fixture();
    const before = await recordedEvents(client.readAll());

    emulator.reset();
    const after = await recordedEvents(client.readAll());

    const streams = (events: typeof after) => events.map((e) => `${e.streamId}/${e.type}`);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((e) => e.streamId.startsWith('$'))).toBe(true);
    expect(streams(after)).toEqual(streams(before.filter((e) => e.streamId.startsWith('$'))));
  });

  it('ends open subscriptions cleanly and keeps serving appends', async () => {
    const { client, emulator } = fixture();
    const subscription = client.subscribeToAll();
    const delivered = new Delivered(subscription);
    await delivered.live();

    emulator.reset();
    await delivered.end();
    const result = await client.appendToStream('after-reset', anEvent('A'));

    expect(emulator.openSubscriptions()).toBe(0);
    expect(result.nextExpectedRevision).toBe(0n);
  });
});

describe('EventStoreDB emulator: stop', () => {
  let emulator: RunningEsdbEmulator | undefined;
  let client: EventStoreDBClient | undefined;

  afterEach(async () => {
    await client?.dispose();
    await emulator?.stop();
  });

  it('ends open subscriptions and BatchAppend calls, then shuts down without forcing', async () => {
    emulator = await start();
    client = EventStoreDBClient.connectionString(emulator.connectionString);
    await client.appendToStream('s', anEvent('A'));
    const delivered = new Delivered(client.subscribeToStream('s'));
    await delivered.first(1);

    const began = Date.now();
    await emulator.stop();
    await delivered.end();

    expect(Date.now() - began).toBeLessThan(1_000);
    expect(emulator.openSubscriptions()).toBe(0);
  });
});

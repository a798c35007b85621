import { BACKWARDS, END } from '@eventstore/db-client';
import { anEvent, recordedEvents, revisionsOf, typesOf, useEmulator } from './test-fixture';

describe('EventStoreDB emulator: stream metadata applied to reads', () => {
  let now = Date.UTC(2026, 0, 1);
  const fixture = useEmulator({ clock: () => now });
  const tenEvents = (stream: string) =>
    fixture().client.appendToStream(
      stream,
      Array.from({ length: 10 }, (_, i) => anEvent(`E${i}`)),
    );

  it('$maxCount keeps the newest events, in both directions', async () => {
    const { client } = fixture();
    await tenEvents('capped');

    await client.setStreamMetadata('capped', { maxCount: 3 });
    const forwards = await recordedEvents(client.readStream('capped'));
    const backwards = await recordedEvents(
      client.readStream('capped', { direction: BACKWARDS, fromRevision: END, maxCount: 5 }),
    );

    expect(revisionsOf(forwards)).toEqual([7n, 8n, 9n]);
    expect(revisionsOf(backwards)).toEqual([9n, 8n, 7n]);
  });

  it('$tb hides the events before it; the window of a forwards read starts at the first shown', async () => {
    const { client } = fixture();
    await tenEvents('truncated');

    await client.setStreamMetadata('truncated', { truncateBefore: 6 });
    const forwards = await recordedEvents(client.readStream('truncated', { maxCount: 2 }));
    const all = await recordedEvents(client.readStream('truncated'));

    expect(revisionsOf(forwards)).toEqual([6n, 7n]);
    expect(revisionsOf(all)).toEqual([6n, 7n, 8n, 9n]);
  });

  it('$maxAge hides events older than that many seconds, by the server clock', async () => {
    const { client } = fixture();
    await client.appendToStream('aging', anEvent('Old'));
    now += 90_000;
    await client.appendToStream('aging', anEvent('New'));

    await client.setStreamMetadata('aging', { maxAge: 60 });

    expect(typesOf(await recordedEvents(client.readStream('aging')))).toEqual(['New']);
  });

  it('leaves $all alone: a server drops such events from $all only when it scavenges', async () => {
    const { client } = fixture();
    await tenEvents('still-in-all');

    await client.setStreamMetadata('still-in-all', { maxCount: 1, truncateBefore: 9 });
    const all = await recordedEvents(client.readAll());

    expect(all.filter((e) => e.streamId === 'still-in-all')).toHaveLength(10);
  });

  it('reads the latest metadata back, and keeps one event in the metastream', async () => {
    const { client } = fixture();
    await client.setStreamMetadata('meta', { maxCount: 5 });
    await client.setStreamMetadata('meta', { maxCount: 7, custom: 'kept' });

    const { metadata } = await client.getStreamMetadata('meta');
    const metastream = await recordedEvents(client.readStream('$$meta'));

    expect(metadata).toEqual({ maxCount: 7, custom: 'kept' });
    expect(revisionsOf(metastream)).toEqual([1n]);
  });
});

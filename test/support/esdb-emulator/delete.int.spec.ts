import {
  NO_STREAM,
  STREAM_EXISTS,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import {
  anEvent,
  Delivered,
  recordedEvents,
  revisionsOf,
  typesOf,
  useEmulator,
} from './test-fixture';

const DELETED_STREAM = 2n ** 63n - 1n;

describe('EventStoreDB emulator: soft delete (deleteStream)', () => {
  const fixture = useEmulator();
  const fourEvents = (stream: string) =>
    fixture().client.appendToStream(
      stream,
      ['A', 'B', 'C', 'D'].map((t) => anEvent(t)),
    );

  it('makes reads answer StreamNotFoundError and leaves the events in $all', async () => {
    const { client } = fixture();
    await fourEvents('soft');

    const result = await client.deleteStream('soft');

    expect(result.position?.commit).toBeGreaterThan(0n);
    await expect(recordedEvents(client.readStream('soft'))).rejects.toBeInstanceOf(
      StreamNotFoundError,
    );
    const all = await recordedEvents(client.readAll());
    expect(typesOf(all.filter((e) => e.streamId === 'soft'))).toEqual(['A', 'B', 'C', 'D']);
    const marker = all.find((e) => e.streamId === '$$soft');
    expect(marker?.type).toBe('$metadata');
    expect(
      (await client.getStreamMetadata('soft')).metadata?.truncateBefore,
    ).toBeGreaterThanOrEqual(Number(DELETED_STREAM));
  });

  it('lets a later append continue the revisions, and only the new events are read', async () => {
    const { client } = fixture();
    await fourEvents('again');
    await client.deleteStream('again');

    const appended = await client.appendToStream('again', anEvent('E'), {
      expectedRevision: NO_STREAM,
    });
    const events = await recordedEvents(client.readStream('again'));

    expect(appended.nextExpectedRevision).toBe(4n);
    expect(revisionsOf(events)).toEqual([4n]);
    expect(typesOf(events)).toEqual(['E']);
    expect((await client.getStreamMetadata('again')).metadata?.truncateBefore).toBe(4);
  });

  it('refuses stream_exists on a soft-deleted stream with StreamDeletedError', async () => {
    const { client } = fixture();
    await fourEvents('exists');
    await client.deleteStream('exists');

    await expect(
      client.appendToStream('exists', anEvent('E'), { expectedRevision: STREAM_EXISTS }),
    ).rejects.toMatchObject({ constructor: StreamDeletedError, streamName: 'exists' });
  });

  it('checks the expected revision: the last revision passes, another fails with both versions', async () => {
    const { client } = fixture();
    await fourEvents('exact');

    const wrong = client.deleteStream('exact', { expectedRevision: 2n });
    await expect(wrong).rejects.toMatchObject({
      constructor: WrongExpectedVersionError,
      streamName: 'exact',
      expectedVersion: 2n,
      actualVersion: 3n,
    });
    await expect(client.deleteStream('exact', { expectedRevision: 3n })).resolves.toBeDefined();
  });

  it('refuses no_stream on a stream with events, and any delete of a stream never written', async () => {
    const { client } = fixture();
    await fourEvents('full');

    await expect(
      client.deleteStream('full', { expectedRevision: NO_STREAM }),
    ).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(client.deleteStream('never-written')).rejects.toMatchObject({
      constructor: WrongExpectedVersionError,
      actualVersion: -1n,
    });
  });
});

describe('EventStoreDB emulator: hard delete (tombstoneStream)', () => {
  const fixture = useEmulator();

  it('makes reads and appends fail with StreamDeletedError, on both append paths', async () => {
    const { client, emulator } = fixture();
    await client.appendToStream('gone', [anEvent('A'), anEvent('B')]);

    await client.tombstoneStream('gone');

    const read = recordedEvents(client.readStream('gone'));
    await expect(read).rejects.toMatchObject({
      constructor: StreamDeletedError,
      streamName: 'gone',
    });
    await expect(client.appendToStream('gone', anEvent('C'))).rejects.toMatchObject({
      constructor: StreamDeletedError,
      streamName: 'gone',
    });
    // Per-call credentials make the client use plain Append, which fails with trailers.
    const plain = client.appendToStream('gone', anEvent('C'), {
      credentials: { username: 'admin', password: 'changeit' },
    });
    await expect(plain).rejects.toMatchObject({
      constructor: StreamDeletedError,
      streamName: 'gone',
    });
    expect(emulator.calls().append).toBe(1);
  });

  it('writes a $streamDeleted tombstone into $all and closes the metastream too', async () => {
    const { client } = fixture();
    await client.appendToStream('tomb', anEvent('A'));

    await client.tombstoneStream('tomb');
    const all = await recordedEvents(client.readAll());
    const tombstone = all.find((e) => e.streamId === 'tomb' && e.type === '$streamDeleted');

    expect(tombstone?.revision).toBe(DELETED_STREAM);
    await expect(client.getStreamMetadata('tomb')).rejects.toBeInstanceOf(StreamDeletedError);
    await expect(client.deleteStream('tomb')).rejects.toBeInstanceOf(StreamDeletedError);
    await expect(client.tombstoneStream('tomb')).rejects.toBeInstanceOf(StreamDeletedError);
  });

  it('checks the expected revision, and reserves a name never written with no_stream', async () => {
    const { client } = fixture();
    await client.appendToStream('t-exact', [anEvent('A'), anEvent('B'), anEvent('C')]);

    await expect(client.tombstoneStream('t-exact', { expectedRevision: 1n })).rejects.toMatchObject(
      {
        constructor: WrongExpectedVersionError,
        expectedVersion: 1n,
        actualVersion: 2n,
      },
    );
    await expect(
      client.tombstoneStream('t-exact', { expectedRevision: NO_STREAM }),
    ).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await client.tombstoneStream('reserved', { expectedRevision: NO_STREAM });

    await expect(recordedEvents(client.readStream('reserved'))).rejects.toBeInstanceOf(
      StreamDeletedError,
    );
  });

  it('tombstones a soft-deleted stream', async () => {
    const { client } = fixture();
    await client.appendToStream('soft-then-hard', [anEvent('A'), anEvent('B')]);
    await client.deleteStream('soft-then-hard');

    await client.tombstoneStream('soft-then-hard', { expectedRevision: 1n });

    await expect(recordedEvents(client.readStream('soft-then-hard'))).rejects.toBeInstanceOf(
      StreamDeletedError,
    );
  });

  it('ends a subscription to the stream with StreamDeletedError', async () => {
    const { client } = fixture();
    await client.appendToStream('watched', anEvent('A'));
    const subscription = client.subscribeToStream('watched');
    await new Delivered(subscription).live();
    const failed = new Promise((resolve) => subscription.on('error', resolve));

    await client.tombstoneStream('watched');

    await expect(failed).resolves.toBeInstanceOf(StreamDeletedError);
  });
});

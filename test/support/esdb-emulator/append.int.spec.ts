import { randomUUID } from 'node:crypto';
import {
  ANY,
  binaryEvent,
  MaxAppendSizeExceededError,
  NO_STREAM,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendExpectedRevision,
} from '@eventstore/db-client';
import { anEvent, recordedEvents, revisionsOf, useEmulator, userEvents } from './test-fixture';

describe('EventStoreDB emulator: appends over BatchAppend (the production path)', () => {
  const fixture = useEmulator();

  it('asks ServerFeatures once, then sends every append through one BatchAppend call', async () => {
    const { client, emulator } = fixture();

    const first = await client.appendToStream('case-1', [anEvent('CaseOpened'), anEvent('A')]);
    const second = await client.appendToStream('case-1', anEvent('B'), { expectedRevision: 1n });

    expect(first.nextExpectedRevision).toBe(1n);
    expect(second.nextExpectedRevision).toBe(2n);
    expect(emulator.calls()).toMatchObject({
      serverFeatures: 1,
      batchAppendCalls: 1,
      batchAppends: 2,
      append: 0,
    });
  });

  it('numbers a new stream from revision 0 and answers with the position of the last event', async () => {
    const { client } = fixture();

    const result = await client.appendToStream('case-2', [
      anEvent('A'),
      anEvent('B'),
      anEvent('C'),
    ]);
    const events = await recordedEvents(client.readStream('case-2'));

    expect(revisionsOf(events)).toEqual([0n, 1n, 2n]);
    expect(result.position).toEqual(events[2]?.position);
    expect(result.position?.commit).toBe(result.position?.prepare);
  });

  it('gives every event a distinct, strictly increasing, non-zero $all position', async () => {
    const { client } = fixture();

    await client.appendToStream('case-a', [anEvent('A'), anEvent('B')]);
    await client.appendToStream('case-b', anEvent('C'));
    const all = await recordedEvents(client.readAll());
    const commits = userEvents(all).map((e) => e.position?.commit ?? 0n);

    expect(commits).toHaveLength(3);
    expect(commits[0]).toBeGreaterThan(0n);
    commits.slice(1).forEach((commit, i) => expect(commit).toBeGreaterThan(commits[i] ?? commit));
  });

  describe('expected revision on a stream that does not exist', () => {
    it.each<AppendExpectedRevision>([ANY, NO_STREAM])('accepts %p', async (expectedRevision) => {
      const { client } = fixture();

      const result = await client.appendToStream('fresh', anEvent('A'), { expectedRevision });

      expect(result.nextExpectedRevision).toBe(0n);
    });

    it.each<AppendExpectedRevision>([STREAM_EXISTS, 0n, 3n])(
      'rejects %p with the stream reported as missing',
      async (expectedRevision) => {
        const { client } = fixture();

        const append = client.appendToStream('fresh', anEvent('A'), { expectedRevision });

        await expect(append).rejects.toBeInstanceOf(WrongExpectedVersionError);
        await expect(append).rejects.toMatchObject({
          streamName: 'fresh',
          expectedVersion: expectedRevision,
          actualVersion: 'no_stream',
        });
      },
    );
  });

  describe('expected revision on a stream at revision 1', () => {
    beforeEach(async () => {
      await fixture().client.appendToStream('two', [anEvent('A'), anEvent('B')]);
    });

    it.each<AppendExpectedRevision>([1n, ANY, STREAM_EXISTS])(
      'appends with %p',
      async (expectedRevision) => {
        const { client } = fixture();

        const result = await client.appendToStream('two', anEvent('C'), { expectedRevision });

        expect(result.nextExpectedRevision).toBe(2n);
      },
    );

    it.each<AppendExpectedRevision>([2n, 0n, NO_STREAM])(
      'rejects %p with new events, reporting revision 1',
      async (expectedRevision) => {
        const { client } = fixture();

        const append = client.appendToStream('two', anEvent('C'), { expectedRevision });

        await expect(append).rejects.toMatchObject({
          constructor: WrongExpectedVersionError,
          streamName: 'two',
          expectedVersion: expectedRevision,
          actualVersion: 1n,
        });
        expect(await recordedEvents(client.readStream('two'))).toHaveLength(2);
      },
    );
  });

  describe('idempotent re-append by event ids', () => {
    const [a, b, c] = [anEvent('A'), anEvent('B'), anEvent('C')];
    let original: { revision: bigint; commit: bigint | undefined };

    beforeEach(async () => {
      const result = await fixture().client.appendToStream('idem', [a, b, c], {
        expectedRevision: NO_STREAM,
      });
      original = { revision: result.nextExpectedRevision, commit: result.position?.commit };
    });

    it('returns the original revision and position for the same batch with no_stream', async () => {
      const { client } = fixture();

      const again = await client.appendToStream('idem', [a, b, c], { expectedRevision: NO_STREAM });

      expect(again.nextExpectedRevision).toBe(original.revision);
      expect(again.position?.commit).toBe(original.commit);
      expect(await recordedEvents(client.readStream('idem'))).toHaveLength(3);
    });

    it('accepts the ids that follow an older exact revision without writing them', async () => {
      const { client } = fixture();

      const again = await client.appendToStream('idem', [b, c], { expectedRevision: 0n });
      const events = await recordedEvents(client.readStream('idem'));

      expect(again.nextExpectedRevision).toBe(2n);
      expect(again.position).toEqual(events[2]?.position);
      expect(events).toHaveLength(3);
    });

    it('rejects an older exact revision when the ids differ from those after it', async () => {
      const { client } = fixture();

      const append = client.appendToStream('idem', [b, anEvent('New')], { expectedRevision: 0n });

      await expect(append).rejects.toMatchObject({ expectedVersion: 0n, actualVersion: 2n });
    });

    it.each<AppendExpectedRevision>([ANY, STREAM_EXISTS])(
      'with %p: all ids known is idempotent, a partial match conflicts, unknown ids append',
      async (expectedRevision) => {
        const { client } = fixture();

        const same = await client.appendToStream('idem', [a, b], { expectedRevision });
        const partial = client.appendToStream('idem', [b, anEvent('New')], { expectedRevision });
        await expect(partial).rejects.toBeInstanceOf(WrongExpectedVersionError);
        const fresh = await client.appendToStream('idem', anEvent('D'), { expectedRevision });

        expect(same.nextExpectedRevision).toBe(1n);
        expect(fresh.nextExpectedRevision).toBe(3n);
        expect(await recordedEvents(client.readStream('idem'))).toHaveLength(4);
      },
    );
  });

  it('accepts an append of zero events without creating the stream', async () => {
    const { client } = fixture();

    const result = await client.appendToStream('empty', [], { expectedRevision: NO_STREAM });

    expect(result.position).toBeUndefined();
    await expect(recordedEvents(client.readStream('empty'))).rejects.toBeInstanceOf(
      StreamNotFoundError,
    );
  });

  describe('maximum append size (1,048,576 bytes of data)', () => {
    const bytes = (size: number) => binaryEvent({ type: 'Blob', data: new Uint8Array(size) });

    it('accepts exactly the maximum', async () => {
      const { client } = fixture();

      const result = await client.appendToStream('blob', bytes(1_048_576));

      expect(result.nextExpectedRevision).toBe(0n);
    });

    it('rejects one byte more with MaxAppendSizeExceededError and writes nothing', async () => {
      const { client } = fixture();

      const append = client.appendToStream('blob', [bytes(524_288), bytes(524_289)]);

      await expect(append).rejects.toMatchObject({
        constructor: MaxAppendSizeExceededError,
        maxAppendSize: 1_048_576,
      });
      await expect(recordedEvents(client.readStream('blob'))).rejects.toBeInstanceOf(
        StreamNotFoundError,
      );
    });
  });

  it('keeps the ids the client chose', async () => {
    const { client } = fixture();
    const id = randomUUID();

    await client.appendToStream('ids', anEvent('A', {}, id));
    const [event] = await recordedEvents(client.readStream('ids'));

    expect(event?.id).toBe(id);
  });
});

import {
  BACKWARDS,
  binaryEvent,
  END,
  FORWARDS,
  jsonEvent,
  START,
  StreamNotFoundError,
} from '@eventstore/db-client';
import {
  anEvent,
  recordedEvents,
  revisionsOf,
  typesOf,
  useEmulator,
  userEvents,
} from './test-fixture';

const UINT64_MAX = 2n ** 64n - 1n;

describe('EventStoreDB emulator: reads', () => {
  const fixture = useEmulator();

  describe('a stream', () => {
    beforeEach(async () => {
      await fixture().client.appendToStream(
        's',
        ['A', 'B', 'C', 'D'].map((t) => anEvent(t)),
      );
    });

    it('reads forwards from the start and backwards from the end', async () => {
      const { client } = fixture();

      const forwards = await recordedEvents(client.readStream('s'));
      const backwards = await recordedEvents(
        client.readStream('s', { direction: BACKWARDS, fromRevision: END }),
      );

      expect(typesOf(forwards)).toEqual(['A', 'B', 'C', 'D']);
      expect(revisionsOf(backwards)).toEqual([3n, 2n, 1n, 0n]);
    });

    it('includes the start revision in both directions and honours maxCount', async () => {
      const { client } = fixture();

      const forwards = client.readStream('s', { fromRevision: 1n, maxCount: 2 });
      const backwards = client.readStream('s', { fromRevision: 1n, direction: BACKWARDS });

      expect(revisionsOf(await recordedEvents(forwards))).toEqual([1n, 2n]);
      expect(revisionsOf(await recordedEvents(backwards))).toEqual([1n, 0n]);
    });

    it('reads nothing forwards from past the end or from the end, even at 2^64 - 1', async () => {
      const { client } = fixture();

      for (const fromRevision of [4n, UINT64_MAX, END] as const) {
        expect(await recordedEvents(client.readStream('s', { fromRevision }))).toEqual([]);
      }
    });

    it('reads backwards from past the end down to the first event', async () => {
      const { client } = fixture();

      const read = client.readStream('s', { fromRevision: 10n, direction: BACKWARDS });

      expect(revisionsOf(await recordedEvents(read))).toEqual([3n, 2n, 1n, 0n]);
    });
  });

  it('raises StreamNotFoundError for a stream that was never written', async () => {
    const { client } = fixture();

    const read = recordedEvents(client.readStream('nobody'));

    await expect(read).rejects.toMatchObject({
      constructor: StreamNotFoundError,
      streamName: 'nobody',
    });
  });

  it('round-trips a UTF-8 stream name, id, type, JSON and binary data, metadata, created', async () => {
    const { client } = fixture();
    const before = Date.now();
    const json = jsonEvent({ type: 'Json', data: { n: 1, s: 'é' }, metadata: { by: 'me' } });
    const binary = binaryEvent({ type: 'Bin', data: new Uint8Array([0, 1, 255]) });

    await client.appendToStream('round-trip-ü', [json, binary]);
    const [first, second] = await recordedEvents(client.readStream('round-trip-ü'));

    expect(first).toMatchObject({
      streamId: 'round-trip-ü',
      id: json.id,
      type: 'Json',
      isJson: true,
      data: { n: 1, s: 'é' },
      metadata: { by: 'me' },
    });
    expect(second).toMatchObject({ id: binary.id, isJson: false, metadata: undefined });
    expect(second?.data).toEqual(new Uint8Array([0, 1, 255]));
    expect(first?.created.getTime()).toBeGreaterThanOrEqual(before);
    expect(first?.created.getTime()).toBeLessThanOrEqual(Date.now());
  });

  describe('$all', () => {
    beforeEach(async () => {
      const { client } = fixture();
      await client.appendToStream('x', anEvent('X1'));
      await client.appendToStream('y', [anEvent('Y1'), anEvent('Y2')]);
      await client.appendToStream('x', anEvent('X2'));
    });

    it('reads every stream in commit order forwards and in reverse backwards', async () => {
      const { client } = fixture();

      const forwards = await recordedEvents(client.readAll());
      const backwards = await recordedEvents(
        client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 3 }),
      );

      expect(typesOf(userEvents(forwards))).toEqual(['X1', 'Y1', 'Y2', 'X2']);
      expect(typesOf(backwards)).toEqual(['X2', 'Y2', 'Y1']);
    });

    it('includes P forwards from P and stops strictly before P backwards', async () => {
      const { client } = fixture();
      const [, second] = userEvents(await recordedEvents(client.readAll()));
      const fromPosition = second?.position ?? START;

      const forwards = await recordedEvents(client.readAll({ fromPosition, direction: FORWARDS }));
      const backwards = await recordedEvents(
        client.readAll({ fromPosition, direction: BACKWARDS }),
      );

      expect(typesOf(forwards)).toEqual(['Y1', 'Y2', 'X2']);
      expect(typesOf(userEvents(backwards))).toEqual(['X1']);
    });

    it('treats (2^64 - 1, 2^64 - 1) as the end without losing precision', async () => {
      const { client } = fixture();
      const end = { commit: UINT64_MAX, prepare: UINT64_MAX };

      const forwards = await recordedEvents(client.readAll({ fromPosition: end }));
      const backwards = await recordedEvents(
        client.readAll({ fromPosition: end, direction: BACKWARDS }),
      );

      expect(forwards).toEqual([]);
      expect(typesOf(userEvents(backwards))).toEqual(['X2', 'Y2', 'Y1', 'X1']);
    });

    it('reads nothing forwards from the end or backwards from the start', async () => {
      const { client } = fixture();

      const forwards = await recordedEvents(client.readAll({ fromPosition: END }));
      const backwards = await recordedEvents(
        client.readAll({ fromPosition: START, direction: BACKWARDS }),
      );

      expect([forwards, backwards]).toEqual([[], []]);
    });
  });
});

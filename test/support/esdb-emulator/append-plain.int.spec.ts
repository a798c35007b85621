import {
  binaryEvent,
  convertToCommandError,
  MaxAppendSizeExceededError,
  NO_STREAM,
  RequiredMetadataPropertyMissingError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { AppendReq, Empty, UUID } from './proto';
import { rawAppend, rawRead, rawStreamsClient, streamReadRequest } from './raw-client';
import { anEvent, recordedEvents, revisionsOf, useEmulator } from './test-fixture';
import { encodeStreamName } from './wire-decoding';

const credentials = { username: 'admin', password: 'changeit' };

describe('EventStoreDB emulator: plain Streams/Append', () => {
  const fixture = useEmulator();

  it('serves an append with per-call credentials, which the client never batches', async () => {
    const { client, emulator } = fixture();

    const result = await client.appendToStream('plain', [anEvent('A'), anEvent('B')], {
      credentials,
    });

    expect(result.nextExpectedRevision).toBe(1n);
    expect(result.position?.commit).toBeGreaterThan(0n);
    expect(emulator.calls()).toMatchObject({ append: 1, batchAppends: 0 });
    expect(revisionsOf(await recordedEvents(client.readStream('plain')))).toEqual([0n, 1n]);
  });

  it('answers a conflict in-band so that the client raises WrongExpectedVersionError', async () => {
    const { client } = fixture();
    await client.appendToStream('plain', anEvent('A'), { credentials });

    const append = client.appendToStream('plain', anEvent('B'), {
      credentials,
      expectedRevision: NO_STREAM,
    });

    await expect(append).rejects.toMatchObject({
      constructor: WrongExpectedVersionError,
      streamName: 'plain',
      expectedVersion: NO_STREAM,
      actualVersion: 0n,
    });
  });

  it('is idempotent on a re-sent batch, as BatchAppend is', async () => {
    const { client } = fixture();
    const batch = [anEvent('A'), anEvent('B')];
    const first = await client.appendToStream('plain', batch, { credentials });

    const again = await client.appendToStream('plain', batch, {
      credentials,
      expectedRevision: NO_STREAM,
    });

    expect(again).toEqual(first);
  });

  it('rejects data over the maximum append size through trailers', async () => {
    const { client } = fixture();
    const blob = binaryEvent({ type: 'Blob', data: new Uint8Array(1_048_577) });

    const append = client.appendToStream('plain', blob, { credentials });

    await expect(append).rejects.toMatchObject({
      constructor: MaxAppendSizeExceededError,
      maxAppendSize: 1_048_576,
    });
  });

  describe('requests the real client never sends', () => {
    const options = (streamName: string) =>
      new AppendReq().setOptions(
        new AppendReq.Options()
          .setStreamIdentifier(encodeStreamName(streamName))
          .setAny(new Empty()),
      );
    const proposed = (metadata: Record<string, string>, data = '{}') => {
      const message = new AppendReq.ProposedMessage()
        .setId(new UUID().setString('9b6e1f5c-3e1a-4a57-9a39-37c0f84b2a11'))
        .setData(new Uint8Array(Buffer.from(data)));
      for (const [key, value] of Object.entries(metadata)) message.getMetadataMap().set(key, value);
      return new AppendReq().setProposedMessage(message);
    };

    it('fails an event without content-type with the trailers the client needs', async () => {
      const raw = rawStreamsClient(fixture().emulator.port);

      const { error } = await rawAppend(raw, [options('raw'), proposed({ type: 'A' })]);
      raw.close();

      expect(error?.metadata.get('exception')).toEqual(['missing-required-metadata-property']);
      const converted = error === undefined ? undefined : convertToCommandError(error);
      expect(converted).toBeInstanceOf(RequiredMetadataPropertyMissingError);
      expect(converted).toMatchObject({ requiredMetadataProperties: ['type', 'content-type'] });
    });

    it('normalises any other content type to application/octet-stream', async () => {
      const { client, emulator } = fixture();
      const raw = rawStreamsClient(emulator.port);

      await rawAppend(raw, [
        options('typed'),
        proposed({ type: 'A', 'content-type': 'application/vnd.dutyledger+json' }, '{"a":1}'),
      ]);
      const { messages } = await rawRead(raw, streamReadRequest('typed'));
      raw.close();
      const [event] = await recordedEvents(client.readStream('typed'));

      const metadata = messages[0]?.getEvent()?.getEvent()?.getMetadataMap();
      expect(metadata?.get('content-type')).toBe('application/octet-stream');
      expect(event?.isJson).toBe(false);
      expect(event?.data).toEqual(new Uint8Array(Buffer.from('{"a":1}')));
    });
  });
});

describe('EventStoreDB emulator: a server that does not advertise BatchAppend', () => {
  const fixture = useEmulator({ batchAppend: false });

  it('makes the client send every append through plain Append', async () => {
    const { client, emulator } = fixture();

    await client.appendToStream('legacy', anEvent('A'));
    await client.appendToStream('legacy', anEvent('B'), { expectedRevision: 0n });

    expect(emulator.calls()).toMatchObject({
      serverFeatures: 1,
      append: 2,
      batchAppendCalls: 0,
    });
    expect(revisionsOf(await recordedEvents(client.readStream('legacy')))).toEqual([0n, 1n]);
  });
});

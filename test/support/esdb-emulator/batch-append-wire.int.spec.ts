import { randomUUID } from 'node:crypto';
import { credentials, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import {
  convertToCommandError,
  DeadlineExceededError,
  RequiredMetadataPropertyMissingError,
  StreamNotFoundError,
} from '@eventstore/db-client';
import { ServerFeaturesClient } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { unpackToCommandError } from '@eventstore/db-client/dist/streams/appendToStream/unpackError';
import {
  BatchAppendReq,
  BatchAppendResp,
  Code,
  Empty,
  GoogleEmpty,
  GoogleTimestamp,
  SupportedMethods,
  UUID,
} from './proto';
import { rawStreamsClient } from './raw-client';
import { anEvent, recordedEvents, revisionsOf, useEmulator } from './test-fixture';
import { encodeStreamName } from './wire-decoding';

describe('EventStoreDB emulator: BatchAppend and ServerFeatures on the wire', () => {
  const fixture = useEmulator();

  it('advertises BatchAppend with lowercased paths and the server version 23.10.0', async () => {
    const features = new ServerFeaturesClient(
      `127.0.0.1:${fixture().emulator.port}`,
      credentials.createInsecure(),
    );

    const supported = await new Promise<SupportedMethods>((resolve, reject) =>
      features.getSupportedMethods(new Empty(), (error, response) =>
        error === null ? resolve(response) : reject(error),
      ),
    );
    features.close();

    expect(supported.getEventStoreServerVersion()).toBe('23.10.0');
    expect(
      supported.getMethodsList().map((m) => `/${m.getServiceName()}/${m.getMethodName()}`),
    ).toContain('/event_store.client.streams.streams/batchappend');
  });

  it('joins the chunks of one append (is_final on the last) into one write and one answer', async () => {
    const { client, emulator } = fixture();
    const events = Array.from({ length: 5 }, () => anEvent('Chunked', { pad: 'x'.repeat(64) }));

    const result = await client.appendToStream('chunks', events, { batchAppendSize: 100 });

    expect(result.nextExpectedRevision).toBe(4n);
    expect(emulator.calls().batchAppends).toBe(1);
    expect(revisionsOf(await recordedEvents(client.readStream('chunks')))).toEqual([
      0n,
      1n,
      2n,
      3n,
      4n,
    ]);
  });

  describe('with a bare duplex call', () => {
    let call: ClientDuplexStream<BatchAppendReq, BatchAppendResp>;
    let failed: Promise<ServiceError>;
    const answers: BatchAppendResp[] = [];
    const nextAnswer = () => new Promise<BatchAppendResp>((resolve) => call.once('data', resolve));
    const request = (correlationId: string, deadline: Date) =>
      new BatchAppendReq()
        .setCorrelationId(new UUID().setString(correlationId))
        .setOptions(
          new BatchAppendReq.Options()
            .setStreamIdentifier(encodeStreamName('bare'))
            .setAny(new GoogleEmpty())
            .setDeadline(GoogleTimestamp.fromDate(deadline)),
        )
        .setProposedMessagesList([proposed({ type: 'Bare', 'content-type': 'application/json' })])
        .setIsFinal(true);

    beforeEach(() => {
      const raw = rawStreamsClient(fixture().emulator.port);
      call = raw.batchAppend();
      call.on('data', (answer: BatchAppendResp) => answers.push(answer));
      failed = new Promise((resolve) => call.on('error', resolve));
      call.on('close', () => raw.close());
    });
    afterEach(() => {
      answers.splice(0);
      call.end();
    });

    it('echoes the correlation id and stream of each append in its answer', async () => {
      const correlationId = randomUUID();

      call.write(request(correlationId, new Date(Date.now() + 10_000)));
      const answer = await nextAnswer();

      expect(answer.getCorrelationId()?.getString()).toBe(correlationId);
      expect(Buffer.from(answer.getStreamIdentifier()?.getStreamName_asU8() ?? []).toString()).toBe(
        'bare',
      );
      expect(answer.getSuccess()?.getCurrentRevision()).toBe('0');
    });

    it('fails the whole call, with trailers, when an event lacks its type', async () => {
      const append = request(randomUUID(), new Date(Date.now() + 10_000));
      append.setProposedMessagesList([proposed({ 'content-type': 'application/json' })]);

      call.write(append);
      const error = convertToCommandError(await failed);

      expect(error).toBeInstanceOf(RequiredMetadataPropertyMissingError);
      expect(answers).toEqual([]);
    });

    it('answers an append past its deadline with a Timeout the client reads as a deadline error', async () => {
      call.write(request(randomUUID(), new Date(Date.now() - 1_000)));
      const error = (await nextAnswer()).getError();

      expect(error?.getCode()).toBe(Code.DEADLINE_EXCEEDED);
      expect(error === undefined ? undefined : unpackToCommandError(error, 'bare')).toBeInstanceOf(
        DeadlineExceededError,
      );
      await expect(recordedEvents(fixture().client.readStream('bare'))).rejects.toBeInstanceOf(
        StreamNotFoundError,
      );
    });
  });
});

function proposed(metadata: Record<string, string>): BatchAppendReq.ProposedMessage {
  const message = new BatchAppendReq.ProposedMessage()
    .setId(new UUID().setString(randomUUID()))
    .setData(new Uint8Array(Buffer.from('{}')));
  for (const [key, value] of Object.entries(metadata)) message.getMetadataMap().set(key, value);
  return message;
}

/**
 * A bare gRPC client built from the same generated code, for what the real client never sends
 * (missing metadata, filtered reads, malformed requests) or hides (message order on the wire).
 */
import { credentials, status, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import { StreamsClient } from '@eventstore/db-client/generated/streams_grpc_pb';
import { AppendReq, AppendResp, Empty, ReadReq, ReadResp } from './proto';
import { Arrivals } from './test-fixture';
import { encodeStreamName } from './wire-decoding';

export function rawStreamsClient(port: number): StreamsClient {
  return new StreamsClient(`127.0.0.1:${port}`, credentials.createInsecure());
}

/** Options with string UUIDs, no filter, forwards, count 100; `configure` adjusts them. */
export function readRequest(configure: (options: ReadReq.Options) => void): ReadReq {
  const options = new ReadReq.Options()
    .setUuidOption(new ReadReq.Options.UUIDOption().setString(new Empty()))
    .setNoFilter(new Empty())
    .setReadDirection(ReadReq.Options.ReadDirection.FORWARDS)
    .setCount('100');
  configure(options);
  return new ReadReq().setOptions(options);
}

/** A forwards read of `streamName` from its start. */
export function streamReadRequest(streamName: string): ReadReq {
  return readRequest((options) =>
    options.setStream(
      new ReadReq.Options.StreamOptions()
        .setStreamIdentifier(encodeStreamName(streamName))
        .setStart(new Empty()),
    ),
  );
}

export type RawRead = { messages: ReadResp[]; error: ServiceError | undefined };

/** Reads until the server ends the call, or cancels after `limit` messages. */
export function rawRead(
  client: StreamsClient,
  request: ReadReq,
  limit = Infinity,
): Promise<RawRead> {
  return new Promise((resolve) => {
    const messages: ReadResp[] = [];
    const call = client.read(request);
    call.on('data', (message: ReadResp) => {
      messages.push(message);
      if (messages.length === limit) {
        call.cancel();
        resolve({ messages, error: undefined });
      }
    });
    call.on('error', (error: ServiceError) => resolve({ messages, error }));
    call.on('end', () => resolve({ messages, error: undefined }));
  });
}

export function rawAppend(
  client: StreamsClient,
  requests: readonly AppendReq[],
): Promise<{ response?: AppendResp; error?: ServiceError }> {
  return new Promise((resolve) => {
    const call = client.append((error, response) =>
      resolve(error === null ? { response } : { error }),
    );
    for (const request of requests) call.write(request);
    call.end();
  });
}

/** Which `ReadResp` content each message carries, to check the order on the wire. */
export function kindOf(message: ReadResp): string {
  if (message.hasConfirmation()) return 'confirmation';
  if (message.hasCaughtUp()) return 'caught_up';
  if (message.hasCheckpoint()) return 'checkpoint';
  if (message.hasStreamNotFound()) return 'stream_not_found';
  const recorded = message.getEvent()?.getEvent();
  return recorded === undefined ? 'other' : `event:${recorded.getStreamRevision()}`;
}

/** A subscription made with the bare client: every message, in wire order. */
export class RawSubscription {
  readonly messages: ReadResp[] = [];
  private readonly arrivals = new Arrivals();
  private readonly call: ClientReadableStream<ReadResp>;

  constructor(client: StreamsClient, request: ReadReq) {
    this.call = client.read(request);
    this.call.on('data', (message: ReadResp) => {
      this.messages.push(message);
      this.arrivals.notify();
    });
    this.call.on('error', (error: ServiceError) => {
      if (error.code !== status.CANCELLED) this.arrivals.fail(error);
    });
  }

  /** The kinds of the first `count` messages, once they arrived. */
  async first(count: number): Promise<string[]> {
    await this.arrivals.until(() => this.messages.length >= count, `${count} messages`);
    return this.messages.slice(0, count).map(kindOf);
  }

  cancel(): void {
    this.call.cancel();
  }
}

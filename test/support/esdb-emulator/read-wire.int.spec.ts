import { status } from '@grpc/grpc-js';
import type { StreamsClient } from '@eventstore/db-client/generated/streams_grpc_pb';
import { parseUUID } from '@eventstore/db-client/dist/utils/grpcUUID';
import { Empty, ReadReq, ReadResp } from './proto';
import { kindOf, rawRead, rawStreamsClient, readRequest, streamReadRequest } from './raw-client';
import { anEvent, useEmulator } from './test-fixture';
import { encodeStreamName } from './wire-decoding';

const Options = ReadReq.Options;
const typeOf = (message: ReadResp) => message.getEvent()?.getEvent()?.getMetadataMap().get('type');

function allRead(configure: (options: ReadReq.Options) => void = () => undefined): ReadReq {
  return readRequest((options) => {
    options.setAll(new Options.AllOptions().setStart(new Empty()));
    configure(options);
  });
}

function eventTypeFilter(regex: string, prefixes: string[] = []): ReadReq.Options.FilterOptions {
  const expression = new Options.FilterOptions.Expression().setRegex(regex).setPrefixList(prefixes);
  return new Options.FilterOptions()
    .setEventType(expression)
    .setCount(new Empty())
    .setCheckpointintervalmultiplier(1);
}

describe('EventStoreDB emulator: reads on the wire', () => {
  const fixture = useEmulator();
  let raw: StreamsClient;

  beforeAll(() => {
    raw = rawStreamsClient(fixture().emulator.port);
  });
  afterAll(() => raw.close());

  it('answers a missing stream in-band with stream_not_found, then closes OK', async () => {
    const { messages, error } = await rawRead(raw, streamReadRequest('missing'));

    expect(messages.map(kindOf)).toEqual(['stream_not_found']);
    expect(error).toBeUndefined();
  });

  it('sends created as .NET ticks since the Unix epoch, as a decimal string', async () => {
    const before = BigInt(Date.now()) * 10_000n;
    await fixture().client.appendToStream('ticks', anEvent('A'));
    const after = BigInt(Date.now()) * 10_000n;

    const { messages } = await rawRead(raw, streamReadRequest('ticks'));
    const created = messages[0]?.getEvent()?.getEvent()?.getMetadataMap().get('created') ?? '';

    expect(created).toMatch(/^\d+$/);
    expect(BigInt(created)).toBeGreaterThanOrEqual(before);
    expect(BigInt(created)).toBeLessThanOrEqual(after);
  });

  it('sends commit == prepare on every event and on the read event', async () => {
    await fixture().client.appendToStream('pos', [anEvent('A'), anEvent('B')]);

    const { messages } = await rawRead(raw, allRead());

    for (const message of messages) {
      const readEvent = message.getEvent();
      const recorded = readEvent?.getEvent();
      expect(recorded?.getCommitPosition()).toBe(recorded?.getPreparePosition());
      expect(readEvent?.getCommitPosition()).toBe(recorded?.getCommitPosition());
    }
    expect(messages.filter((message) => !typeOf(message)?.startsWith('$'))).toHaveLength(2);
  });

  it('sends structured UUIDs when asked, which the client decodes to the same id', async () => {
    const event = anEvent('A');
    await fixture().client.appendToStream('uuid', event);
    const request = streamReadRequest('uuid');
    request.getOptions()?.setUuidOption(new Options.UUIDOption().setStructured(new Empty()));

    const { messages } = await rawRead(raw, request);
    const id = messages[0]?.getEvent()?.getEvent()?.getId();

    expect(id?.hasStructured()).toBe(true);
    expect(parseUUID(id)).toBe(event.id);
  });

  describe('filtered $all reads', () => {
    beforeEach(async () => {
      const { client } = fixture();
      await client.appendToStream(
        'f',
        ['Opened', 'Noted', 'OpenedAgain', 'Closed'].map((t) => anEvent(t)),
      );
    });

    it('filters forwards and backwards, counting only matching events', async () => {
      const filter = eventTypeFilter('^Open');

      const forwards = await rawRead(
        raw,
        allRead((o) => o.setFilter(filter)),
      );
      const backwards = await rawRead(
        raw,
        allRead((o) =>
          o
            .setFilter(filter)
            .setAll(new Options.AllOptions().setEnd(new Empty()))
            .setReadDirection(Options.ReadDirection.BACKWARDS)
            .setCount('1'),
        ),
      );

      expect(forwards.messages.map(typeOf)).toEqual(['Opened', 'OpenedAgain']);
      expect(backwards.messages.map(typeOf)).toEqual(['OpenedAgain']);
    });

    it('lets a non-empty regex win over prefixes and leaves regexes unanchored', async () => {
      const { messages } = await rawRead(
        raw,
        allRead((o) => o.setFilter(eventTypeFilter('ose', ['Opened']))),
      );

      expect(messages.map(typeOf)).toEqual(['Closed']);
    });

    it('matches on prefixes when the regex is empty', async () => {
      const { messages } = await rawRead(
        raw,
        allRead((o) => o.setFilter(eventTypeFilter('', ['Not', 'Clo']))),
      );

      expect(messages.map(typeOf)).toEqual(['Noted', 'Closed']);
    });
  });

  describe('requests outside the protocol fail with INVALID_ARGUMENT', () => {
    const cases: Array<[string, ReadReq]> = [
      ['no options', new ReadReq()],
      [
        'commit before prepare',
        allRead((o) =>
          o.setAll(
            new Options.AllOptions().setPosition(
              new Options.Position().setCommitPosition('10').setPreparePosition('20'),
            ),
          ),
        ),
      ],
      [
        'a backwards subscription',
        allRead((o) =>
          o
            .setSubscription(new Options.SubscriptionOptions())
            .setReadDirection(Options.ReadDirection.BACKWARDS),
        ),
      ],
      [
        'a filter on a stream read',
        readRequest((o) =>
          o
            .setStream(
              new Options.StreamOptions()
                .setStreamIdentifier(encodeStreamName('s'))
                .setStart(new Empty()),
            )
            .setFilter(eventTypeFilter('x')),
        ),
      ],
      ['an invalid regex', allRead((o) => o.setFilter(eventTypeFilter('(')))],
      [
        'a zero checkpoint multiplier',
        allRead((o) => o.setFilter(eventTypeFilter('x').setCheckpointintervalmultiplier(0))),
      ],
    ];

    it.each(cases)('%s', async (_name, request) => {
      const { error } = await rawRead(raw, request);

      expect(error?.code).toBe(status.INVALID_ARGUMENT);
    });
  });
});

import { END, type StreamSubscription } from '@eventstore/db-client';
import { Empty, ReadReq } from './proto';
import { RawSubscription, rawStreamsClient, readRequest } from './raw-client';
import {
  anEvent,
  Delivered,
  eventually,
  revisionsOf,
  settle,
  typesOf,
  useEmulator,
} from './test-fixture';
import { encodeStreamName } from './wire-decoding';

const range = (n: number) => Array.from({ length: n }, (_, i) => BigInt(i));

describe('EventStoreDB emulator: stream subscriptions', () => {
  const fixture = useEmulator();
  const open: StreamSubscription[] = [];
  const subscribe = (
    ...args: Parameters<ReturnType<typeof fixture>['client']['subscribeToStream']>
  ) => {
    const subscription = fixture().client.subscribeToStream(...args);
    open.push(subscription);
    return { subscription, delivered: new Delivered(subscription) };
  };

  afterEach(async () => {
    await Promise.all(open.splice(0).map((subscription) => subscription.unsubscribe()));
  });

  it('sends confirmation, catch-up events, caught_up, then live events on the wire', async () => {
    const { client, emulator } = fixture();
    await client.appendToStream('wire', [anEvent('A'), anEvent('B')]);
    const raw = rawStreamsClient(emulator.port);
    const subscription = new RawSubscription(
      raw,
      readRequest((options) =>
        options
          .setStream(
            new ReadReq.Options.StreamOptions()
              .setStreamIdentifier(encodeStreamName('wire'))
              .setStart(new Empty()),
          )
          .setSubscription(new ReadReq.Options.SubscriptionOptions()),
      ),
    );

    const catchUp = await subscription.first(4);
    await client.appendToStream('wire', anEvent('C'));
    const all = await subscription.first(5);
    subscription.cancel();
    raw.close();

    expect(catchUp).toEqual(['confirmation', 'event:0', 'event:1', 'caught_up']);
    expect(all[4]).toBe('event:2');
  });

  it('delivers catch-up then live with no gap and no duplicate while appends race it', async () => {
    const { client } = fixture();
    await client.appendToStream(
      'race',
      range(100).map(() => anEvent('Before')),
    );

    const { delivered } = subscribe('race');
    await Promise.all(
      range(10).map(() =>
        client.appendToStream(
          'race',
          range(5).map(() => anEvent('During')),
        ),
      ),
    );
    await delivered.live();
    await client.appendToStream('race', anEvent('After'));
    await delivered.first(151);
    await settle();

    expect(revisionsOf(delivered.events)).toEqual(range(151));
    expect(delivered.events.at(-1)?.type).toBe('After');
  });

  it('starts after the given revision, exclusively', async () => {
    const { client } = fixture();
    await client.appendToStream(
      'from',
      ['A', 'B', 'C', 'D'].map((t) => anEvent(t)),
    );

    const { delivered } = subscribe('from', { fromRevision: 1n });
    await delivered.live();
    await client.appendToStream('from', anEvent('E'));

    expect(typesOf(await delivered.first(3))).toEqual(['C', 'D', 'E']);
  });

  it('from the end delivers only what is written after it went live', async () => {
    const { client } = fixture();
    await client.appendToStream('live', [anEvent('Old')]);

    const { delivered } = subscribe('live', { fromRevision: END });
    await delivered.live();
    await client.appendToStream('live', anEvent('New'));
    await delivered.first(1);
    await settle();

    expect(typesOf(delivered.events)).toEqual(['New']);
  });

  it('confirms a subscription to a stream that does not exist yet and delivers its first events', async () => {
    const { client } = fixture();

    const { delivered } = subscribe('later');
    await delivered.live();
    await client.appendToStream('other', anEvent('Elsewhere'));
    await client.appendToStream('later', [anEvent('First'), anEvent('Second')]);

    expect(typesOf(await delivered.first(2))).toEqual(['First', 'Second']);
  });

  it('lets the server forget a subscription the client cancelled', async () => {
    const { emulator } = fixture();
    const { subscription, delivered } = subscribe('cancelled');
    await delivered.live();
    expect(emulator.openSubscriptions()).toBe(1);

    await subscription.unsubscribe();

    await eventually(() => emulator.openSubscriptions() === 0, 'the server to see the cancel');
  });
});

import {
  END,
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
  type AllStreamSubscription,
  type Filter,
  type Position,
} from '@eventstore/db-client';
import type { EsdbEmulatorOptions } from './esdb-emulator';
import { anEvent, Delivered, recordedEvents, settle, typesOf, useEmulator } from './test-fixture';

type SubscribeToAllOptions = Parameters<
  ReturnType<ReturnType<typeof useEmulator>>['client']['subscribeToAll']
>[0];

/** An emulator, a way to subscribe (unsubscribed after each test) and to append types. */
function subscriptionsOn(options: EsdbEmulatorOptions = {}) {
  const fixture = useEmulator(options);
  const open: AllStreamSubscription[] = [];
  const subscribe = (subscribeOptions?: SubscribeToAllOptions) => {
    const subscription = fixture().client.subscribeToAll(subscribeOptions);
    open.push(subscription);
    return new Delivered(subscription);
  };
  const append = (streamName: string, ...types: string[]) =>
    fixture().client.appendToStream(
      streamName,
      types.map((type) => anEvent(type)),
    );
  afterEach(async () => {
    await Promise.all(open.splice(0).map((subscription) => subscription.unsubscribe()));
  });
  return { fixture, open, subscribe, append };
}

describe('EventStoreDB emulator: $all subscriptions', () => {
  const { open, subscribe, append } = subscriptionsOn();

  it('catches up on every stream in commit order, then goes live', async () => {
    await append('a', 'A1');
    await append('b', 'B1');

    const delivered = subscribe();
    await delivered.live();
    await append('a', 'A2');

    expect(typesOf(await delivered.firstUser(3))).toEqual(['A1', 'B1', 'A2']);
  });

  it('resumes after a position exclusively: nothing lost, nothing repeated', async () => {
    await append('r', 'E1', 'E2', 'E3', 'E4');
    const first = subscribe();
    const [, second] = await first.firstUser(2);
    await open[0]?.unsubscribe();

    const resumed = subscribe({ fromPosition: second?.position });
    await resumed.live();
    await append('r', 'E5');

    expect(typesOf(await resumed.first(3))).toEqual(['E3', 'E4', 'E5']);
  });

  it('from the end delivers only events written after it went live', async () => {
    await append('old', 'Old');

    const delivered = subscribe({ fromPosition: END });
    await delivered.live();
    await append('new', 'New');
    await delivered.first(1);
    await settle();

    expect(typesOf(delivered.events)).toEqual(['New']);
  });

  describe('server-side filters, in catch-up and live', () => {
    const filtered = async (filter: Filter, count: number) => {
      await append('case-1', 'CaseOpened', '$system-note');
      await append('dept-12', 'DepartmentRegistered');
      const delivered = subscribe({ filter });
      await delivered.live();
      await append('case-2', 'CaseOpened');
      await append('dept-x', 'DepartmentRenamed');
      await delivered.first(count);
      await settle();
      return delivered.events.map((event) => `${event.streamId}/${event.type}`);
    };

    it('on stream-name prefixes', async () => {
      const seen = await filtered(streamNameFilter({ prefixes: ['case-'] }), 3);

      expect(seen).toEqual(['case-1/CaseOpened', 'case-1/$system-note', 'case-2/CaseOpened']);
    });

    it('on a stream-name regex that anchors itself', async () => {
      const seen = await filtered(streamNameFilter({ regex: '^dept-\\d+$' }), 1);

      expect(seen).toEqual(['dept-12/DepartmentRegistered']);
    });

    it('on event-type prefixes', async () => {
      const seen = await filtered(eventTypeFilter({ prefixes: ['Department'] }), 2);

      expect(seen).toEqual(['dept-12/DepartmentRegistered', 'dept-x/DepartmentRenamed']);
    });

    it('on an unanchored event-type regex', async () => {
      const seen = await filtered(eventTypeFilter({ regex: 'Opened' }), 2);

      expect(seen).toEqual(['case-1/CaseOpened', 'case-2/CaseOpened']);
    });

    it('excluding system events (event types starting with $)', async () => {
      const seen = await filtered(excludeSystemEvents(), 4);

      expect(seen).toEqual([
        'case-1/CaseOpened',
        'dept-12/DepartmentRegistered',
        'case-2/CaseOpened',
        'dept-x/DepartmentRenamed',
      ]);
    });
  });
});

// Checkpoint arithmetic is easier to read without the system events a server writes by itself.
describe('EventStoreDB emulator: checkpoints on a filtered $all subscription (interval 1 x window 2 = 2 events)', () => {
  const { fixture, open, subscribe, append } = subscriptionsOn({ systemEvents: false });
  const checkpointsOf = (reached: Position[]) => reached.map((p) => `${p.commit}/${p.prepare}`);

  it('come at the last match in catch-up, then at the event completing each interval live, counting on from catch-up', async () => {
    await append('c', 'Match1', 'x1', 'x2', 'Match2', 'x3');
    const reached: Position[] = [];
    const delivered = subscribe({
      filter: eventTypeFilter({
        prefixes: ['Match'],
        maxSearchWindow: 2,
        checkpointInterval: 1,
        checkpointReached: (_subscription, position) => void reached.push(position),
      }),
    });
    await delivered.live();
    await append('c', 'x4', 'x5');
    await append('c', 'Match3');
    await delivered.first(3);
    await settle();
    const position = Object.fromEntries(
      (await recordedEvents(fixture().client.readAll())).map((e) => [e.type, e.position]),
    );

    expect(typesOf(delivered.events)).toEqual(['Match1', 'Match2', 'Match3']);
    expect(checkpointsOf(reached)).toEqual(
      // 5 events considered in catch-up: the 6th (x4, the first live one) completes an interval.
      checkpointsOf(
        [position.Match1, position.Match2, position.x4, position.Match3].filter(isPosition),
      ),
    );
  });

  it('let a subscriber resume from its last checkpoint exclusively', async () => {
    await append('c', 'Match0', 'x1', 'x2', 'x3');
    const [match0] = await recordedEvents(fixture().client.readAll({ maxCount: 1 }));
    const reached: Position[] = [];
    const filter = (onCheckpoint: (position: Position) => void = () => undefined) =>
      eventTypeFilter({
        prefixes: ['Match'],
        maxSearchWindow: 2,
        checkpointReached: (_subscription, position) => onCheckpoint(position),
      });
    const first = subscribe({ filter: filter((position) => reached.push(position)) });
    await first.live();
    await open[0]?.unsubscribe();
    await append('c', 'Match1');

    const resumed = subscribe({ fromPosition: reached.at(-1), filter: filter() });
    await resumed.first(1);
    await settle();

    expect(checkpointsOf(reached)).toEqual(checkpointsOf([match0, match0].flatMap(positionIn)));
    expect(typesOf(resumed.events)).toEqual(['Match1']);
  });
});

describe('EventStoreDB emulator: system events in $all subscriptions', () => {
  const { subscribe, append } = subscriptionsOn({ statsEvery: 2 });

  it("delivers the server's own events unfiltered and counts them toward checkpoints when filtered out", async () => {
    const reached: Position[] = [];
    const everything = subscribe();
    const filtered = subscribe({
      filter: excludeSystemEvents({
        maxSearchWindow: 1,
        checkpointInterval: 1,
        checkpointReached: (_subscription, position) => void reached.push(position),
      }),
    });
    await Promise.all([everything.live(), filtered.live()]);
    await append('mine', 'Mine1');
    await append('mine', 'Mine2');
    await filtered.first(2);
    await everything.firstUser(2);
    await settle();

    const streams = everything.events.map((event) => event.streamId);
    expect(streams).toEqual(
      expect.arrayContaining(['$users', '$settings', '$stats-127.0.0.1:2113']),
    );
    expect(streams.filter((stream) => stream.startsWith('$$'))).not.toHaveLength(0);
    // The second write brought a $statsCollected after it: live, it completes an interval too.
    expect(streams.at(-1)).toBe('$stats-127.0.0.1:2113');
    expect(typesOf(filtered.events)).toEqual(['Mine1', 'Mine2']);
    const last = everything.events.at(-1)?.position;
    expect(reached.at(-1)).toEqual(last);
  });
});

function isPosition(position: Position | undefined): position is Position {
  return position !== undefined;
}

function positionIn(event: { position?: Position } | undefined): Position[] {
  return event?.position === undefined ? [] : [event.position];
}

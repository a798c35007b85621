import type { Position } from '@eventstore/db-client';
import {
  anEvent,
  Delivered,
  recordedEvents,
  typesOf,
  useEmulator,
  userEvents,
} from './test-fixture';

const key = (position: Position | undefined) => `${position?.commit}/${position?.prepare}`;

describe('EventStoreDB emulator: writes with commit records (commit != prepare)', () => {
  const fixture = useEmulator({ commitRecords: true });

  it('gives the events of one append one commit position and their own prepare positions', async () => {
    const { client } = fixture();

    const result = await client.appendToStream('tx', [anEvent('A'), anEvent('B'), anEvent('C')]);
    const events = await recordedEvents(client.readStream('tx'));
    const [a, b, c] = events.map((event) => event.position);

    expect(new Set(events.map((e) => e.position?.commit)).size).toBe(1);
    expect(a && b && c && a.prepare < b.prepare && b.prepare < c.prepare).toBe(true);
    expect((c?.prepare ?? 0n) < (c?.commit ?? 0n)).toBe(true);
    expect(key(result.position)).toBe(key(c));
  });

  it('orders $all by commit, then prepare, and resumes a subscription inside a transaction', async () => {
    const { client } = fixture();
    await client.appendToStream('tx', [anEvent('A'), anEvent('B'), anEvent('C')]);
    await client.appendToStream('tx', anEvent('D'));
    const all = userEvents(await recordedEvents(client.readAll()));
    const b = all.find((event) => event.type === 'B');

    const resumed = new Delivered(client.subscribeToAll({ fromPosition: b?.position }));
    const after = await resumed.firstUser(2);

    expect(typesOf(all)).toEqual(['A', 'B', 'C', 'D']);
    expect(typesOf(after)).toEqual(['C', 'D']);
    const forwards = userEvents(
      await recordedEvents(client.readAll({ fromPosition: b?.position })),
    );
    expect(typesOf(forwards)).toEqual(['B', 'C', 'D']);
  });
});

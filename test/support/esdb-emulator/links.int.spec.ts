import { binaryEvent, type ResolvedEvent } from '@eventstore/db-client';
import { anEvent, Delivered, useEmulator } from './test-fixture';

/** A link event as a server's projections write it: `revision@stream`. */
const linkTo = (revision: number, stream: string) =>
  binaryEvent({ type: '$>', data: new Uint8Array(Buffer.from(`${revision}@${stream}`, 'utf8')) });

async function resolved(read: AsyncIterable<ResolvedEvent>): Promise<ResolvedEvent[]> {
  const all: ResolvedEvent[] = [];
  for await (const entry of read) all.push(entry);
  return all;
}

describe('EventStoreDB emulator: $> links', () => {
  const fixture = useEmulator();

  beforeEach(async () => {
    const { client } = fixture();
    await client.appendToStream('order-1', [anEvent('Placed'), anEvent('Paid')]);
    await client.appendToStream('paid-orders', [linkTo(1, 'order-1'), linkTo(5, 'order-1')]);
  });

  it('with resolveLinkTos, a stream read sends the target in event and the link in link', async () => {
    const [found, dangling] = await resolved(
      fixture().client.readStream('paid-orders', { resolveLinkTos: true }),
    );

    expect(found?.event).toMatchObject({ streamId: 'order-1', revision: 1n, type: 'Paid' });
    expect(found?.link).toMatchObject({ streamId: 'paid-orders', revision: 0n, type: '$>' });
    expect(found?.commitPosition).toBe(found?.link?.position?.commit);
    // The target of the second link was never written: only the link comes.
    expect(dangling?.event).toBeUndefined();
    expect(dangling?.link).toMatchObject({ revision: 1n, type: '$>' });
  });

  it('without resolveLinkTos, the link itself is the event', async () => {
    const [first] = await resolved(fixture().client.readStream('paid-orders'));

    expect(first?.event).toMatchObject({ streamId: 'paid-orders', type: '$>' });
    expect(first?.link).toBeUndefined();
  });

  it('resolves links in $all reads and subscriptions alike', async () => {
    const { client } = fixture();
    const read = await resolved(client.readAll({ resolveLinkTos: true }));
    const subscription = client.subscribeToAll({ resolveLinkTos: true });
    const entries: ResolvedEvent[] = [];
    subscription.on('data', (entry: ResolvedEvent) => entries.push(entry));
    await new Delivered(subscription).live();
    await subscription.unsubscribe();

    for (const delivered of [read, entries]) {
      const viaLink = delivered.find((entry) => entry.link?.streamId === 'paid-orders');
      expect(viaLink?.event).toMatchObject({ streamId: 'order-1', type: 'Paid' });
    }
  });

  it('does not resolve a link whose target was soft-deleted', async () => {
    const { client } = fixture();
    await client.deleteStream('order-1');

    const [first] = await resolved(client.readStream('paid-orders', { resolveLinkTos: true }));

    expect(first?.event).toBeUndefined();
    expect(first?.link?.type).toBe('$>');
  });
});

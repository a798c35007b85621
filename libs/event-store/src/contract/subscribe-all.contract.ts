import { logPositionOf } from '../port/log-position';
import { many, proposed, take } from './contract-fixtures';
import type { ContractSubject } from './contract-subject';

/** Catch-up and live subscriptions to the global log. */
export function subscribingToAll(subject: ContractSubject): void {
  describe('subscribing to all', () => {
    it('catches up, then receives live events with no gap and no duplicate', async () => {
      await subject.store.append(subject.stream('live'), many(5), 'no_stream');
      const subscription = subject.store.subscribeToAll({
        from: 'start',
        filter: { streamPrefixes: [`${subject.category}-`] },
      });
      const received = take(subscription, 10);
      await new Promise((resolve) => setTimeout(resolve, 50));
      let revision = 4n;
      for (let i = 0; i < 5; i++) {
        const result = await subject.store.append(
          subject.stream('live'),
          [proposed('Live', { i })],
          revision,
        );
        revision = result.nextExpectedRevision;
      }
      const events = await received;
      await subscription.close();
      expect(events.map((e) => e.revision)).toEqual(
        Array.from({ length: 10 }, (_, i) => BigInt(i)),
      );
      expect(new Set(events.map((e) => e.id)).size).toBe(10);
    });

    it('resumes after the full log position of an event (commit and prepare), exclusively', async () => {
      await subject.store.append(subject.stream('resume'), many(6), 'no_stream');
      const events = await subject.store.readStream(subject.stream('resume'));
      const third = events[2];
      if (!third) throw new Error('fixture');
      const filter = { streamPrefixes: [`${subject.category}-`] };
      const subscription = subject.store.subscribeToAll({ from: logPositionOf(third), filter });
      const resumed = await take(subscription, 3);
      await subscription.close();
      const read = await subject.store.readAll({ filter, fromPosition: logPositionOf(third) });
      expect(resumed.map((e) => e.revision)).toEqual([3n, 4n, 5n]);
      expect(read.map((e) => e.revision)).toEqual([2n, 3n, 4n, 5n]);
    });

    it('resumes after a given position, exclusively', async () => {
      await subject.store.append(subject.stream('resume'), many(6), 'no_stream');
      const events = await subject.store.readStream(subject.stream('resume'));
      const third = events[2];
      if (!third) throw new Error('fixture');
      const subscription = subject.store.subscribeToAll({
        from: third.position,
        filter: { streamPrefixes: [`${subject.category}-`] },
      });
      const resumed = await take(subscription, 3);
      await subscription.close();
      expect(resumed.map((e) => e.revision)).toEqual([3n, 4n, 5n]);
    });

    it('applies category and event-type filters to live delivery', async () => {
      const wanted = `${subject.category}Wanted`;
      const subscription = subject.store.subscribeToAll({
        from: 'end',
        filter: { eventTypes: [wanted] },
      });
      const received = take(subscription, 2);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await subject.store.append(
        subject.stream('1'),
        [proposed('Unwanted'), proposed(wanted, { k: 1 }), proposed('Unwanted')],
        'no_stream',
      );
      await subject.store.append(subject.stream('2'), [proposed(wanted, { k: 2 })], 'no_stream');
      const events = await received;
      await subscription.close();
      expect(events.map((e) => [e.type, e.data.k])).toEqual([
        [wanted, 1],
        [wanted, 2],
      ]);
    });

    it('ends iteration when closed', async () => {
      const subscription = subject.store.subscribeToAll({
        from: 'end',
        filter: { streamPrefixes: [`${subject.category}-`] },
      });
      const drained = (async () => {
        const seen: unknown[] = [];
        for await (const event of subscription) seen.push(event);
        return seen;
      })();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await subscription.close();
      await expect(drained).resolves.toEqual([]);
    });
  });
}

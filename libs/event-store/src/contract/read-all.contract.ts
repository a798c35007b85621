import { logPositionOf } from '../port/log-position';
import { proposed, uniqueCategory } from './contract-fixtures';
import type { ContractSubject } from './contract-subject';

/** Reading the global log: order, positions and filters. */
export function readingAll(subject: ContractSubject): void {
  describe('reading all', () => {
    it('keeps the global order across streams', async () => {
      await subject.store.append(subject.stream('one'), [proposed('A', { n: 1 })], 'no_stream');
      await subject.store.append(subject.stream('two'), [proposed('A', { n: 2 })], 'no_stream');
      await subject.store.append(subject.stream('one'), [proposed('A', { n: 3 })], 0n);
      const events = await subject.store.readAll({
        filter: { streamPrefixes: [`${subject.category}-`] },
      });
      expect(events.map((e) => e.data.n)).toEqual([1, 2, 3]);
      const positions = events.map((e) => e.position);
      expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
      expect(new Set(positions).size).toBe(3);
    });

    it('reads forwards from a position, inclusive, and backwards before it', async () => {
      for (let n = 1; n <= 5; n++) {
        await subject.store.append(subject.stream(`s${n}`), [proposed('A', { n })], 'no_stream');
      }
      const filter = { streamPrefixes: [`${subject.category}-`] };
      const all = await subject.store.readAll({ filter });
      const third = all[2];
      if (!third) throw new Error('fixture');
      const forwards = await subject.store.readAll({ filter, fromPosition: third.position });
      expect(forwards.map((e) => e.data.n)).toEqual([3, 4, 5]);
      const backwards = await subject.store.readAll({
        filter,
        direction: 'backwards',
        fromPosition: third.position,
      });
      expect(backwards.map((e) => e.data.n)).toEqual([2, 1]);
      const limited = await subject.store.readAll({ filter, maxCount: 2 });
      expect(limited.map((e) => e.data.n)).toEqual([1, 2]);
    });

    it('filters by category prefix', async () => {
      const other = uniqueCategory();
      await subject.store.append(subject.stream('1'), [proposed('A', { mine: true })], 'no_stream');
      await subject.store.append(`${other}-1`, [proposed('A', { mine: false })], 'no_stream');
      await subject.store.append(subject.stream('2'), [proposed('B', { mine: true })], 'no_stream');
      const mine = await subject.store.readAll({
        filter: { streamPrefixes: [`${subject.category}-`] },
      });
      expect(mine.map((e) => e.data.mine)).toEqual([true, true]);
      const both = await subject.store.readAll({
        filter: { streamPrefixes: [`${subject.category}-`, `${other}-`] },
      });
      expect(both).toHaveLength(3);
    });

    it('filters by event type', async () => {
      const typeA = `${subject.category}Opened`;
      const typeB = `${subject.category}Closed`;
      await subject.store.append(
        subject.stream('1'),
        [proposed(typeA), proposed(typeB)],
        'no_stream',
      );
      await subject.store.append(
        subject.stream('2'),
        [proposed(typeB), proposed(typeA)],
        'no_stream',
      );
      const closed = await subject.store.readAll({ filter: { eventTypes: [typeB] } });
      expect(closed.map((e) => [e.stream, e.type])).toEqual([
        [subject.stream('1'), typeB],
        [subject.stream('2'), typeB],
      ]);
    });

    it('counts the events after a position, exclusive, by type, up to a limit', async () => {
      const typeA = `${subject.category}Counted`;
      const typeB = `${subject.category}Skipped`;
      await subject.store.append(
        subject.stream('1'),
        [proposed(typeA), proposed(typeB), proposed(typeA), proposed(typeA), proposed(typeA)],
        'no_stream',
      );
      const mine = await subject.store.readAll({
        filter: { streamPrefixes: [`${subject.category}-`] },
      });
      const first = mine[0];
      if (!first) throw new Error('fixture');
      const after = logPositionOf(first);
      const filter = { eventTypes: [typeA] };
      // After the first event (not counted itself): three of type A, one of type B.
      expect(await subject.store.countAfter(after, { filter, limit: 10 })).toBe(3);
      expect(await subject.store.countAfter(after, { filter, limit: 2 })).toBe(2);
      expect(
        await subject.store.countAfter(after, { filter: { eventTypes: [typeB] }, limit: 10 }),
      ).toBe(1);
      const last = mine.at(-1);
      if (!last) throw new Error('fixture');
      expect(await subject.store.countAfter(logPositionOf(last), { filter, limit: 10 })).toBe(0);
    });
  });
}

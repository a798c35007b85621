import { WrongExpectedRevisionError } from '../port/errors';
import { many, proposed, rejectionOf } from './contract-fixtures';
import type { ContractSubject } from './contract-subject';

/** Expected revisions: each kind, and concurrent writers on one revision. */
export function expectedRevision(subject: ContractSubject): void {
  describe('expected revision', () => {
    it('no_stream succeeds on a new stream and fails on an existing one', async () => {
      await subject.store.append(subject.stream('n'), many(1), 'no_stream');
      const error = await rejectionOf(
        subject.store.append(subject.stream('n'), many(1), 'no_stream'),
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({
        stream: subject.stream('n'),
        expected: 'no_stream',
        actual: 0n,
      });
    });

    it('any succeeds on a new stream and on an existing one', async () => {
      const first = await subject.store.append(subject.stream('any'), many(1), 'any');
      const second = await subject.store.append(subject.stream('any'), many(2), 'any');
      expect(first.nextExpectedRevision).toBe(0n);
      expect(second.nextExpectedRevision).toBe(2n);
    });

    it('stream_exists fails on a new stream and succeeds on an existing one', async () => {
      const error = await rejectionOf(
        subject.store.append(subject.stream('se'), many(1), 'stream_exists'),
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
      await subject.store.append(subject.stream('se'), many(1), 'no_stream');
      const result = await subject.store.append(subject.stream('se'), many(1), 'stream_exists');
      expect(result.nextExpectedRevision).toBe(1n);
    });

    it('an exact revision succeeds when it is the current one', async () => {
      await subject.store.append(subject.stream('x'), many(2), 'no_stream');
      const result = await subject.store.append(subject.stream('x'), many(1), 1n);
      expect(result.nextExpectedRevision).toBe(2n);
    });

    it('an exact revision fails when the stream moved on or is behind it', async () => {
      await subject.store.append(subject.stream('x'), many(3), 'no_stream');
      const behind = await rejectionOf(subject.store.append(subject.stream('x'), many(1), 0n));
      expect(behind).toBeInstanceOf(WrongExpectedRevisionError);
      expect(behind).toMatchObject({ expected: 0n, actual: 2n });
      const ahead = await rejectionOf(subject.store.append(subject.stream('x'), many(1), 7n));
      expect(ahead).toMatchObject({ expected: 7n, actual: 2n });
      const missing = await rejectionOf(subject.store.append(subject.stream('none'), many(1), 0n));
      expect(missing).toMatchObject({ expected: 0n, actual: 'no_stream' });
      expect(await subject.store.readStream(subject.stream('x'))).toHaveLength(3);
    });

    it('lets exactly one of 12 concurrent writers win each revision', async () => {
      await subject.store.append(subject.stream('race'), many(1), 'no_stream');
      const writers = Array.from({ length: 12 }, () =>
        subject.store.append(subject.stream('race'), [proposed('Raced')], 0n).then(
          () => 'won' as const,
          (error: unknown) => error,
        ),
      );
      const outcomes = await Promise.all(writers);
      const winners = outcomes.filter((outcome) => outcome === 'won');
      const losers = outcomes.filter((outcome) => outcome !== 'won');
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(11);
      for (const loser of losers) {
        expect(loser).toBeInstanceOf(WrongExpectedRevisionError);
        expect(loser).toMatchObject({ expected: 0n, actual: 1n });
      }
      expect(await subject.store.readStream(subject.stream('race'))).toHaveLength(2);
    });

    it('keeps every revision unique when 12 writers retry until they all land', async () => {
      const writer = async (index: number): Promise<void> => {
        for (;;) {
          const events = await subject.store.readStream(subject.stream('retry')).catch(() => []);
          const last = events.at(-1);
          try {
            await subject.store.append(
              subject.stream('retry'),
              [proposed('Retried', { index })],
              last ? last.revision : 'no_stream',
            );
            return;
          } catch (error) {
            if (!(error instanceof WrongExpectedRevisionError)) throw error;
          }
        }
      };
      await Promise.all(Array.from({ length: 12 }, (_, index) => writer(index)));
      const events = await subject.store.readStream(subject.stream('retry'));
      expect(events.map((e) => e.revision)).toEqual(
        Array.from({ length: 12 }, (_, i) => BigInt(i)),
      );
      expect(new Set(events.map((e) => e.data.index)).size).toBe(12);
    }, 30_000);
    it('gives every append of a burst its own outcome: a conflict fails only itself', async () => {
      const settled = (promise: Promise<unknown>) =>
        promise.then(
          () => undefined,
          (error: unknown) => error,
        );
      // Sent together: the SQLite store commits them in one transaction.
      const [first, second, behind, fresh] = await Promise.all([
        settled(subject.store.append(subject.stream('bx'), many(1), 'no_stream')),
        settled(subject.store.append(subject.stream('bx'), many(1), 'no_stream')),
        settled(subject.store.append(subject.stream('by'), many(1), 3n)),
        settled(subject.store.append(subject.stream('by'), many(2), 'no_stream')),
      ]);
      expect([first, second].filter((error) => error === undefined)).toHaveLength(1);
      expect(first ?? second).toBeInstanceOf(WrongExpectedRevisionError);
      expect(behind).toBeInstanceOf(WrongExpectedRevisionError);
      expect(behind).toMatchObject({ stream: subject.stream('by'), expected: 3n });
      expect(fresh).toBeUndefined();
      expect(await subject.store.readStream(subject.stream('bx'))).toHaveLength(1);
      expect(await subject.store.readStream(subject.stream('by'))).toHaveLength(2);
    });
  });
}

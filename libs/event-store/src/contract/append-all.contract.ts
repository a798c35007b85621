import { StreamNotFoundError, WrongExpectedRevisionError } from '../port/errors';
import { many, rejectionOf } from './contract-fixtures';
import type { ContractSubject } from './contract-subject';

/** How a store writes the appends of one `appendAll`: all or none, or one after another. */
export type AppendsAll = 'atomically' | 'one after another';

/** Several streams' appends in one call: in order, each checked as `append` checks it. */
export function appendingToSeveralStreams(subject: ContractSubject, appendsAll: AppendsAll): void {
  describe('append to several streams', () => {
    it('writes each append in order, with its own expected revision, and answers each one’s result', async () => {
      await subject.store.append(subject.stream('b'), many(1), 'no_stream');
      const [a, b] = await subject.store.appendAll([
        { stream: subject.stream('a'), events: many(2), expected: 'no_stream' },
        { stream: subject.stream('b'), events: many(1), expected: 0n },
      ]);
      expect(a?.nextExpectedRevision).toBe(1n);
      expect(b?.nextExpectedRevision).toBe(1n);
      expect((b?.position ?? 0n) > (a?.position ?? 0n)).toBe(true);
      const readA = await subject.store.readStream(subject.stream('a'));
      const readB = await subject.store.readStream(subject.stream('b'));
      expect(readA.map((event) => event.position).at(-1)).toBe(a?.position);
      expect(readB.map((event) => event.revision)).toEqual([0n, 1n]);
      expect(readB.at(-1)?.position).toBe(b?.position);
    });

    const written =
      appendsAll === 'atomically' ? 'writes none of them' : 'leaves the appends before it written';
    it(`throws the first append that fails, naming its stream, and ${written}`, async () => {
      await subject.store.append(subject.stream('taken'), many(1), 'no_stream');
      const error = await rejectionOf(
        subject.store.appendAll([
          { stream: subject.stream('first'), events: many(1), expected: 'no_stream' },
          { stream: subject.stream('taken'), events: many(1), expected: 'no_stream' },
          { stream: subject.stream('last'), events: many(1), expected: 'no_stream' },
        ]),
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ stream: subject.stream('taken'), actual: 0n });
      expect(await subject.store.readStream(subject.stream('taken'))).toHaveLength(1);
      const last = await rejectionOf(subject.store.readStream(subject.stream('last')));
      expect(last).toBeInstanceOf(StreamNotFoundError);
      const first = subject.store.readStream(subject.stream('first'));
      if (appendsAll === 'atomically') {
        expect(await rejectionOf(first)).toBeInstanceOf(StreamNotFoundError);
      } else {
        expect(await first).toHaveLength(1);
      }
    });
  });
}

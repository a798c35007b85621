import { StreamNotFoundError } from '../port/errors';
import { many, rejectionOf } from './contract-fixtures';
import type { ContractSubject } from './contract-subject';

/** Reading one stream, both ways. */
export function readingAStream(subject: ContractSubject): void {
  describe('reading a stream', () => {
    it('reads forwards from a revision with a limit', async () => {
      await subject.store.append(subject.stream('f'), many(6), 'no_stream');
      const events = await subject.store.readStream(subject.stream('f'), {
        fromRevision: 2n,
        maxCount: 3,
      });
      expect(events.map((e) => e.revision)).toEqual([2n, 3n, 4n]);
      expect(events.map((e) => e.data.index)).toEqual([2, 3, 4]);
    });

    it('reads backwards from a revision with a limit, and from the end', async () => {
      await subject.store.append(subject.stream('b'), many(6), 'no_stream');
      const fromThree = await subject.store.readStream(subject.stream('b'), {
        direction: 'backwards',
        fromRevision: 3n,
        maxCount: 2,
      });
      expect(fromThree.map((e) => e.revision)).toEqual([3n, 2n]);
      const fromEnd = await subject.store.readStream(subject.stream('b'), {
        direction: 'backwards',
        maxCount: 1,
      });
      expect(fromEnd.map((e) => e.revision)).toEqual([5n]);
    });

    it('raises StreamNotFoundError for a stream that was never written', async () => {
      const error = await rejectionOf(subject.store.readStream(subject.stream('ghost')));
      expect(error).toBeInstanceOf(StreamNotFoundError);
      expect(error).toMatchObject({ stream: subject.stream('ghost') });
      // An expected answer, made without walking the stack (streamNotFound).
      expect((error as Error).stack).not.toContain('    at ');
    });
  });
}

import { WrongExpectedRevisionError } from '../port/errors';
import { many, proposed, rejectionOf } from './contract-fixtures';
import type { ContractSubject } from './contract-subject';

/** Re-appending events already stored writes nothing, unless only part matches. */
export function idempotentReappend(subject: ContractSubject): void {
  describe('idempotent re-append', () => {
    it('re-appending the same ids at the same revision writes nothing', async () => {
      const batch = many(2);
      const first = await subject.store.append(subject.stream('i'), batch, 'no_stream');
      await subject.store.append(subject.stream('i'), many(1), first.nextExpectedRevision);
      const again = await subject.store.append(subject.stream('i'), batch, 'no_stream');
      expect(again).toEqual(first);
      expect(await subject.store.readStream(subject.stream('i'))).toHaveLength(3);
    });

    it('re-appending the same ids with an exact revision writes nothing', async () => {
      await subject.store.append(subject.stream('e'), many(1), 'no_stream');
      const batch = many(2);
      const first = await subject.store.append(subject.stream('e'), batch, 0n);
      const again = await subject.store.append(subject.stream('e'), batch, 0n);
      expect(again).toEqual(first);
      expect(await subject.store.readStream(subject.stream('e'))).toHaveLength(3);
    });

    it('re-appending the same ids with any writes nothing', async () => {
      const batch = many(2);
      const first = await subject.store.append(subject.stream('y'), batch, 'any');
      const again = await subject.store.append(subject.stream('y'), batch, 'any');
      expect(again).toEqual(first);
      expect(await subject.store.readStream(subject.stream('y'))).toHaveLength(2);
    });

    it('rejects a batch that only partly matches what is stored', async () => {
      const batch = many(2);
      await subject.store.append(subject.stream('p'), batch, 'no_stream');
      const [firstEvent] = batch;
      if (!firstEvent) throw new Error('fixture');
      const error = await rejectionOf(
        subject.store.append(subject.stream('p'), [firstEvent, proposed('Other')], 'no_stream'),
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(await subject.store.readStream(subject.stream('p'))).toHaveLength(2);
    });
  });
}

import {
  StreamDeletedError,
  StreamNotFoundError,
  StreamTombstonedError,
  WrongExpectedRevisionError,
} from '../port/errors';
import { many, rejectionOf } from './contract-fixtures';
import type { ContractSubject } from './contract-subject';

/** Soft deletes and tombstones. */
export function deletingStreams(subject: ContractSubject): void {
  describe('deleting streams', () => {
    it('a soft-deleted stream reads as not found and refuses every append, so its chain never restarts', async () => {
      await subject.store.append(subject.stream('soft'), many(3), 'no_stream');
      await subject.store.deleteStream(subject.stream('soft'), 2n);
      const read = await rejectionOf(subject.store.readStream(subject.stream('soft')));
      expect(read).toBeInstanceOf(StreamNotFoundError);
      for (const expected of ['no_stream', 'any', 'stream_exists', 2n] as const) {
        const error = await rejectionOf(
          subject.store.append(subject.stream('soft'), many(1), expected),
        );
        expect(error).toBeInstanceOf(StreamDeletedError);
        expect(error).not.toBeInstanceOf(StreamTombstonedError);
        expect(error).toMatchObject({ stream: subject.stream('soft') });
      }
      const empty = await rejectionOf(subject.store.append(subject.stream('soft'), [], 'any'));
      expect(empty).toBeInstanceOf(StreamDeletedError);
    });

    it('keeps the events of a deleted stream in the global log', async () => {
      await subject.store.append(subject.stream('kept'), many(2), 'no_stream');
      await subject.store.append(subject.stream('gone'), many(2), 'no_stream');
      await subject.store.deleteStream(subject.stream('kept'), 'any');
      await subject.store.tombstoneStream(subject.stream('gone'), 'any');
      const all = await subject.store.readAll({
        filter: { streamPrefixes: [`${subject.category}-`] },
      });
      expect(all.map((e) => `${e.stream}@${e.revision}`)).toEqual([
        `${subject.stream('kept')}@0`,
        `${subject.stream('kept')}@1`,
        `${subject.stream('gone')}@0`,
        `${subject.stream('gone')}@1`,
      ]);
    });

    it('a tombstoned stream refuses reads, appends and deletes with StreamTombstonedError', async () => {
      await subject.store.append(subject.stream('tomb'), many(2), 'no_stream');
      await subject.store.tombstoneStream(subject.stream('tomb'), 1n);
      const attempts = [
        () => subject.store.readStream(subject.stream('tomb')),
        () => subject.store.append(subject.stream('tomb'), many(1), 'any'),
        () => subject.store.append(subject.stream('tomb'), many(1), 'no_stream'),
        () => subject.store.deleteStream(subject.stream('tomb'), 'any'),
        () => subject.store.tombstoneStream(subject.stream('tomb'), 'any'),
      ];
      for (const attempt of attempts) {
        const error = await rejectionOf(attempt());
        expect(error).toBeInstanceOf(StreamTombstonedError);
        expect(error).toMatchObject({ stream: subject.stream('tomb') });
      }
    });

    it('delete checks the expected revision; a stream without events has nothing to delete', async () => {
      await subject.store.append(subject.stream('d'), many(3), 'no_stream');
      const wrong = await rejectionOf(subject.store.deleteStream(subject.stream('d'), 1n));
      expect(wrong).toBeInstanceOf(WrongExpectedRevisionError);
      expect(wrong).toMatchObject({ expected: 1n, actual: 2n });
      const noStream = await rejectionOf(
        subject.store.deleteStream(subject.stream('d'), 'no_stream'),
      );
      expect(noStream).toMatchObject({ expected: 'no_stream', actual: 2n });
      const missing = await rejectionOf(subject.store.deleteStream(subject.stream('never'), 'any'));
      expect(missing).toBeInstanceOf(WrongExpectedRevisionError);
      expect(missing).toMatchObject({ actual: 'no_stream' });
      await subject.store.deleteStream(subject.stream('d'), 'stream_exists');
      expect(
        await subject.store.readStream(subject.stream('d')).catch((e: unknown) => e),
      ).toBeInstanceOf(StreamNotFoundError);
    });

    it('a deleted stream cannot be deleted again, but can be tombstoned as one without events', async () => {
      await subject.store.append(subject.stream('twice'), many(2), 'no_stream');
      await subject.store.deleteStream(subject.stream('twice'), 'any');
      const again = await rejectionOf(subject.store.deleteStream(subject.stream('twice'), 'any'));
      expect(again).toBeInstanceOf(StreamDeletedError);
      const exact = await rejectionOf(subject.store.tombstoneStream(subject.stream('twice'), 1n));
      expect(exact).toMatchObject({ expected: 1n, actual: 'no_stream' });
      await subject.store.tombstoneStream(subject.stream('twice'), 'no_stream');
      const read = await rejectionOf(subject.store.readStream(subject.stream('twice')));
      expect(read).toBeInstanceOf(StreamTombstonedError);
    });

    it('tombstoning a name never written reserves it; an expected revision is checked', async () => {
      const error = await rejectionOf(subject.store.tombstoneStream(subject.stream('none'), 0n));
      expect(error).toMatchObject({ expected: 0n, actual: 'no_stream' });
      await subject.store.tombstoneStream(subject.stream('reserved'), 'no_stream');
      const append = await rejectionOf(
        subject.store.append(subject.stream('reserved'), many(1), 'no_stream'),
      );
      expect(append).toBeInstanceOf(StreamTombstonedError);
    });
  });
}

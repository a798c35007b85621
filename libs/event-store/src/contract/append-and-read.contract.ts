import { InvalidAppendError, StreamNotFoundError } from '../port/errors';
import { CURRENT_HASH_SCHEME, GENESIS_HASH, verifyLink } from '../integrity/hash-chain';
import { many, proposed, rejectionOf } from './contract-fixtures';
import type { ContractSubject } from './contract-subject';

/** Appends come back as they were sent, hashed and chained. */
export function appendAndReadBack(subject: ContractSubject): void {
  describe('append and read back', () => {
    it('readies the write path on request, any number of times, and appends as before after it', async () => {
      await subject.store.readyForAppends();
      await subject.store.readyForAppends();
      const result = await subject.store.append(subject.stream('ready'), many(2), 'no_stream');
      expect(result.nextExpectedRevision).toBe(1n);
      const read = await subject.store.readStream(subject.stream('ready'));
      expect(read.map((event) => event.revision)).toEqual([0n, 1n]);
    });

    it('round-trips data and metadata, unicode included, hashed with the current scheme', async () => {
      const event = proposed('DepartmentRegistered', {
        name: '安全生产监督管理局 — Bureau ✓',
        industries: ['mining', 'chemicals'],
        nested: { level: 'MUNICIPAL', count: 3, flag: true, none: null },
      });
      const result = await subject.store.append(subject.stream('a'), [event], 'no_stream');
      const [read] = await subject.store.readStream(subject.stream('a'));
      expect(read).toEqual({
        ...event,
        stream: subject.stream('a'),
        revision: 0n,
        position: result.position,
        previousHash: GENESIS_HASH,
        hash: read?.hash,
        hashScheme: CURRENT_HASH_SCHEME,
      });
      expect(read?.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(result.nextExpectedRevision).toBe(0n);
      expect(result.position > 0n).toBe(true);
    });

    it('round-trips a payload of almost 1 MiB', async () => {
      // EventStoreDB counts data and metadata toward its 1 MiB limit: leave room for the envelope.
      const blob = 'x'.repeat(1024 * 1024 - 4096);
      await subject.store.append(subject.stream('big'), [proposed('Big', { blob })], 'no_stream');
      const [read] = await subject.store.readStream(subject.stream('big'));
      expect(read?.data).toEqual({ blob });
    });

    it('rejects a batch whose data is larger than 1 MiB', async () => {
      const blob = 'x'.repeat(1024 * 1024 + 1);
      const error = await rejectionOf(
        subject.store.append(subject.stream('huge'), [proposed('Huge', { blob })], 'no_stream'),
      );
      expect(error).toBeInstanceOf(InvalidAppendError);
      await expect(subject.store.readStream(subject.stream('huge'))).rejects.toBeInstanceOf(
        StreamNotFoundError,
      );
    });

    it('chains every event to the previous one of its stream', async () => {
      await subject.store.append(subject.stream('chain'), many(3), 'no_stream');
      await subject.store.append(subject.stream('chain'), many(2), 2n);
      const events = await subject.store.readStream(subject.stream('chain'));
      let previous = GENESIS_HASH;
      for (const event of events) {
        expect(verifyLink(event, previous)).toBeUndefined();
        previous = event.hash;
      }
      expect(events.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
    });

    it('returns the revision of the last event and its global position', async () => {
      const first = await subject.store.append(subject.stream('r'), many(3), 'no_stream');
      const second = await subject.store.append(
        subject.stream('r'),
        many(2),
        first.nextExpectedRevision,
      );
      expect(first.nextExpectedRevision).toBe(2n);
      expect(second.nextExpectedRevision).toBe(4n);
      const events = await subject.store.readStream(subject.stream('r'));
      expect(events[2]?.position).toBe(first.position);
      expect(events[4]?.position).toBe(second.position);
    });
  });
}

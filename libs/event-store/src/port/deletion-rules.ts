import type { ExpectedRevision } from './event-store.port';

/**
 * Whether a delete or a tombstone that expects `expected` may go ahead on a stream whose last
 * revision is `current` (`no_stream`: no events, or soft-deleted). Both stores decide with this,
 * so that they agree; unlike an append, there is no idempotent re-delete.
 */
export function deletionExpected(
  expected: ExpectedRevision,
  current: bigint | 'no_stream',
): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return current === 'no_stream';
  if (expected === 'stream_exists') return current !== 'no_stream';
  return current === expected;
}

import type { ProposedEvent, RecordedEvent } from '../port/envelope';
import type { AppendResult, ExpectedRevision } from '../port/event-store.port';
import { CURRENT_HASH_SCHEME, GENESIS_HASH, chainHash } from '../integrity/hash-chain';
import type { EsdbClient } from './eventstoredb.client';
import { refuseIfSoftDeleted } from './eventstoredb.deletion';
import { appendError } from './eventstoredb.errors';
import { toEventData } from './eventstoredb.mapping';

/**
 * Chains the batch onto `previous` (the genesis when undefined) and writes it with `previous`'s
 * exact revision (or `no_stream`), so the server's check guarantees that what the hashes were
 * computed from is still the predecessor. `expected` is what the caller asked for, for errors.
 */
export async function chainedWrite(
  client: EsdbClient,
  stream: string,
  events: readonly ProposedEvent[],
  previous: RecordedEvent | undefined,
  expected: ExpectedRevision,
): Promise<AppendResult> {
  // With nothing to chain onto, the stream must be new: not one a server would continue.
  if (!previous) await refuseIfSoftDeleted(client, stream);
  const firstRevision = previous ? previous.revision + 1n : 0n;
  let previousHash = previous?.hash ?? GENESIS_HASH;
  const proposed = events.map((event, index) => {
    const revision = firstRevision + BigInt(index);
    const hash = chainHash(stream, revision, event, previousHash, CURRENT_HASH_SCHEME);
    const data = toEventData(event, { hash, previousHash, hashScheme: CURRENT_HASH_SCHEME });
    previousHash = hash;
    return data;
  });
  let result;
  try {
    result = await client.appendToStream(stream, proposed, {
      expectedRevision: previous ? previous.revision : 'no_stream',
    });
  } catch (error) {
    throw appendError(error, stream, expected);
  }
  if (!result.position) {
    throw new Error(`EventStoreDB appended to ${stream} without answering a position`);
  }
  return { nextExpectedRevision: result.nextExpectedRevision, position: result.position.commit };
}

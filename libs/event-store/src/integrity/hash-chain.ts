import { createHash } from 'node:crypto';
import type { ProposedEvent, RecordedEvent } from '../port/envelope';
import { canonicalJson } from './canonical-json';

/** The `previousHash` of every stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 over the canonical form of everything that makes the event what it is, including its
 * place (stream and revision) and the hash of the event before it in the stream.
 */
export function chainHash(
  stream: string,
  revision: bigint,
  event: ProposedEvent,
  previousHash: string,
): string {
  const canonical = canonicalJson({
    stream,
    revision: revision.toString(),
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    previousHash,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Hashes a batch that will follow `previousHash` from `firstRevision` on. */
export function chainBatch(
  stream: string,
  firstRevision: bigint,
  events: readonly ProposedEvent[],
  previousHash: string,
): { hash: string; previousHash: string }[] {
  const links: { hash: string; previousHash: string }[] = [];
  let previous = previousHash;
  events.forEach((event, index) => {
    const hash = chainHash(stream, firstRevision + BigInt(index), event, previous);
    links.push({ hash, previousHash: previous });
    previous = hash;
  });
  return links;
}

export interface BrokenLink {
  stream: string;
  revision: bigint;
  eventId: string;
  /** What the hash should be, recomputed from the stored event and its predecessor. */
  expectedHash: string;
  /** What was stored. */
  foundHash: string;
  reason: 'hash-mismatch' | 'previous-hash-mismatch';
}

/**
 * Checks one event against the hash of its predecessor (the genesis hash at revision 0).
 * Returns the broken link, or undefined when the event is intact.
 */
export function verifyLink(event: RecordedEvent, previousHash: string): BrokenLink | undefined {
  const base = { stream: event.stream, revision: event.revision, eventId: event.id };
  if (event.previousHash !== previousHash) {
    return {
      ...base,
      expectedHash: previousHash,
      foundHash: event.previousHash,
      reason: 'previous-hash-mismatch',
    };
  }
  const expectedHash = chainHash(event.stream, event.revision, event, previousHash);
  if (expectedHash !== event.hash) {
    return { ...base, expectedHash, foundHash: event.hash, reason: 'hash-mismatch' };
  }
  return undefined;
}

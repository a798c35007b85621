import { createHash } from 'node:crypto';
import type { ProposedEvent, RecordedEvent } from '../port/envelope';
import { canonicalJson } from './canonical-json';
import { jcs } from './jcs';

/** The `previousHash` of every stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * How an event's hash was computed (docs/decisions/0004-hash-chain.md). Each stored event says
 * which (`hashScheme`; absent on events stored before schemes existed: the original), so every
 * store keeps verifying whatever scheme new events use:
 * - 1, the original: the project's canonical JSON (keys sorted, no white space);
 * - 2, RFC 8785 (JCS), with the scheme itself among the hashed members, so that it cannot be
 *   changed without breaking the link.
 */
export const ORIGINAL_HASH_SCHEME = 1;
export const JCS_HASH_SCHEME = 2;
/** The scheme the stores hash new events with. */
export const CURRENT_HASH_SCHEME = JCS_HASH_SCHEME;
export type HashScheme = typeof ORIGINAL_HASH_SCHEME | typeof JCS_HASH_SCHEME;

export function isHashScheme(value: unknown): value is HashScheme {
  return value === ORIGINAL_HASH_SCHEME || value === JCS_HASH_SCHEME;
}

/** The scheme that hashed a stored event. */
export const hashSchemeOf = (event: RecordedEvent): number =>
  event.hashScheme ?? ORIGINAL_HASH_SCHEME;

/**
 * SHA-256 over the canonical form (of `scheme`) of everything that makes the event what it is,
 * including its place (stream and revision) and the hash of the event before it in the stream.
 */
export function chainHash(
  stream: string,
  revision: bigint,
  event: ProposedEvent,
  previousHash: string,
  scheme: HashScheme,
): string {
  const members = {
    stream,
    revision: revision.toString(),
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    previousHash,
  };
  const canonical =
    scheme === JCS_HASH_SCHEME ? jcs({ ...members, hashScheme: scheme }) : canonicalJson(members);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** A link of the chain, as a store writes it beside the event. */
export interface ChainLink {
  hash: string;
  previousHash: string;
  hashScheme: HashScheme;
}

/** Hashes a batch that will follow `previousHash` from `firstRevision` on, with `scheme`. */
export function chainBatch(
  stream: string,
  firstRevision: bigint,
  events: readonly ProposedEvent[],
  previousHash: string,
  scheme: HashScheme = CURRENT_HASH_SCHEME,
): ChainLink[] {
  const links: ChainLink[] = [];
  let previous = previousHash;
  events.forEach((event, index) => {
    const hash = chainHash(stream, firstRevision + BigInt(index), event, previous, scheme);
    links.push({ hash, previousHash: previous, hashScheme: scheme });
    previous = hash;
  });
  return links;
}

export interface BrokenLink {
  stream: string;
  revision: bigint;
  eventId: string;
  /**
   * What the hash should be, recomputed from the stored event and its predecessor; null when the
   * event names a hash scheme this version does not know (`scheme`), so no hash can be expected.
   */
  expectedHash: string | null;
  /** The scheme that hashed the event, as it says. */
  scheme: number;
  /** What was stored. */
  foundHash: string;
  reason: 'hash-mismatch' | 'previous-hash-mismatch';
}

/**
 * Checks one event against the hash of its predecessor (the genesis hash at revision 0), with the
 * scheme that hashed it. Returns the broken link, or undefined when the event is intact.
 */
export function verifyLink(event: RecordedEvent, previousHash: string): BrokenLink | undefined {
  const scheme = hashSchemeOf(event);
  const base = { stream: event.stream, revision: event.revision, eventId: event.id, scheme };
  if (event.previousHash !== previousHash) {
    return {
      ...base,
      expectedHash: previousHash,
      foundHash: event.previousHash,
      reason: 'previous-hash-mismatch',
    };
  }
  if (!isHashScheme(scheme)) {
    // A scheme this version does not know cannot vouch for the event: it does not verify.
    return { ...base, expectedHash: null, foundHash: event.hash, reason: 'hash-mismatch' };
  }
  const expectedHash = chainHash(event.stream, event.revision, event, previousHash, scheme);
  if (expectedHash !== event.hash) {
    return { ...base, expectedHash, foundHash: event.hash, reason: 'hash-mismatch' };
  }
  return undefined;
}

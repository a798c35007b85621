/**
 * The expected-revision rules of ESDB-SEMANTICS.md, as a pure decision over one stream's ids.
 * A stream exists when it has at least one event (the emulator cannot delete streams).
 */
export type ExpectedRevision =
  | { readonly kind: 'any' }
  | { readonly kind: 'no_stream' }
  | { readonly kind: 'stream_exists' }
  | { readonly kind: 'revision'; readonly revision: bigint };

/** A stream's last revision, or `no_stream`. */
export type CurrentRevision = bigint | 'no_stream';

export type AppendDecision =
  | { readonly kind: 'write' }
  /** Nothing to write: zero events. */
  | { readonly kind: 'nothing' }
  /** Already written: `lastRevision` is the revision of the event with the last proposed id. */
  | { readonly kind: 'idempotent'; readonly lastRevision: bigint }
  | { readonly kind: 'wrong_expected_version' };

export interface StreamIds {
  /** Event ids by revision (index == revision). */
  readonly ids: readonly string[];
  /** First revision at which each id occurs. */
  readonly revisionOf: ReadonlyMap<string, bigint>;
}

const WRITE: AppendDecision = { kind: 'write' };
const CONFLICT: AppendDecision = { kind: 'wrong_expected_version' };

export function decideAppend(
  stream: StreamIds,
  expected: ExpectedRevision,
  proposedIds: readonly string[],
): AppendDecision {
  if (proposedIds.length === 0) return { kind: 'nothing' };
  const current = stream.ids.length - 1;
  switch (expected.kind) {
    case 'any':
      return current < 0 ? WRITE : byKnownIds(stream, proposedIds);
    case 'stream_exists':
      return current < 0 ? CONFLICT : byKnownIds(stream, proposedIds);
    case 'no_stream':
      return current < 0 ? WRITE : byIdsAfter(stream, -1n, proposedIds);
    case 'revision': {
      if (current < 0 || expected.revision > BigInt(current)) return CONFLICT;
      if (expected.revision === BigInt(current)) return WRITE;
      return byIdsAfter(stream, expected.revision, proposedIds);
    }
  }
}

/** Idempotency for an exact revision R below the current one: ids must equal those at R+1, R+2... */
function byIdsAfter(stream: StreamIds, revision: bigint, ids: readonly string[]): AppendDecision {
  const first = Number(revision) + 1;
  const matches = ids.every((id, offset) => stream.ids[first + offset] === id);
  return matches ? { kind: 'idempotent', lastRevision: BigInt(first + ids.length - 1) } : CONFLICT;
}

/** Idempotency for `any`/`stream_exists`: decided by whether the first id is already there. */
function byKnownIds(stream: StreamIds, ids: readonly string[]): AppendDecision {
  const [firstId] = ids;
  if (firstId === undefined || !stream.revisionOf.has(firstId)) return WRITE;
  const revisions = ids.map((id) => stream.revisionOf.get(id));
  const last = revisions[revisions.length - 1];
  const allFound = revisions.every((revision) => revision !== undefined);
  return allFound && last !== undefined ? { kind: 'idempotent', lastRevision: last } : CONFLICT;
}

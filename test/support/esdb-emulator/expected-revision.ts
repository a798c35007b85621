/**
 * The expected-revision rules of ESDB-SEMANTICS.md, as a pure decision over one stream's ids,
 * with the server's handling of deleted streams (its `IndexWriter.CheckCommit`): a tombstoned
 * stream refuses everything; a soft-deleted one keeps its last revision, refuses `stream_exists`
 * and accepts `no_stream` (the append then continues the revisions and undeletes the stream).
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
  /** Tombstoned, or `stream_exists` on a soft-deleted stream: StreamDeleted. */
  | { readonly kind: 'stream_deleted' }
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

/** What deletion did to a stream. */
export interface StreamDeletion {
  readonly tombstoned: boolean;
  /** `$tb` in its metadata is the deleted-stream marker: reads say "not found". */
  readonly softDeleted: boolean;
}

const WRITE: AppendDecision = { kind: 'write' };
const CONFLICT: AppendDecision = { kind: 'wrong_expected_version' };

const DELETED: AppendDecision = { kind: 'stream_deleted' };

export function decideAppend(
  stream: StreamIds & StreamDeletion,
  expected: ExpectedRevision,
  proposedIds: readonly string[],
): AppendDecision {
  if (stream.tombstoned) return DELETED;
  if (proposedIds.length === 0) return { kind: 'nothing' };
  const current = stream.ids.length - 1;
  switch (expected.kind) {
    case 'any':
      return current < 0 ? WRITE : byKnownIds(stream, proposedIds);
    case 'stream_exists':
      if (stream.softDeleted) return DELETED;
      return current < 0 ? CONFLICT : byKnownIds(stream, proposedIds);
    case 'no_stream': {
      if (current < 0) return WRITE;
      const decision = byIdsAfter(stream, -1n, proposedIds);
      // The first id is not the one at revision 0: a new life for a soft-deleted stream.
      const firstDiffers = stream.ids[0] !== proposedIds[0];
      return decision === CONFLICT && firstDiffers && stream.softDeleted ? WRITE : decision;
    }
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

export type DeleteDecision =
  | { readonly kind: 'delete' }
  | { readonly kind: 'stream_deleted' }
  | { readonly kind: 'wrong_expected_version' };

/**
 * Delete and tombstone check the expected revision as an append of one unknown event would: a
 * stream with no events passes only `any` and `no_stream`; `stream_exists` on a soft-deleted
 * stream is StreamDeleted. (A soft delete of a stream with no events at all is refused on top of
 * this, by the caller.)
 */
export function decideDelete(
  stream: StreamIds & StreamDeletion,
  expected: ExpectedRevision,
): DeleteDecision {
  if (stream.tombstoned) return { kind: 'stream_deleted' };
  const current = BigInt(stream.ids.length - 1);
  const ok = { kind: 'delete' } as const;
  const wrong = { kind: 'wrong_expected_version' } as const;
  switch (expected.kind) {
    case 'any':
      return ok;
    case 'stream_exists':
      if (stream.softDeleted) return { kind: 'stream_deleted' };
      return current < 0n ? wrong : ok;
    case 'no_stream':
      return current < 0n || stream.softDeleted ? ok : wrong;
    case 'revision':
      return expected.revision === current ? ok : wrong;
  }
}

import type { EventStore } from '../port/event-store.port';
import { canonicalJson } from './canonical-json';
import { inclusionProof, leafHash, merkleRoot } from './merkle-tree';

/** The last event of a stream at some position of the log: its revision and its chain hash. */
export interface StreamHead {
  stream: string;
  revision: bigint;
  hash: string;
}

/** Every stream's head as the log stood at `position`, with how many events it held then. */
export interface LogHeads {
  position: bigint;
  events: number;
  heads: ReadonlyMap<string, StreamHead>;
}

/** Streams in code-point order of their names: the order of the leaves. */
export function sortedHeads(heads: ReadonlyMap<string, StreamHead>): StreamHead[] {
  return [...heads.values()].sort((a, b) =>
    a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0,
  );
}

function leafOf(head: StreamHead): Buffer {
  const text = canonicalJson({
    stream: head.stream,
    revision: head.revision.toString(),
    hash: head.hash,
  });
  return leafHash(Buffer.from(text, 'utf8'));
}

/** The Merkle root over every stream head (hex): it changes if any stream was cut or edited. */
export function headsRoot(heads: ReadonlyMap<string, StreamHead>): string {
  return merkleRoot(sortedHeads(heads).map(leafOf)).toString('hex');
}

/** A stream's head and the audit path that leads from it to the root. */
export interface HeadProof {
  stream: string;
  revision: string;
  hash: string;
  /** The leaf's place among the heads sorted by stream name. */
  index: number;
  /** Sibling hashes (hex), lowest first. */
  path: string[];
}

/** Inclusion proofs of the heads of `streams` (those the heads hold). */
export function headProofs(
  heads: ReadonlyMap<string, StreamHead>,
  streams: readonly string[],
): HeadProof[] {
  const sorted = sortedHeads(heads);
  const leaves = sorted.map(leafOf);
  return streams.flatMap((stream) => {
    const index = sorted.findIndex((head) => head.stream === stream);
    const head = sorted[index];
    if (head === undefined) return [];
    return [
      {
        stream,
        revision: head.revision.toString(),
        hash: head.hash,
        index,
        path: inclusionProof(leaves, index).map((node) => node.toString('hex')),
      },
    ];
  });
}

/** The leaf hash of a proof's head, for checking it against a root. */
export function proofLeaf(proof: Pick<HeadProof, 'stream' | 'revision' | 'hash'>): Buffer {
  return leafOf({ stream: proof.stream, revision: BigInt(proof.revision), hash: proof.hash });
}

/**
 * Walks the log once, through the port, and answers the stream heads as they stood at each of
 * `positions` (and at the end of the log, under the key `end`), carrying on from `after` if
 * given (heads already known up to its position).
 */
export async function readLogHeads(
  store: Pick<EventStore, 'readAll'>,
  positions: readonly bigint[] = [],
  after?: LogHeads,
  pageSize = 1000,
): Promise<{ at: Map<bigint, LogHeads>; end: LogHeads }> {
  const heads = new Map(after?.heads ?? []);
  let events = after?.events ?? 0;
  let position = after?.position ?? 0n;
  const wanted = [...new Set(positions)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const at = new Map<bigint, LogHeads>();
  const snapshot = (upTo: bigint) =>
    at.set(upTo, { position: upTo, events, heads: new Map(heads) });
  for (;;) {
    const page = await store.readAll({ fromPosition: position + 1n, maxCount: pageSize });
    for (const event of page) {
      while (wanted.length > 0 && (wanted[0] ?? 0n) < event.position)
        snapshot(wanted.shift() ?? 0n);
      heads.set(event.stream, { stream: event.stream, revision: event.revision, hash: event.hash });
      events += 1;
      position = event.position;
    }
    if (page.length < pageSize) break;
    // A turn of the event loop between pages: SQLite answers a page without waiting on I/O, so
    // without it a walk of a 1M-event log (the api's first checkpoint after a start, ~17 s of
    // CPU) would hold every request of the process until it ends.
    await new Promise((resolve) => setImmediate(resolve));
  }
  for (const upTo of wanted) snapshot(upTo);
  return { at, end: { position, events, heads } };
}

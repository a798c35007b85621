import type { KeyObject } from 'node:crypto';
import {
  type CheckpointWithHeads,
  type LogCheckpoint,
  authenticHeads,
  signatureProblem,
} from './log-checkpoint';
import { type HeadProof, proofLeaf } from './log-heads';
import { rootFromProof } from './merkle-tree';

/** One event of a bundle, as far as checkpoints look at it. */
export interface ChainedEvent {
  line: number;
  revision: bigint;
  position: bigint;
  hash: string;
}

/** A problem found against a checkpoint: on the manifest line, or on an event's line. */
export interface CheckpointProblem {
  line: number;
  stream?: string;
  revision?: string;
  message: string;
}

export interface BundleCheckpointOptions {
  /** The key checkpoints must be signed by (else the key they name, reported by its id). */
  trusted?: KeyObject;
  /** A checkpoint kept elsewhere, with its heads (a checkpoint file), to hold the bundle against. */
  given?: unknown;
}

const short = (hash: string) => `${hash.slice(0, 12)}…`;

/** The last event of a chain at or before a position. */
function headAt(chain: readonly ChainedEvent[], position: bigint): ChainedEvent | undefined {
  return chain.filter((event) => event.position <= position).at(-1);
}

/**
 * Holds a bundle's streams against the checkpoint its manifest carries: the signature, then each
 * stream's head at the checkpoint's position against the head the checkpoint signed (proved by
 * its Merkle audit path). A stream cut, or replaced, before the export shows here.
 */
export function carriedCheckpointProblems(
  carried: LogCheckpoint & { proofs?: unknown },
  chains: ReadonlyMap<string, readonly ChainedEvent[]>,
  trusted?: KeyObject,
): CheckpointProblem[] {
  const manifest = (message: string, stream?: string): CheckpointProblem => ({
    line: 1,
    stream,
    message: `Manifest: the checkpoint ${message}`,
  });
  const { proofs: rawProofs, ...checkpoint } = carried;
  const signature = signatureProblem(checkpoint, trusted);
  if (signature !== undefined) return [manifest(signature)];
  const proofs = (Array.isArray(rawProofs) ? rawProofs : []) as HeadProof[];
  const position = BigInt(checkpoint.position);
  const problems: CheckpointProblem[] = [];
  for (const [stream, chain] of chains) {
    const head = headAt(chain, position);
    const proof = proofs.find((candidate) => candidate.stream === stream);
    if (head === undefined) {
      if (proof) {
        problems.push(
          manifest(
            `signed revision ${proof.revision} of ${stream} at position ${position}, which the bundle lacks: events were cut off before the export`,
            stream,
          ),
        );
      }
      continue;
    }
    if (!proof) {
      problems.push(
        manifest(
          `proves nothing of ${stream}, which had events at its position ${position}`,
          stream,
        ),
      );
      continue;
    }
    if (proof.revision !== head.revision.toString() || proof.hash !== head.hash) {
      problems.push({
        line: head.line,
        stream,
        revision: head.revision.toString(),
        message: `At position ${position} the checkpoint signed revision ${proof.revision} (${short(proof.hash)}) of ${stream}; the bundle gives revision ${head.revision} (${short(head.hash)}): events were cut off or replaced before the export`,
      });
      continue;
    }
    const path = Array.isArray(proof.path)
      ? proof.path.map((node) => Buffer.from(String(node), 'hex'))
      : [];
    const root = rootFromProof(proofLeaf(proof), Number(proof.index), checkpoint.streams, path);
    if (root?.toString('hex') !== checkpoint.root) {
      problems.push(manifest(`proof of ${stream} does not lead to the signed root`, stream));
    }
  }
  for (const proof of proofs) {
    if (!chains.has(proof.stream)) {
      problems.push(
        manifest(`proves ${proof.stream}, which the bundle does not hold`, proof.stream),
      );
    }
  }
  return problems;
}

/**
 * Holds a bundle's streams against a checkpoint kept elsewhere (with the heads it signed): every
 * stream of the bundle the checkpoint knows must hold the signed revision with the signed hash.
 * A bundle made from a store rolled back, or cut, after that checkpoint shows here.
 */
export function givenCheckpointProblems(
  given: unknown,
  chains: ReadonlyMap<string, readonly ChainedEvent[]>,
  trusted?: KeyObject,
): CheckpointProblem[] {
  const kept = (given ?? {}) as Partial<CheckpointWithHeads>;
  const problem = (message: string, extra: Partial<CheckpointProblem> = {}): CheckpointProblem => ({
    line: 1,
    ...extra,
    message: `The given checkpoint: ${message}`,
  });
  const signature = signatureProblem(kept.checkpoint, trusted);
  if (signature !== undefined) return [problem(signature)];
  const checkpoint = kept.checkpoint as LogCheckpoint;
  const heads = Array.isArray(kept.heads)
    ? authenticHeads({ checkpoint, heads: kept.heads })
    : undefined;
  if (heads === undefined) return [problem('its heads are not the ones it signed')];
  const problems: CheckpointProblem[] = [];
  for (const [stream, chain] of chains) {
    const signed = heads.get(stream);
    if (signed === undefined) continue;
    const held = chain.find((event) => event.revision === signed.revision);
    if (held === undefined) {
      problems.push(
        problem(
          `it signed revision ${signed.revision} of ${stream} at position ${checkpoint.position}, which the bundle lacks: the store was rolled back or the stream cut`,
          { stream },
        ),
      );
    } else if (held.hash !== signed.hash) {
      problems.push(
        problem(
          `it signed revision ${signed.revision} of ${stream} as ${short(signed.hash)}; the bundle's is ${short(held.hash)}`,
          {
            line: held.line,
            stream,
            revision: signed.revision.toString(),
          },
        ),
      );
    }
  }
  return problems;
}

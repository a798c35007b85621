import type { KeyObject } from 'node:crypto';
import {
  type CheckpointWithHeads,
  type LogCheckpoint,
  authenticHeads,
  signatureProblem,
} from './log-checkpoint';
import {
  type IntegrityProblem,
  type SignatureProblemCode,
  integrityProblem,
  shortHash,
} from './integrity-problems';
import { type HeadProof, proofLeaf } from './log-heads';
import { rootFromProof } from './merkle-tree';

/** One event of a bundle, as far as checkpoints look at it. */
export interface ChainedEvent {
  line: number;
  revision: bigint;
  position: bigint;
  hash: string;
}

/** The checkpoints a bundle is held against: the one its manifest carries, one given apart. */
export type HeldCheckpoint = 'carried' | 'given';

/**
 * A problem found against a checkpoint, on the manifest line or on an event's line: which
 * checkpoint, what is wrong (a code) and the values it names.
 */
export type CheckpointProblem = {
  line: number;
  stream?: string;
  revision?: string;
  checkpoint: HeldCheckpoint;
} & IntegrityProblem<CheckpointProblemCode>;

/** What holding a bundle against a checkpoint can find. */
export type CheckpointProblemCode =
  | SignatureProblemCode
  | 'checkpoint.headCutOff'
  | 'checkpoint.streamUnproved'
  | 'checkpoint.headReplaced'
  | 'checkpoint.proofMismatch'
  | 'checkpoint.proofOfAbsentStream'
  | 'checkpoint.headsNotSigned'
  | 'checkpoint.revisionLacking'
  | 'checkpoint.revisionHashDiffers';

export interface BundleCheckpointOptions {
  /** The key checkpoints must be signed by (else the key they name, reported by its id). */
  trusted?: KeyObject;
  /** A checkpoint kept elsewhere, with its heads (a checkpoint file), to hold the bundle against. */
  given?: unknown;
}

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
  const onManifest = (
    problem: IntegrityProblem<CheckpointProblemCode>,
    stream?: string,
  ): CheckpointProblem => ({
    line: 1,
    ...(stream ? { stream } : {}),
    checkpoint: 'carried',
    ...problem,
  });
  const { proofs: rawProofs, ...checkpoint } = carried;
  const signature = signatureProblem(checkpoint, trusted);
  if (signature !== undefined) return [onManifest(signature)];
  const proofs = (Array.isArray(rawProofs) ? rawProofs : []) as HeadProof[];
  const signedAt = BigInt(checkpoint.position);
  const position = signedAt.toString();
  const problems: CheckpointProblem[] = [];
  for (const [stream, chain] of chains) {
    const head = headAt(chain, signedAt);
    const proof = proofs.find((candidate) => candidate.stream === stream);
    if (head === undefined) {
      if (proof) {
        const said = { stream, revision: String(proof.revision), position };
        problems.push(onManifest(integrityProblem('checkpoint.headCutOff', said), stream));
      }
      continue;
    }
    if (!proof) {
      const said = { stream, position };
      problems.push(onManifest(integrityProblem('checkpoint.streamUnproved', said), stream));
      continue;
    }
    const revision = head.revision.toString();
    if (proof.revision !== revision || proof.hash !== head.hash) {
      const signed = {
        signedRevision: String(proof.revision),
        signedHash: shortHash(String(proof.hash)),
      };
      const found = { revision, hash: shortHash(head.hash) };
      const said = { position, stream, ...signed, ...found };
      problems.push({
        line: head.line,
        stream,
        revision,
        checkpoint: 'carried',
        ...integrityProblem('checkpoint.headReplaced', said),
      });
      continue;
    }
    const path = Array.isArray(proof.path)
      ? proof.path.map((node) => Buffer.from(String(node), 'hex'))
      : [];
    const root = rootFromProof(proofLeaf(proof), Number(proof.index), checkpoint.streams, path);
    if (root?.toString('hex') !== checkpoint.root) {
      problems.push(onManifest(integrityProblem('checkpoint.proofMismatch', { stream }), stream));
    }
  }
  for (const proof of proofs) {
    if (!chains.has(proof.stream)) {
      const said = { stream: proof.stream };
      const problem = integrityProblem('checkpoint.proofOfAbsentStream', said);
      problems.push(onManifest(problem, proof.stream));
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
  const onGiven = (
    problem: IntegrityProblem<CheckpointProblemCode>,
    place: Pick<CheckpointProblem, 'line' | 'stream' | 'revision'> = { line: 1 },
  ): CheckpointProblem => ({ ...place, checkpoint: 'given', ...problem });
  const signature = signatureProblem(kept.checkpoint, trusted);
  if (signature !== undefined) return [onGiven(signature)];
  const checkpoint = kept.checkpoint as LogCheckpoint;
  const heads = Array.isArray(kept.heads)
    ? authenticHeads({ checkpoint, heads: kept.heads })
    : undefined;
  if (heads === undefined) return [onGiven(integrityProblem('checkpoint.headsNotSigned', {}))];
  const position = BigInt(checkpoint.position).toString();
  const problems: CheckpointProblem[] = [];
  for (const [stream, chain] of chains) {
    const signed = heads.get(stream);
    if (signed === undefined) continue;
    const revision = signed.revision.toString();
    const held = chain.find((event) => event.revision === signed.revision);
    if (held === undefined) {
      const said = { stream, revision, position };
      problems.push(
        onGiven(integrityProblem('checkpoint.revisionLacking', said), { line: 1, stream }),
      );
    } else if (held.hash !== signed.hash) {
      const hashes = { signedHash: shortHash(signed.hash), hash: shortHash(held.hash) };
      const problem = integrityProblem('checkpoint.revisionHashDiffers', {
        stream,
        revision,
        ...hashes,
      });
      problems.push(onGiven(problem, { line: held.line, stream, revision }));
    }
  }
  return problems;
}

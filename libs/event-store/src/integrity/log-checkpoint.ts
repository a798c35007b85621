import { type KeyObject, createHash, createPublicKey, sign, verify } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import {
  type IntegrityProblem,
  type SignatureProblemCode,
  integrityProblem,
} from './integrity-problems';
import { type LogHeads, type StreamHead, headsRoot, sortedHeads } from './log-heads';

export const LOG_CHECKPOINT_FORMAT = 'dutyledger-log-checkpoint/1';
/** The stream the checkpoints are recorded in, and their event type. */
export const CHECKPOINT_STREAM = 'log-checkpoints';
export const CHECKPOINT_EVENT_TYPE = 'LogCheckpointed';

/** What a checkpoint signs: the whole log up to a position, as one root over every stream head. */
export interface LogCheckpointBody {
  format: string;
  /** Every event at or before this global position is covered. */
  position: string;
  /** How many streams had events then: the leaves of the tree. */
  streams: number;
  /** How many events the log held up to the position. */
  events: number;
  /** Merkle root (hex) over every stream's head (stream, revision, hash), streams by name. */
  root: string;
  recordedAt: string;
  /** SHA-256 (hex, 32 digits) of the public key that signs: compare it with the one you trust. */
  keyId: string;
}

/** A signed checkpoint of the whole log (Ed25519). */
export interface LogCheckpoint extends LogCheckpointBody {
  /** The signing public key (SPKI DER, base64), so anyone can check the signature offline. */
  publicKey: string;
  /** Ed25519 signature (base64) over the canonical JSON of the body. */
  signature: string;
}

/** A checkpoint with the heads it was computed from: its file form, which names what changed. */
export interface CheckpointWithHeads {
  checkpoint: LogCheckpoint;
  heads: { stream: string; revision: string; hash: string }[];
}

/** The key id of a public key: SHA-256 of its SPKI DER form, first 32 hex digits. */
export function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 32);
}

function bodyOf(checkpoint: LogCheckpoint): LogCheckpointBody {
  const { format, position, streams, events, root, recordedAt, keyId } = checkpoint;
  return { format, position, streams, events, root, recordedAt, keyId };
}

/** Signs the log as `heads` describe it, with an Ed25519 private key. */
export function signLogCheckpoint(
  heads: LogHeads,
  recordedAt: string,
  privateKey: KeyObject,
): CheckpointWithHeads {
  const publicKey = createPublicKey(privateKey);
  const body: LogCheckpointBody = {
    format: LOG_CHECKPOINT_FORMAT,
    position: heads.position.toString(),
    streams: heads.heads.size,
    events: heads.events,
    root: headsRoot(heads.heads),
    recordedAt,
    keyId: keyIdOf(publicKey),
  };
  const signature = sign(null, Buffer.from(canonicalJson(body), 'utf8'), privateKey);
  return {
    checkpoint: {
      ...body,
      publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
      signature: signature.toString('base64'),
    },
    heads: sortedHeads(heads.heads).map((head) => ({
      stream: head.stream,
      revision: head.revision.toString(),
      hash: head.hash,
    })),
  };
}

/**
 * What is wrong with a checkpoint's signature, or undefined when it holds: it must be a
 * well-formed checkpoint signed by the key it names, and by `trusted` when one is given.
 */
export function signatureProblem(
  checkpoint: unknown,
  trusted?: KeyObject,
): IntegrityProblem<SignatureProblemCode> | undefined {
  if (!isCheckpoint(checkpoint)) return integrityProblem('checkpoint.malformed', {});
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({
      key: Buffer.from(checkpoint.publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
  } catch {
    return integrityProblem('checkpoint.keyUnreadable', {});
  }
  if (publicKey.asymmetricKeyType !== 'ed25519') {
    return integrityProblem('checkpoint.keyNotEd25519', {});
  }
  if (keyIdOf(publicKey) !== checkpoint.keyId) {
    return integrityProblem('checkpoint.keyIdMismatch', {});
  }
  if (trusted !== undefined && keyIdOf(trusted) !== checkpoint.keyId) {
    const { keyId } = checkpoint;
    return integrityProblem('checkpoint.keyNotTrusted', { keyId, trustedKeyId: keyIdOf(trusted) });
  }
  const body = Buffer.from(canonicalJson(bodyOf(checkpoint)), 'utf8');
  const signed = verify(null, body, publicKey, Buffer.from(checkpoint.signature, 'base64'));
  return signed ? undefined : integrityProblem('checkpoint.signatureMismatch', {});
}

export function isCheckpoint(value: unknown): value is LogCheckpoint {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    c.format === LOG_CHECKPOINT_FORMAT &&
    typeof c.position === 'string' &&
    /^\d{1,19}$/.test(c.position) &&
    typeof c.streams === 'number' &&
    typeof c.events === 'number' &&
    typeof c.root === 'string' &&
    typeof c.recordedAt === 'string' &&
    typeof c.keyId === 'string' &&
    typeof c.publicKey === 'string' &&
    typeof c.signature === 'string'
  );
}

/** The heads a checkpoint file lists, if they are the ones its signed root was computed from. */
export function authenticHeads(file: CheckpointWithHeads): Map<string, StreamHead> | undefined {
  const heads = new Map<string, StreamHead>();
  for (const head of file.heads) {
    if (!/^\d{1,19}$/.test(head.revision)) return undefined;
    heads.set(head.stream, {
      stream: head.stream,
      revision: BigInt(head.revision),
      hash: head.hash,
    });
  }
  return headsRoot(heads) === file.checkpoint.root ? heads : undefined;
}

/** A stream's head as a difference names it: its revision and chain hash. */
export interface HeadSeen {
  revision: string;
  hash: string;
}

/** A stream whose head differs from the signed one (readers say it in their language). */
export interface HeadDifference {
  stream: string;
  /** What was signed (null when the stream did not exist at the checkpoint). */
  signed: HeadSeen | null;
  /** What the store holds at the checkpoint's position (null when the stream is gone). */
  found: HeadSeen | null;
}

/**
 * Compares the store with a checkpoint whose signature holds: answers what is wrong, or
 * undefined. `now` are the store's heads at the checkpoint's position; `end` the last position
 * of the store; `signedHeads` the heads behind the signature, when known, to name the streams.
 */
export function storeProblem(
  checkpoint: LogCheckpoint,
  now: LogHeads,
  end: bigint,
  signedHeads?: ReadonlyMap<string, StreamHead>,
):
  | {
      problem: IntegrityProblem<'checkpoint.storeRolledBack' | 'checkpoint.storeHeadsDiffer'>;
      differences: HeadDifference[];
    }
  | undefined {
  const { recordedAt } = checkpoint;
  const signedAt = BigInt(checkpoint.position);
  const position = signedAt.toString();
  const differences = signedHeads ? differing(signedHeads, now.heads) : [];
  if (end < signedAt) {
    const said = { end: end.toString(), position, recordedAt };
    return { problem: integrityProblem('checkpoint.storeRolledBack', said), differences };
  }
  if (headsRoot(now.heads) !== checkpoint.root || now.events !== checkpoint.events) {
    const events = { events: String(now.events), signedEvents: String(checkpoint.events) };
    const said = { position, recordedAt, ...events };
    return { problem: integrityProblem('checkpoint.storeHeadsDiffer', said), differences };
  }
  return undefined;
}

function differing(
  signed: ReadonlyMap<string, StreamHead>,
  found: ReadonlyMap<string, StreamHead>,
): HeadDifference[] {
  const name = (head: StreamHead | undefined): HeadSeen | null =>
    head === undefined ? null : { revision: head.revision.toString(), hash: head.hash };
  const streams = [...new Set([...signed.keys(), ...found.keys()])].sort();
  return streams.flatMap((stream) => {
    const a = signed.get(stream);
    const b = found.get(stream);
    if (a && b && a.revision === b.revision && a.hash === b.hash) return [];
    return [{ stream, signed: name(a), found: name(b) }];
  });
}

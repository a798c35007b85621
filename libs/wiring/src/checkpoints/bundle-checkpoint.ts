import type { DutyLedgerConfig } from '@dutyledger/config';
import {
  type BundleCheckpoint,
  type CheckpointSource,
  type EventStore,
  type LogCheckpoint,
  type StreamHead,
  authenticHeads,
  headProofs,
  latestStoredCheckpoint,
  readLogHeads,
  signatureProblem,
} from '@dutyledger/event-store';
import { readCheckpointFile } from './checkpoint-file';
import { trustedCheckpointKey } from './checkpoint-key';

/**
 * The latest signed checkpoint of the log, with the proofs of `streams`' heads at its position,
 * for a case bundle: the kept file's (it lists the signed heads) or the store's own, whichever is
 * later and signed by the checkpoint key. Undefined when the log has none yet.
 */
export async function checkpointForBundle(
  store: EventStore,
  config: DutyLedgerConfig,
  streams: readonly string[],
): Promise<BundleCheckpoint | undefined> {
  const trusted = trustedCheckpointKey(config);
  if (trusted === undefined) return undefined;
  const signed = [readCheckpointFile(config.checkpoints.file), await latestStoredCheckpoint(store)]
    .filter((source): source is CheckpointSource => source !== undefined)
    .filter((source) => signatureProblem(source.checkpoint, trusted) === undefined);
  const latest = signed.sort((a, b) => {
    const later =
      BigInt((b.checkpoint as LogCheckpoint).position) -
      BigInt((a.checkpoint as LogCheckpoint).position);
    return later !== 0n
      ? later > 0n
        ? 1
        : -1
      : Number(b.heads !== undefined) - Number(a.heads !== undefined);
  })[0];
  if (latest === undefined) return undefined;
  const checkpoint = latest.checkpoint as LogCheckpoint;
  const kept = latest.heads && authenticHeads({ checkpoint, heads: latest.heads });
  const heads: ReadonlyMap<string, StreamHead> =
    kept ??
    (await readLogHeads(store, [BigInt(checkpoint.position)])).at.get(BigInt(checkpoint.position))
      ?.heads ??
    new Map();
  return { ...checkpoint, proofs: headProofs(heads, streams) };
}

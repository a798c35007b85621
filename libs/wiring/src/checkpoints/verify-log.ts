import type { DutyLedgerConfig } from '@dutyledger/config';
import {
  type CheckpointSource,
  type CheckpointVerdict,
  type EventStore,
  type VerificationOptions,
  type VerificationResult,
  latestStoredCheckpoint,
  verifyCheckpoints,
  verifyStore,
} from '@dutyledger/event-store';
import { readCheckpointFile } from './checkpoint-file';
import { trustedCheckpointKey } from './checkpoint-key';

export interface LogVerification extends VerificationResult {
  /** The store held against each signed checkpoint known: in the log, kept in the file, given. */
  checkpoints: CheckpointVerdict[];
}

/**
 * Verifies the whole store: every hash chain, then the store against the latest signed
 * checkpoint it holds, the one kept in the checkpoint file and any `given` (files kept elsewhere),
 * each signed by the configured checkpoint key. Only the checkpoints find events cut off the end
 * of a stream and a store rolled back to an older copy.
 */
export async function verifyLog(
  store: EventStore,
  config: DutyLedgerConfig,
  options: VerificationOptions & { given?: readonly CheckpointSource[] } = {},
): Promise<LogVerification> {
  const chain = await verifyStore(store, options);
  const sources = [
    await latestStoredCheckpoint(store),
    readCheckpointFile(config.checkpoints.file),
    ...(options.given ?? []),
  ].flatMap((source) => (source ? [source] : []));
  const checkpoints = await verifyCheckpoints(store, sources, trustedCheckpointKey(config));
  return { ...chain, ok: chain.ok && checkpoints.every((verdict) => verdict.ok), checkpoints };
}

import type { KeyObject } from 'node:crypto';
import { StreamNotFoundError, UnreadableEventError } from '../port/errors';
import type { EventStore } from '../port/event-store.port';
import {
  CHECKPOINT_STREAM,
  type CheckpointWithHeads,
  type HeadDifference,
  type LogCheckpoint,
  authenticHeads,
  signatureProblem,
  storeProblem,
} from './log-checkpoint';
import {
  type IntegrityProblem,
  type StoreCheckpointProblemCode,
  integrityProblem,
} from './integrity-problems';
import { readLogHeads } from './log-heads';

/** A checkpoint to hold the store against, and where it came from. */
export interface CheckpointSource {
  /** `store`: the latest in the log itself; `file`: the kept copy; `given`: handed in. */
  source: 'store' | 'file' | 'given';
  /** The stream, or the file's path. */
  where: string;
  /** The checkpoint as read (checked here), with its heads when the source keeps them. */
  checkpoint: unknown;
  heads?: CheckpointWithHeads['heads'];
}

export interface CheckpointVerdict {
  source: CheckpointSource['source'];
  where: string;
  ok: boolean;
  position: string | null;
  recordedAt: string | null;
  keyId: string | null;
  /** What is wrong (a bad signature, a rollback, a truncation), as a code and its values. */
  problem: IntegrityProblem<StoreCheckpointProblemCode> | null;
  /** The streams whose heads differ, when the source kept the signed heads. */
  differences: HeadDifference[];
}

/** The latest checkpoint recorded in the store, if any. */
export async function latestStoredCheckpoint(
  store: EventStore,
): Promise<CheckpointSource | undefined> {
  try {
    const [event] = await store.readStream(CHECKPOINT_STREAM, {
      direction: 'backwards',
      maxCount: 1,
    });
    return event && { source: 'store', where: CHECKPOINT_STREAM, checkpoint: event.data };
  } catch (error) {
    if (error instanceof StreamNotFoundError) return undefined;
    throw error;
  }
}

/**
 * Holds the store against each checkpoint: its signature (by `trusted` when given), then the
 * stream heads at its position recomputed from the log, through the port, in one walk. A store
 * rolled back before a checkpoint, or a stream cut or edited at or before it, is named.
 */
export async function verifyCheckpoints(
  store: EventStore,
  sources: readonly CheckpointSource[],
  trusted?: KeyObject,
): Promise<CheckpointVerdict[]> {
  const verdicts = sources.map((source) => {
    const problem = signatureProblem(source.checkpoint, trusted) ?? null;
    const checkpoint = problem === null ? (source.checkpoint as LogCheckpoint) : undefined;
    return { source, checkpoint, problem };
  });
  const positions = verdicts.flatMap(({ checkpoint }) =>
    checkpoint ? [BigInt(checkpoint.position)] : [],
  );
  let walked: Awaited<ReturnType<typeof readLogHeads>> | undefined;
  let unreadable: IntegrityProblem<'checkpoint.logUnreadable'> | undefined;
  try {
    walked = positions.length > 0 ? await readLogHeads(store, positions) : undefined;
  } catch (error) {
    if (!(error instanceof UnreadableEventError)) throw error;
    const { eventId, stream, reason } = error;
    const at = { position: error.position.toString(), revision: error.revision.toString() };
    unreadable = integrityProblem('checkpoint.logUnreadable', { ...at, eventId, stream, reason });
  }
  return verdicts.map(({ source, checkpoint, problem }): CheckpointVerdict => {
    const verdict = {
      source: source.source,
      where: source.where,
      position: checkpoint?.position ?? null,
      recordedAt: checkpoint?.recordedAt ?? null,
      keyId: checkpoint?.keyId ?? null,
    };
    if (!checkpoint) return { ...verdict, ok: false, problem, differences: [] };
    if (!walked) return { ...verdict, ok: false, problem: unreadable ?? null, differences: [] };
    const now = walked.at.get(BigInt(checkpoint.position));
    const signedHeads = source.heads
      ? authenticHeads({ checkpoint, heads: source.heads })
      : undefined;
    const found = now && storeProblem(checkpoint, now, walked.end.position, signedHeads);
    return {
      ...verdict,
      ok: found === undefined,
      problem: found?.problem ?? null,
      differences: found?.differences ?? [],
    };
  });
}

import type { EmulatorLog } from './emulator-log';
import type { OpenCalls } from './open-calls';

/** How many calls of each kind the emulator served since start or the last reset. */
export interface CallCounts {
  serverFeatures: number;
  /** Plain `Streams/Append` calls. */
  append: number;
  /** `Streams/BatchAppend` duplex calls opened (a client reuses one for many appends). */
  batchAppendCalls: number;
  /** Appends completed over BatchAppend (one per correlation id). */
  batchAppends: number;
  /** `Streams/Read` calls: reads and subscriptions. */
  read: number;
  /** `Streams/Delete` (soft delete) and `Streams/Tombstone` (hard delete) calls. */
  delete: number;
  tombstone: number;
}

/** What every handler shares. */
export interface EmulatorContext {
  readonly log: EmulatorLog;
  readonly counts: CallCounts;
  readonly openCalls: OpenCalls;
  readonly maxAppendSize: number;
  readonly advertiseBatchAppend: boolean;
  /** Records an emulator bug; `stop()` then rejects so the suite fails instead of hanging. */
  reportFault(error: unknown): void;
}

export const zeroCounts = (): CallCounts => ({
  serverFeatures: 0,
  append: 0,
  batchAppendCalls: 0,
  batchAppends: 0,
  read: 0,
  delete: 0,
  tombstone: 0,
});

import { randomUUID } from 'node:crypto';
import type { DutyLedgerConfig } from '@dutyledger/config';
import {
  CHECKPOINT_EVENT_TYPE,
  CHECKPOINT_STREAM,
  type CheckpointWithHeads,
  type EventStore,
  type LogHeads,
  readLogHeads,
  StreamNotFoundError,
  signLogCheckpoint,
} from '@dutyledger/event-store';
import { writeCheckpointFile } from './checkpoint-file';
import { checkpointSigningKey } from './checkpoint-key';

/** Where the latest checkpoint event stands in the log (0 when there is none). */
async function lastCheckpointEvent(store: EventStore): Promise<bigint> {
  try {
    const [event] = await store.readStream(CHECKPOINT_STREAM, {
      direction: 'backwards',
      maxCount: 1,
    });
    return event?.position ?? 0n;
  } catch (error) {
    if (error instanceof StreamNotFoundError) return 0n;
    throw error;
  }
}

/** The actor of the checkpoint events: the system itself, not a person. */
const SYSTEM = { id: 'dutyledger-checkpointer', role: 'SYSTEM' };

export interface RecordedCheckpoint extends CheckpointWithHeads {
  /** Where the checkpoint event itself landed in the log. */
  eventPosition: bigint;
}

/**
 * Records signed checkpoints of the whole log: the stream heads up to the head of the log, as a
 * Merkle root signed with the checkpoint key, appended to the log (stream `log-checkpoints`) and
 * written to the checkpoint file. It keeps the heads it has computed, so each checkpoint reads
 * only the events since the last.
 */
export class LogCheckpointer {
  private known: LogHeads | undefined;
  private lastCheckpointAt: bigint | undefined;
  private running: Promise<RecordedCheckpoint | undefined> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly config: DutyLedgerConfig,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Records a checkpoint now, unless nothing but the last checkpoint was appended since. */
  record(): Promise<RecordedCheckpoint | undefined> {
    this.running ??= this.recordOnce().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Records one every `intervalSeconds` while the log moves (failures go to `onError`). */
  start(onError: (error: unknown) => void): void {
    const seconds = this.config.checkpoints.intervalSeconds;
    if (seconds === 0 || this.timer) return;
    this.timer = setInterval(() => void this.record().catch(onError), seconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  private async recordOnce(): Promise<RecordedCheckpoint | undefined> {
    const { end } = await readLogHeads(this.store, [], this.known);
    this.known = end;
    this.lastCheckpointAt ??= await lastCheckpointEvent(this.store);
    if (end.position === 0n || end.position === this.lastCheckpointAt) return undefined;
    const signed = signLogCheckpoint(
      end,
      this.clock().toISOString(),
      checkpointSigningKey(this.config),
    );
    const appended = await this.store.append(
      CHECKPOINT_STREAM,
      [
        {
          id: randomUUID(),
          type: CHECKPOINT_EVENT_TYPE,
          schemaVersion: 1,
          data: { ...signed.checkpoint },
          metadata: {
            actor: SYSTEM,
            correlationId: randomUUID(),
            causationId: randomUUID(),
            occurredAt: signed.checkpoint.recordedAt,
            recordedAt: signed.checkpoint.recordedAt,
          },
        },
      ],
      'any',
    );
    this.lastCheckpointAt = appended.position;
    writeCheckpointFile(this.config.checkpoints.file, signed);
    return { ...signed, eventPosition: appended.position };
  }
}

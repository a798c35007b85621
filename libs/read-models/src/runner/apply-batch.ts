import {
  compareLogPositions,
  logPositionOf,
  type LogPosition,
  type RecordedEvent,
  type UpcasterRegistry,
} from '@dutyledger/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { CheckpointMovedError, moveCheckpoint } from './checkpoints';
import { ParkedEvent } from './parked-event.entity';
import type { Projection } from './projection';

/** Thrown by a fault hook to stop the runner the way a crash would: nothing more is written. */
export class SimulatedCrash extends Error {
  override readonly name = 'SimulatedCrash';
}

/** Where a test may stop a runner: after a batch's rows are written, before or after commit. */
export type CrashPoint = 'before-commit' | 'after-commit';

export interface RunnerFaults {
  /** Called for each projection's batch; throwing SimulatedCrash stops the runner there. */
  at(point: CrashPoint, projection: string, batch: readonly RecordedEvent[]): void;
}

export interface BatchContext {
  upcasters: UpcasterRegistry;
  clock: () => Date;
  faults?: RunnerFaults;
}

/**
 * Applies the events of one batch that `projection` reads, after its checkpoint `from`, and moves
 * the checkpoint to the last of them, all in one transaction. If the batch fails it is applied
 * again one event per transaction, and each event that fails is parked with its error. Answers
 * the new checkpoint.
 */
export async function applyBatch(
  dataSource: DataSource,
  projection: Projection,
  batch: readonly RecordedEvent[],
  from: LogPosition,
  context: BatchContext,
): Promise<LogPosition> {
  const events = batch.filter(
    (event) =>
      compareLogPositions(logPositionOf(event), from) > 0 &&
      projection.eventTypes.includes(event.type),
  );
  const last = events[events.length - 1];
  if (!last) return from;
  try {
    await dataSource.transaction(async (manager) => {
      for (const event of events) await projection.apply(context.upcasters.upcast(event), manager);
      context.faults?.at('before-commit', projection.name, events);
      await moveCheckpoint(manager, projection.name, from, logPositionOf(last));
    });
  } catch (error) {
    if (error instanceof CheckpointMovedError || error instanceof SimulatedCrash) throw error;
    await oneByOne(dataSource, projection, events, from, context);
  }
  context.faults?.at('after-commit', projection.name, events);
  return logPositionOf(last);
}

async function oneByOne(
  dataSource: DataSource,
  projection: Projection,
  events: readonly RecordedEvent[],
  from: LogPosition,
  context: BatchContext,
): Promise<void> {
  let at = from;
  for (const event of events) {
    try {
      await dataSource.transaction(async (manager) => {
        await projection.apply(context.upcasters.upcast(event), manager);
        await moveCheckpoint(manager, projection.name, at, logPositionOf(event));
      });
    } catch (error) {
      if (error instanceof CheckpointMovedError) throw error;
      await dataSource.transaction(async (manager) => {
        await park(manager, projection.name, event, error, context.clock());
        await moveCheckpoint(manager, projection.name, at, logPositionOf(event));
      });
    }
    at = logPositionOf(event);
  }
}

/** Keeps an event a projection could not apply, with the error, for a later retry. */
export async function park(
  manager: EntityManager,
  projection: string,
  event: RecordedEvent,
  error: unknown,
  at: Date,
): Promise<void> {
  await manager.getRepository(ParkedEvent).insert({
    projection,
    position: event.position,
    preparePosition: logPositionOf(event).prepare,
    eventId: event.id,
    eventType: event.type,
    error: describeError(error),
    parkedAt: at.toISOString(),
  });
}

export function describeError(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return text.slice(0, 4000);
}

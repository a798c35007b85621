import {
  compareLogPositions,
  logPositionOf,
  type LogPosition,
  type RecordedEvent,
  type UpcasterRegistry,
} from '@dutyledger/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { CheckpointMovedError, moveCheckpoint } from './checkpoints';
import { plainManager } from './plain-manager';
import { ParkedEvent } from './parked-event.entity';
import type { Projection, ProjectionContext } from './projection';
import { isTransient } from './transient-errors';

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

/** How a write that failed for a transient reason (busy, locked, conflict, connection) is retried. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  firstDelayMs: number;
  /** Each wait doubles, up to this. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, firstDelayMs: 100, maxDelayMs: 2_000 };

export interface BatchContext extends ProjectionContext {
  upcasters: UpcasterRegistry;
  clock: () => Date;
  faults?: RunnerFaults;
  retry?: RetryPolicy;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `write`, trying again with exponential backoff while it fails for a transient reason. A
 * failure that persists is thrown as it is: it says nothing about the events, so they are never
 * parked for it (the runner waits and resumes from its checkpoints instead).
 */
export async function withRetries<T>(write: () => Promise<T>, policy = DEFAULT_RETRY): Promise<T> {
  let delay = policy.firstDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= policy.attempts || !isTransient(error)) throw error;
      await sleep(delay);
      delay = Math.min(delay * 2, policy.maxDelayMs);
    }
  }
}

/**
 * Applies the events of one batch that `projection` reads, after its checkpoint `from`, and moves
 * the checkpoint to the last of them, all in one transaction. If the batch fails it is applied
 * again one event per transaction, and each event that fails is parked with its error. Answers
 * the new checkpoint. A transient failure (busy, locked, conflict, lost connection) is retried
 * with backoff, and if it persists, thrown: no event is parked for it.
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
    await withRetries(
      () =>
        dataSource.transaction(async (manager) => {
          const applying = plainManager(manager);
          for (const event of events) {
            await projection.apply(context.upcasters.upcast(event), applying, context);
          }
          context.faults?.at('before-commit', projection.name, events);
          await moveCheckpoint(manager, projection.name, from, logPositionOf(last));
        }),
      context.retry,
    );
  } catch (error) {
    if (error instanceof CheckpointMovedError || error instanceof SimulatedCrash) throw error;
    if (isTransient(error)) throw error;
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
      await withRetries(
        () =>
          dataSource.transaction(async (manager) => {
            await projection.apply(context.upcasters.upcast(event), plainManager(manager), context);
            await moveCheckpoint(manager, projection.name, at, logPositionOf(event));
          }),
        context.retry,
      );
    } catch (error) {
      // Only an event that fails for a reason of its own is parked, and at once.
      if (error instanceof CheckpointMovedError || isTransient(error)) throw error;
      await withRetries(
        () =>
          dataSource.transaction(async (manager) => {
            await park(manager, projection.name, event, error, context.clock());
            await moveCheckpoint(manager, projection.name, at, logPositionOf(event));
          }),
        context.retry,
      );
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

import type { EventStore } from '@dutyledger/event-store';
import {
  type Projection,
  ProjectionCheckpoint,
  type ProjectionStatus,
  projectionStatus,
} from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';

/** A check that has not answered by then counts as failed: a probe must not hang. */
export const CHECK_TIMEOUT_MS = 2_000;

export interface Check {
  ok: boolean;
  /** Why not, without internals (the details go to the log). */
  error?: 'timed out' | 'failed';
}

export interface Readiness {
  ready: boolean;
  eventStore: Check & { headPosition?: string };
  readModels: Check;
  projections: Check & {
    maxLag: number;
    /** The projections lagging more than allowed, with their positions (from the database). */
    behind: Pick<ProjectionStatus, 'name' | 'position' | 'lag' | 'lagAtLeast'>[];
  };
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: 'timed out' | 'failed' };

/** `work`'s answer, or why there is none: it failed (told to `onError`) or outlasted `timeoutMs`. */
export async function within<T>(
  work: () => Promise<T>,
  onError: (error: unknown) => void,
  timeoutMs: number,
): Promise<Outcome<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Outcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: 'timed out' }), timeoutMs);
  });
  const answer = work().then(
    (value): Outcome<T> => ({ ok: true, value }),
    (error: unknown): Outcome<T> => {
      onError(error);
      return { ok: false, error: 'failed' };
    },
  );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether this process can serve: the event store answers, the read-model database answers, and
 * no projection lags more than `maxLag` events behind the store. Positions and lag are read from
 * the stores, so they are true whether the projector runs here or in its own process.
 */
export async function readiness(
  store: EventStore,
  readModels: DataSource,
  projections: readonly Projection[],
  maxLag: number,
  onError: (error: unknown) => void,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<Readiness> {
  const [head, checkpoints] = await Promise.all([
    within(() => store.readAll({ direction: 'backwards', maxCount: 1 }), onError, timeoutMs),
    within(() => readModels.getRepository(ProjectionCheckpoint).find(), onError, timeoutMs),
  ]);
  const eventStore =
    'value' in head
      ? { ok: true, headPosition: (head.value[0]?.position ?? 0n).toString() }
      : { ok: false, error: head.error };
  const database = 'value' in checkpoints ? { ok: true } : { ok: false, error: checkpoints.error };
  let lagging: Readiness['projections'] = { ok: false, maxLag, behind: [] };
  if (eventStore.ok && database.ok) {
    const status = await within(
      () => projectionStatus(readModels, store, projections),
      onError,
      timeoutMs,
    );
    if (status.ok) {
      const behind = status.value.projections
        .filter((projection) => projection.lagAtLeast || projection.lag > maxLag)
        .map(({ name, position, lag, lagAtLeast }) => ({ name, position, lag, lagAtLeast }));
      lagging = { ok: behind.length === 0, maxLag, behind };
    } else {
      lagging = { ok: false, error: status.error, maxLag, behind: [] };
    }
  }
  return {
    ready: eventStore.ok && database.ok && lagging.ok,
    eventStore,
    readModels: database,
    projections: lagging,
  };
}

import {
  compareLogPositions,
  type EventStore,
  LOG_START,
  type LogPosition,
  logPositionOf,
} from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import { type BatchContext, applyBatch } from '../runner/apply-batch';
import { ensureCheckpoints, passOver } from '../runner/checkpoints';
import type { Projection } from '../runner/projection';

export interface CatchUpProgress {
  /** Events the projection reads that were applied (or parked) so far. */
  events: number;
  /** The commit position reached. */
  position: bigint;
}

export interface CatchUpOptions {
  /** Stop at this position (inclusive); by default, at the end of the store. */
  until?: LogPosition;
  pageSize?: number;
  onProgress?: (progress: CatchUpProgress) => void;
}

/**
 * Brings one projection from its checkpoint up to `until` (or the end of the store) by reading
 * pages of the log and applying each page as one batch. Answers the new checkpoint, which ends
 * where the log was considered (the events the projection ignores included).
 */
export async function catchUp(
  dataSource: DataSource,
  store: EventStore,
  projection: Projection,
  context: BatchContext,
  options: CatchUpOptions = {},
): Promise<LogPosition> {
  const checkpoints = await ensureCheckpoints(dataSource.manager, [projection.name]);
  const [newest] = await store.readAll({ direction: 'backwards', maxCount: 1 });
  const { until } = options;
  const through = until ?? (newest === undefined ? LOG_START : logPositionOf(newest));
  let at = checkpoints.get(projection.name) ?? LOG_START;
  let events = 0;
  const pageSize = options.pageSize ?? 1000;
  for (;;) {
    // Read from the checkpoint itself (its event comes back first) and keep what lies after it.
    const page = await store.readAll({
      fromPosition: at,
      maxCount: pageSize,
      filter: { eventTypes: projection.eventTypes },
    });
    const after = page.filter((event) => compareLogPositions(logPositionOf(event), at) > 0);
    const wanted =
      until === undefined
        ? after
        : after.filter((event) => compareLogPositions(logPositionOf(event), until) <= 0);
    if (wanted.length > 0) {
      at = await applyBatch(dataSource, projection, wanted, at, context);
      events += wanted.length;
      options.onProgress?.({ events, position: at.commit });
    }
    if (wanted.length === 0 || wanted.length < after.length || page.length < pageSize) {
      return passedOver(dataSource, projection.name, at, through);
    }
  }
}

async function passedOver(
  dataSource: DataSource,
  projection: string,
  at: LogPosition,
  through: LogPosition,
): Promise<LogPosition> {
  if (compareLogPositions(through, at) <= 0) return at;
  await dataSource.transaction((manager) =>
    passOver(manager, new Map([[projection, at]]), through),
  );
  return through;
}

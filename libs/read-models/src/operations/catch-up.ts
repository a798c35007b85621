import type { EventStore } from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import { type BatchContext, applyBatch } from '../runner/apply-batch';
import { ensureCheckpoints, passOver } from '../runner/checkpoints';
import type { Projection } from '../runner/projection';

export interface CatchUpProgress {
  /** Events the projection reads that were applied (or parked) so far. */
  events: number;
  position: bigint;
}

export interface CatchUpOptions {
  /** Stop at this position (inclusive); by default, at the end of the store. */
  until?: bigint;
  pageSize?: number;
  onProgress?: (progress: CatchUpProgress) => void;
}

/**
 * Brings one projection from its checkpoint up to `until` (or the end of the store) by reading
 * pages of the log and applying each page as one batch. Answers the new checkpoint.
 */
export async function catchUp(
  dataSource: DataSource,
  store: EventStore,
  projection: Projection,
  context: BatchContext,
  options: CatchUpOptions = {},
): Promise<bigint> {
  const checkpoints = await ensureCheckpoints(dataSource.manager, [projection.name]);
  const [newest] = await store.readAll({ direction: 'backwards', maxCount: 1 });
  // Where the log was considered up to once the pages run out: the events it ignores included.
  const through = options.until ?? newest?.position ?? 0n;
  let at = checkpoints.get(projection.name) ?? 0n;
  let events = 0;
  const pageSize = options.pageSize ?? 1000;
  for (;;) {
    const page = await store.readAll({
      fromPosition: at + 1n,
      maxCount: pageSize,
      filter: { eventTypes: projection.eventTypes },
    });
    const wanted =
      options.until === undefined
        ? page
        : page.filter((event) => event.position <= (options.until ?? 0n));
    if (wanted.length > 0) {
      at = await applyBatch(dataSource, projection, wanted, at, context);
      events += wanted.length;
      options.onProgress?.({ events, position: at });
    }
    if (wanted.length === 0 || wanted.length < page.length || page.length < pageSize) {
      return passedOver(dataSource, projection.name, at, through);
    }
  }
}

async function passedOver(
  dataSource: DataSource,
  projection: string,
  at: bigint,
  through: bigint,
): Promise<bigint> {
  if (through <= at) return at;
  await dataSource.transaction((manager) =>
    passOver(manager, new Map([[projection, at]]), through),
  );
  return through;
}

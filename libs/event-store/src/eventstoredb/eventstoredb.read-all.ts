import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  type AllStreamResolvedEvent,
  type Position,
  type ReadPosition,
} from '@eventstore/db-client';
import type { RecordedEvent } from '../port/envelope';
import type { Direction, ReadAllOptions } from '../port/event-store.port';
import type { EsdbClient } from './eventstoredb.client';
import { hasFilter, matchesFilter } from './eventstoredb.filter';
import { allPosition, isSystemEvent, toRecordedEvent } from './eventstoredb.mapping';
import { drain } from './eventstoredb.read-stream';

/** How many $all events one read asks for while filtering on the client. */
export const ALL_PAGE_SIZE = 500;

/**
 * Reads $all page by page and filters on the client: client 6.2 sends no filter with `readAll`
 * (only subscriptions carry one). It keeps reading until `maxCount` events matched or the log
 * ends, so a sparse filter over a long log costs a scan from `fromPosition`.
 */
export async function readAllEvents(
  client: EsdbClient,
  options: ReadAllOptions,
): Promise<RecordedEvent[]> {
  const direction = options.direction ?? 'forwards';
  const limit = options.maxCount ?? Number.POSITIVE_INFINITY;
  const filtered = hasFilter(options.filter);
  const found: RecordedEvent[] = [];
  let from: ReadPosition =
    options.fromPosition === undefined
      ? direction === 'forwards'
        ? START
        : END
      : allPosition(options.fromPosition);
  let last: Position | undefined;
  while (found.length < limit) {
    // Without a filter only system events are dropped, so asking for what is missing suffices
    // (plus one: a forwards page after the first starts with the event already seen).
    const pageSize = filtered ? ALL_PAGE_SIZE : Math.min(ALL_PAGE_SIZE, limit - found.length + 1);
    const read = client.readAll({
      direction: direction === 'forwards' ? FORWARDS : BACKWARDS,
      fromPosition: from,
      maxCount: pageSize,
    });
    let seen = 0;
    let progressed = false;
    for await (const resolved of drain<AllStreamResolvedEvent>(read)) {
      seen += 1;
      const event = resolved.event;
      // A forwards page restarts at the last position seen, inclusively: skip what was seen.
      if (!event || (last && !isPast(event.position, last, direction))) continue;
      last = event.position;
      progressed = true;
      if (isSystemEvent(event) || !matchesFilter(event, options.filter)) continue;
      found.push(toRecordedEvent(event));
      if (found.length >= limit) break;
    }
    if (seen < pageSize || !last || !progressed || found.length >= limit) break;
    from = last;
  }
  return found;
}

function isPast(position: Position, last: Position, direction: Direction): boolean {
  const order =
    position.commit === last.commit
      ? compare(position.prepare, last.prepare)
      : compare(position.commit, last.commit);
  return direction === 'forwards' ? order > 0 : order < 0;
}

function compare(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import { CheckpointPolicy } from './checkpoint-policy';
import type { EmulatorLog } from './emulator-log';
import type { EventFilter } from './event-filter';
import { firstIndexAfter, type AllStart, type StreamStart } from './log-queries';
import type { ReadResp } from './proto';
import { checkpointResponse, eventResponse } from './read-response';
import { positionOf, type LogPosition } from './recorded-event';
import type { UuidFormat } from './uuid';

/** A cursor over the log for one subscription: catch-up and live read the same way. */
export interface SubscriptionFeed {
  /** The messages for the next event past the cursor (maybe none), or undefined at the head. */
  next(): ReadResp[] | undefined;
  /** Called once, when the subscription first reaches the head of the log. */
  goLive(): void;
}

/** From a revision R the stream subscription starts after R; from `end` it is live only. */
export function streamFeed(
  log: EmulatorLog,
  streamName: string,
  from: StreamStart,
  uuidFormat: UuidFormat,
): SubscriptionFeed {
  const length = () => BigInt(log.streamEvents(streamName)?.length ?? 0);
  let cursor = from === 'start' ? 0n : from === 'end' ? length() : from + 1n;
  return {
    next() {
      if (cursor >= length()) return undefined;
      const event = log.streamEvents(streamName)?.[Number(cursor)];
      cursor += 1n;
      return event === undefined ? [] : [eventResponse(event, uuidFormat)];
    },
    goLive: () => undefined,
  };
}

/** From a position P the `$all` subscription starts after P; filtered ones also checkpoint. */
export function allFeed(
  log: EmulatorLog,
  from: AllStart,
  filter: EventFilter | undefined,
  uuidFormat: UuidFormat,
): SubscriptionFeed {
  let cursor = firstIndexAfter(log.allEvents(), from);
  const checkpoints =
    filter === undefined
      ? undefined
      : new CheckpointPolicy(filter.checkpointInterval, startPosition(log, from));
  return {
    next() {
      const event = log.allEvents()[cursor];
      if (event === undefined) return undefined;
      cursor += 1;
      const matched = filter === undefined || filter.matches(event);
      const messages = matched ? [eventResponse(event, uuidFormat)] : [];
      const checkpoint = checkpoints?.afterEvent(positionOf(event), matched);
      if (checkpoint !== undefined) messages.push(checkpointResponse(checkpoint));
      return messages;
    },
    goLive: () => checkpoints?.goLive(),
  };
}

function startPosition(log: EmulatorLog, from: AllStart): LogPosition | undefined {
  if (from === 'start') return undefined;
  if (from !== 'end') return from;
  const last = log.allEvents().at(-1);
  return last === undefined ? undefined : positionOf(last);
}

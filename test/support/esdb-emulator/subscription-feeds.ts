import { CheckpointPolicy } from './checkpoint-policy';
import type { EmulatorLog } from './emulator-log';
import type { EventFilter } from './event-filter';
import { streamDeleted, type GrpcFailure } from './grpc-errors';
import type { ResolvedEntry } from './links';
import { firstIndexAfter, type AllStart, type StreamStart } from './log-queries';
import type { ReadResp } from './proto';
import { checkpointResponse, entryResponse } from './read-response';
import { positionOf, type LogPosition, type RecordedEvent } from './recorded-event';
import type { UuidFormat } from './uuid';

/** A cursor over the log for one subscription: catch-up and live read the same way. */
export interface SubscriptionFeed {
  /**
   * The messages for the next event past the cursor (maybe none), or undefined at the head.
   * Throws FeedFailure when the subscription must end with an error.
   */
  next(): ReadResp[] | undefined;
  /** Called once, when the subscription first reaches the head of the log. */
  goLive(): void;
}

/** Ends a subscription with a call error (a tombstoned stream), not as an emulator fault. */
export class FeedFailure extends Error {
  override readonly name = 'FeedFailure';
  constructor(readonly failure: GrpcFailure) {
    super(failure.details);
  }
}

type Entry = (event: RecordedEvent) => ResolvedEntry;

/**
 * From a revision R the stream subscription starts after R; from `end` it is live only. Events
 * the stream's metadata hides are skipped; a tombstone ends the subscription with StreamDeleted.
 */
export function streamFeed(
  log: EmulatorLog,
  streamName: string,
  from: StreamStart,
  uuidFormat: UuidFormat,
  entry: Entry,
): SubscriptionFeed {
  const length = () => {
    const view = log.view(streamName);
    return BigInt(view.kind === 'found' ? view.events.length : 0);
  };
  let cursor = from === 'start' ? 0n : from === 'end' ? length() : from + 1n;
  return {
    next() {
      const view = log.view(streamName);
      if (view.kind === 'tombstoned') throw new FeedFailure(streamDeleted(streamName));
      if (view.kind === 'not_found' || cursor >= BigInt(view.events.length)) return undefined;
      const event = view.events[Number(cursor)];
      cursor += 1n;
      if (event === undefined || !view.visible(event)) return [];
      return [entryResponse(entry(event), uuidFormat)];
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
  entry: Entry,
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
      const messages = matched ? [entryResponse(entry(event), uuidFormat)] : [];
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

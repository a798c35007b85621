import {
  eventTypeFilter,
  streamNameFilter,
  type AllStreamSubscription,
  type Filter,
  type Position,
  type RecordedEvent as StoredEvent,
} from '@eventstore/db-client';
import type { AllFilter } from '../port/event-store.port';
import { isSystemEvent } from './eventstoredb.mapping';

/** `excludeSystemEvents()` of the client: an event-type regex. */
export const NOT_A_SYSTEM_EVENT = '^[^$].*';

type CheckpointReached = (subscription: AllStreamSubscription, position: Position) => void;

/**
 * The server-side filter of a subscription. EventStoreDB filters on event type *or* stream name,
 * never both, so: event types (an anchored alternation, which never matches a `$` type) win;
 * else stream prefixes; else `excludeSystemEvents()`. Whatever the server cannot express (the
 * other dimension, `$` events in a prefixed stream) is filtered again by `matchesFilter`.
 */
export function subscriptionFilter(
  filter: AllFilter | undefined,
  checkpointReached: CheckpointReached | undefined,
): Filter {
  const types = (filter?.eventTypes ?? []).filter((type) => !type.startsWith('$'));
  const prefixes = filter?.streamPrefixes ?? [];
  if (types.length > 0) {
    return eventTypeFilter({
      regex: `^(?:${types.map(escapeRegex).join('|')})$`,
      checkpointReached,
    });
  }
  if (prefixes.length > 0) {
    return streamNameFilter({ prefixes: [...prefixes], checkpointReached });
  }
  return eventTypeFilter({ regex: NOT_A_SYSTEM_EVENT, checkpointReached });
}

/** The port's filter, checked on the client: not a system event, any prefix, any type. */
export function matchesFilter(
  stored: Pick<StoredEvent, 'streamId' | 'type'>,
  filter: AllFilter | undefined,
): boolean {
  if (isSystemEvent(stored)) return false;
  const prefixes = filter?.streamPrefixes ?? [];
  const types = filter?.eventTypes ?? [];
  return (
    (prefixes.length === 0 || prefixes.some((prefix) => stored.streamId.startsWith(prefix))) &&
    (types.length === 0 || types.includes(stored.type))
  );
}

export function hasFilter(filter: AllFilter | undefined): boolean {
  return (filter?.streamPrefixes?.length ?? 0) > 0 || (filter?.eventTypes?.length ?? 0) > 0;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import type { DomainEvent } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import type { EventDecoder } from '../codec/event-codec';

/** What folds a stream: a decider, or any evolve that names the event types it reads. */
export interface Evolving<E extends DomainEvent, S> {
  readonly initialState: S;
  readonly eventTypes: readonly E['type'][];
  evolve(state: S, event: E): S;
}

/**
 * The one stream fold: every stored event is upcast, checked and narrowed to the types `evolving`
 * reads (any other type is an error naming it and its place), then evolved, starting from `from`
 * (a fold kept from earlier) or the initial state. The command side, the auditors' as-of replay,
 * the report and the read models all fold this way.
 */
export function foldStream<E extends DomainEvent, S>(
  evolving: Evolving<E, S>,
  events: readonly RecordedEvent[],
  decoder: EventDecoder,
  from: S = evolving.initialState,
): S {
  let state = from;
  for (const recorded of events) {
    const event = decoder.decodeAs(recorded, evolving.eventTypes, `The fold of ${recorded.stream}`);
    state = evolving.evolve(state, event);
  }
  return state;
}

import type { JurisdictionCalendar } from './jurisdiction-calendar';

/** A fact, as the domain sees it: a stored type name and flat, primitive data. */
export interface DomainEvent<Type extends string = string, Data extends EventData = EventData> {
  readonly type: Type;
  readonly data: Data;
}

/** Every event says when it happened in the world (business time, ISO-8601). */
export interface EventData {
  readonly occurredAt: string;
}

export interface Command<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * What the outside world lends a decision: the clock and the jurisdiction's calendar, so that
 * deciders stay pure.
 */
export interface DecisionContext {
  readonly now: Date;
  readonly calendar: JurisdictionCalendar;
}

/**
 * An aggregate as plain functions (Emmett's decider): the same fold serves command handling,
 * auditors' as-of replay and tests.
 */
export interface Decider<C extends Command, E extends DomainEvent, S> {
  readonly initialState: S;
  /** Every event type `evolve` reads: a stream fold refuses any other (docs/architecture.md). */
  readonly eventTypes: readonly E['type'][];
  evolve(state: S, event: E): S;
  /** @throws DomainError when the command breaks a rule */
  decide(command: C, state: S, context: DecisionContext): E[];
}

/**
 * Every type of an event union, each named once: the compiler refuses a missing or an unknown name.
 * E.g. `eventTypesOf<PostEvent['type']>({ PostEstablished: true, ... })`.
 */
export function eventTypesOf<T extends string>(table: { readonly [K in T]: true }): readonly T[] {
  return Object.keys(table).filter((name): name is T => Object.hasOwn(table, name));
}

/** Folds events into state with a decider's evolve. */
export function fold<E extends DomainEvent, S>(
  decider: Pick<Decider<Command, E, S>, 'initialState' | 'evolve'>,
  events: readonly E[],
): S {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState);
}

/** Exhaustiveness check for switches over unions. */
export function unreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

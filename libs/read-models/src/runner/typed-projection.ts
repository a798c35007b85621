import type { DutyLedgerEventOf, DutyLedgerEventType } from '@dutyledger/domain';
import { DOMAIN_EVENTS, type Recorded, readAs } from '@dutyledger/ledger';
import type { EntityManager } from 'typeorm';
import type { EntityClass, Projection, ProjectionContext } from './projection';

/** A projection as it is written: the event types it handles, and each given to it typed. */
export interface TypedProjection<T extends DutyLedgerEventType> {
  readonly name: string;
  /** The stored event types it handles; it is given no other. */
  readonly eventTypes: readonly T[];
  readonly entities: readonly EntityClass[];
  apply(
    event: Recorded<DutyLedgerEventOf<T>>,
    manager: EntityManager,
    context: ProjectionContext,
  ): Promise<void>;
}

/**
 * The projection the runner feeds: each event it is given (upcast already) is checked by the
 * domain's codec and narrowed to the types the projection declares; any other type is refused.
 */
export function typedProjection<T extends DutyLedgerEventType>(
  definition: TypedProjection<T>,
): Projection {
  const { name, eventTypes, entities } = definition;
  const reader = `The projection ${name}`;
  return {
    name,
    eventTypes,
    entities,
    apply: async (event, manager, context) =>
      definition.apply(readAs(DOMAIN_EVENTS.check(event), eventTypes, reader), manager, context),
  };
}

/** What applies one event type, given the event narrowed to it. */
export type Appliers<Args extends unknown[]> = {
  readonly [T in DutyLedgerEventType]?: (
    event: Recorded<DutyLedgerEventOf<T>>,
    ...args: Args
  ) => Promise<void>;
};

/** An applier of any event, after narrowing it to the type it applies. */
export type AnyApplier<Args extends unknown[]> = (event: Recorded, ...args: Args) => Promise<void>;

function isEventType(name: string): name is DutyLedgerEventType {
  return DOMAIN_EVENTS.types().includes(name);
}

function narrowing<T extends DutyLedgerEventType, Args extends unknown[]>(
  type: T,
  apply: (event: Recorded<DutyLedgerEventOf<T>>, ...args: Args) => Promise<void>,
): AnyApplier<Args> {
  const types = [type];
  return async (event, ...args) => apply(readAs(event, types, `The applier of ${type}`), ...args);
}

/** A table of appliers by event type, each taking the event narrowed to its type. */
export function appliersOf<Args extends unknown[]>(
  table: Appliers<Args>,
): ReadonlyMap<DutyLedgerEventType, AnyApplier<Args>> {
  const appliers = new Map<DutyLedgerEventType, AnyApplier<Args>>();
  for (const type of Object.keys(table).filter(isEventType)) {
    const apply = entry(table, type);
    if (apply) appliers.set(type, apply);
  }
  return appliers;
}

function entry<T extends DutyLedgerEventType, Args extends unknown[]>(
  table: Appliers<Args>,
  type: T,
): AnyApplier<Args> | undefined {
  const apply = table[type];
  return apply && narrowing(type, apply);
}

import { type DomainEvent, eventTypesOf } from '../shared/decider';

/**
 * What must be unique across streams (docs/domain.md, "Identity"): a personnel number among
 * cadres, an id a caller chose for a child (failure, performance, evidence, sanction, appeal) among
 * parents, and a case's grounds per subject among open cases.
 */
export const RESERVATION_NAMESPACES = ['personnel-number', 'child-id', 'case-grounds'] as const;
export type ReservationNamespace = (typeof RESERVATION_NAMESPACES)[number];

/** `value` now belongs to `holderId` (recorded in `holderStream`); it took it from another if said. */
export type ValueReserved = DomainEvent<
  'ValueReserved',
  {
    readonly namespace: ReservationNamespace;
    readonly value: string;
    readonly holderId: string;
    readonly holderStream: string;
    /** the earlier holder, when it never came to hold the value, or no longer does */
    readonly previousHolderId: string | null;
    readonly occurredAt: string;
  }
>;

export type ReservationEvent = ValueReserved;

/** Every reservation event type, as the reservation decider reads them. */
export const RESERVATION_EVENT_TYPES = eventTypesOf<ReservationEvent['type']>({
  ValueReserved: true,
});

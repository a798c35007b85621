import type { Command } from '../shared/decider';
import type { ReservationNamespace } from './reservation.events';

/**
 * Reserve `value` for `holderId` before the holder's own events are appended. The handler says
 * whether the current holder (if any) holds the value now: a cadre registered with the number, a
 * parent with the child, an open case on the grounds.
 */
export type ReserveValue = Command<
  'ReserveValue',
  {
    readonly namespace: ReservationNamespace;
    readonly value: string;
    readonly holderId: string;
    readonly holderStream: string;
    readonly currentHolderHoldsIt: boolean;
    /**
     * The current holder came to hold the value and let it go (a closed case): it may be taken at
     * once. Otherwise a holder that does not hold it may still be about to (see the stale time).
     */
    readonly currentHolderReleasedIt?: boolean;
  }
>;

export type ReservationCommand = ReserveValue;

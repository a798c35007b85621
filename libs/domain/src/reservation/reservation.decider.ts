import { RESERVATION_EVENT_TYPES } from './reservation.events';
import type { Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type { ReservationCommand } from './reservation.commands';
import type { ReservationEvent, ReservationNamespace } from './reservation.events';
import type { ReservationState } from './reservation.state';
import { evolveReservation, initialReservationState } from './reservation.state';

/**
 * A holder appends its own events right after reserving; one that has not within this time never
 * will (its process died between the two appends), and the value may be taken by another.
 */
export const RESERVATION_STALE_AFTER_MS = 60_000;

export const RESERVATION_ERRORS = {
  PERSONNEL_NUMBER_TAKEN: 'PERSONNEL_NUMBER_TAKEN',
  ID_ALREADY_USED: 'ID_ALREADY_USED',
  DUPLICATE_OPEN_CASE: 'DUPLICATE_OPEN_CASE',
  RESERVATION_IN_PROGRESS: 'RESERVATION_IN_PROGRESS',
} as const;

const TAKEN: Record<ReservationNamespace, { code: string; what: (value: string) => string }> = {
  'personnel-number': {
    code: RESERVATION_ERRORS.PERSONNEL_NUMBER_TAKEN,
    what: (value) => `Personnel number ${value} belongs to cadre`,
  },
  'child-id': {
    code: RESERVATION_ERRORS.ID_ALREADY_USED,
    what: (value) => `Id ${value} is already used in`,
  },
  'case-grounds': {
    code: RESERVATION_ERRORS.DUPLICATE_OPEN_CASE,
    what: (value) => `An open case already stands on grounds ${value}: case`,
  },
};

/** Uniqueness across streams, as an event-sourced reservation (not a read-model lookup). */
export const reservationDecider: Decider<ReservationCommand, ReservationEvent, ReservationState> = {
  initialState: initialReservationState,
  eventTypes: RESERVATION_EVENT_TYPES,
  evolve: evolveReservation,
  decide({ data }, state, context) {
    const { namespace, value, holderId, holderStream, currentHolderHoldsIt } = data;
    const released = data.currentHolderReleasedIt === true;
    const now = context.now.toISOString();
    if (state !== null && state.holderId === holderId) return [];
    if (state !== null && currentHolderHoldsIt) {
      const taken = TAKEN[namespace];
      throw new DomainError(taken.code, `${taken.what(value)} ${state.holderId}`, {
        holderId: state.holderId,
      });
    }
    const fresh =
      state !== null &&
      !released &&
      context.now.getTime() - Date.parse(state.reservedAt) < RESERVATION_STALE_AFTER_MS;
    if (fresh) {
      throw new DomainError(
        RESERVATION_ERRORS.RESERVATION_IN_PROGRESS,
        `${value} is being taken by ${state.holderId} at this moment; try again in a minute`,
      );
    }
    return [
      {
        type: 'ValueReserved',
        data: {
          namespace,
          value,
          holderId,
          holderStream,
          previousHolderId: state?.holderId ?? null,
          occurredAt: now,
        },
      },
    ];
  },
};

/** The stream of a reserved value: `personnelnumber-…`, `childid-…`, `casegrounds-…`. */
export function reservationStream(namespace: ReservationNamespace, value: string): string {
  return `${namespace.replace('-', '')}-${value}`;
}

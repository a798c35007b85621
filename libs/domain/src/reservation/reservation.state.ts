import type { ReservationEvent } from './reservation.events';

export interface Reservation {
  readonly holderId: string;
  readonly holderStream: string;
  /** recorded time of the reservation (server clock): how long the holder has had to use it */
  readonly reservedAt: string;
}

export type ReservationState = Reservation | null;

export const initialReservationState: ReservationState = null;

export function evolveReservation(
  _state: ReservationState,
  event: ReservationEvent,
): ReservationState {
  const { holderId, holderStream, occurredAt } = event.data;
  return { holderId, holderStream, reservedAt: occurredAt };
}

import {
  type ReservationNamespace,
  type ReserveValue,
  reservationDecider,
  reservationStream,
} from '@dutyledger/domain';
import type { StreamAppend } from '@dutyledger/event-store';
import type { CommandContext } from './command-context';
import { Ledger } from './ledger';

/** Where the current holder of a value stands: holds it, let it go, or never took it (yet). */
export type HolderStanding = 'HOLDS' | 'RELEASED' | 'ABSENT';

export interface Reservation {
  namespace: ReservationNamespace;
  value: string;
  holderId: string;
  holderStream: string;
  /** Asks the holder's own stream whether a holder holds the value. */
  standingOf: (holderId: string, holderStream: string) => Promise<HolderStanding>;
}

/**
 * Values that must be unique across streams (docs/domain.md, "Identity") are reserved in a stream
 * of their own, written before (and on SQLite with, in one transaction) the holder's events: the
 * store's optimistic concurrency makes two concurrent reservations of one value conflict, on
 * SQLite and on EventStoreDB alike. Called from a command's `beforeAppend`, which hands the
 * appends to the Ledger to write with the command's own.
 */
export class Reservations {
  constructor(private readonly ledger: Ledger) {}

  /**
   * The append that reserves the value for its holder (none when the holder has it already).
   * Refuses, with the reservation decider's error, a value another holder holds.
   */
  async reserve(reservation: Reservation, context: CommandContext): Promise<StreamAppend[]> {
    const { namespace, value, holderId, holderStream, standingOf } = reservation;
    // A reservation is idempotent by its own rule (the same holder again appends nothing), so its
    // events carry no idempotency key: their ids and answer must not be taken for the command's.
    const append = await this.ledger.decideAppend(
      reservationStream(namespace, value),
      reservationDecider,
      context,
      async (current): Promise<ReserveValue> => {
        const standing =
          current === null || current.holderId === holderId
            ? 'ABSENT'
            : await standingOf(current.holderId, current.holderStream);
        return {
          type: 'ReserveValue',
          data: {
            namespace,
            value,
            holderId,
            holderStream,
            currentHolderHoldsIt: standing === 'HOLDS',
            currentHolderReleasedIt: standing === 'RELEASED',
          },
        };
      },
    );
    return append === undefined ? [] : [append];
  }

  /** The appends reserving several values, decided one after another (each its own stream). */
  async reserveAll(
    reservations: readonly Reservation[],
    context: CommandContext,
  ): Promise<StreamAppend[]> {
    const appends: StreamAppend[] = [];
    for (const reservation of reservations) {
      appends.push(...(await this.reserve(reservation, context)));
    }
    return appends;
  }
}

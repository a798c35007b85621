import {
  type ReservationNamespace,
  type ReserveValue,
  reservationDecider,
  reservationStream,
} from '@dutyledger/domain';
import { runUnkeyed } from '../idempotency/keyed-request';
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
 * of their own before the holder's events are appended: the store's optimistic concurrency makes
 * two concurrent reservations of one value conflict, on SQLite and on EventStoreDB alike.
 */
export class Reservations {
  constructor(private readonly ledger: Ledger) {}

  async reserve(reservation: Reservation, context: CommandContext): Promise<void> {
    const { namespace, value, holderId, holderStream, standingOf } = reservation;
    // If-Match names the holder's stream, not this one. A reservation is idempotent by its own rule
    // (the same holder again appends nothing), so it is written outside the command's key: its
    // event ids and answer must not be taken for the command's.
    const ownContext: CommandContext = { ...context, expectedRevision: undefined };
    await runUnkeyed(() =>
      this.ledger.execute(
        reservationStream(namespace, value),
        value,
        reservationDecider,
        ownContext,
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
      ),
    );
  }

  /** Reserves several values, one after another (each its own stream). */
  async reserveAll(reservations: readonly Reservation[], context: CommandContext): Promise<void> {
    for (const reservation of reservations) await this.reserve(reservation, context);
  }
}

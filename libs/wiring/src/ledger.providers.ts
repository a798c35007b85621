import type { Provider } from '@nestjs/common';
import type { JurisdictionCalendar } from '@dutyledger/domain';
import type { EventStore } from '@dutyledger/event-store';
import { ChildIds, EventCodec, Ledger, Reservations } from '@dutyledger/ledger';
import { CALENDAR, CLOCK, type Clock, EVENT_STORE, NEW_ID, type NewId } from './tokens';

/**
 * The command side of libs/ledger as Nest providers, one of each per process, on the stores,
 * clock, ids, calendar and codec of the stores module: the api's use cases (and any other app
 * that writes commands) inject `Ledger`, `Reservations` and `ChildIds` by class.
 */
export const LEDGER_PROVIDERS: Provider[] = [
  {
    provide: Ledger,
    inject: [EVENT_STORE, CLOCK, NEW_ID, CALENDAR, EventCodec],
    useFactory: (
      store: EventStore,
      clock: Clock,
      newId: NewId,
      calendar: JurisdictionCalendar,
      codec: EventCodec,
    ) => new Ledger(store, clock, newId, calendar, codec),
  },
  {
    provide: Reservations,
    inject: [Ledger],
    useFactory: (ledger: Ledger) => new Reservations(ledger),
  },
  {
    provide: ChildIds,
    inject: [Ledger, Reservations],
    useFactory: (ledger: Ledger, reservations: Reservations) => new ChildIds(ledger, reservations),
  },
];

/** What LEDGER_PROVIDERS provide, for a module's exports. */
export const LEDGER_EXPORTS = [Ledger, Reservations, ChildIds];

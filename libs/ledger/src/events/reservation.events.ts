import { EVENT_SCHEMA_VERSIONS } from '@dutyledger/domain';
import type { EventCodec } from '../codec/event-codec';

/** The reservations of values unique across streams. */
export function defineReservationEvents(codec: EventCodec): EventCodec {
  return codec.define('ValueReserved', {
    version: EVENT_SCHEMA_VERSIONS.ValueReserved,
    shape: {
      namespace: 'string',
      value: 'string',
      holderId: 'string',
      holderStream: 'string',
      previousHolderId: 'string or null',
      occurredAt: 'string',
    },
  });
}

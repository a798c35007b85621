import type { EventStoreDBClient } from '@eventstore/db-client';

/** The part of `@eventstore/db-client` the adapter uses: small enough to fake in unit tests. */
export type EsdbClient = Pick<
  EventStoreDBClient,
  | 'appendToStream'
  | 'readStream'
  | 'readAll'
  | 'subscribeToAll'
  | 'deleteStream'
  | 'tombstoneStream'
  | 'getStreamMetadata'
  | 'dispose'
>;

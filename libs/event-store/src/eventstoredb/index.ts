export { EventStoreDbEventStore } from './eventstoredb.event-store';
export { allPosition } from './eventstoredb.mapping';
export type { EsdbClient } from './eventstoredb.client';

export { EventStoreDbEventStore } from './eventstoredb.event-store';
export { UnreadableEventError, allPosition } from './eventstoredb.mapping';
export type { EsdbClient } from './eventstoredb.client';

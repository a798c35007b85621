import type { EventStore } from '../port/event-store.port';

/**
 * Connects to EventStoreDB (client 6.2, server 23.10+). Its client — gRPC and protobuf, the
 * heaviest modules of the library — is loaded here, on first use, not with the library: an
 * install on the embedded SQLite store never loads it, and starts that much sooner.
 */
export async function connectEventStoreDb(connectionString: string): Promise<EventStore> {
  const { EventStoreDbEventStore } = await import('./eventstoredb.event-store');
  return EventStoreDbEventStore.connect(connectionString);
}

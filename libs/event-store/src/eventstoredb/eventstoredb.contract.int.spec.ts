import { start, type RunningEsdbEmulator } from '../../../../test/support/esdb-emulator';
import { describeEventStoreContract } from '../contract/event-store.contract';
import type { EventStore } from '../port/event-store.port';
import { EventStoreDbEventStore } from './eventstoredb.event-store';

/** The adapter against the in-process emulator, over real gRPC, through one client path. */
function againstEmulator(name: string, batchAppend: boolean): void {
  let emulator: RunningEsdbEmulator | undefined;
  describeEventStoreContract(name, {
    async create(): Promise<EventStore> {
      emulator = await start({ batchAppend });
      return EventStoreDbEventStore.connect(emulator.connectionString);
    },
    async destroy(store: EventStore): Promise<void> {
      await store.close();
      await emulator?.stop();
    },
    appendsAll: 'one after another',
  });
}

// A 23.10 server advertises BatchAppend and the client then appends through it; the plain Append
// call is what the client falls back to (older servers, per-call credentials).
againstEmulator('EventStoreDB via the emulator (BatchAppend)', true);
againstEmulator('EventStoreDB via the emulator (plain Append)', false);

// e.g. EVENTSTORE_TEST_URL='esdb://localhost:2113?tls=false'
const realServer = process.env.EVENTSTORE_TEST_URL;
if (realServer) {
  describeEventStoreContract('EventStoreDB (real server)', {
    create: () => Promise.resolve(EventStoreDbEventStore.connect(realServer)),
    destroy: (store) => store.close(),
    appendsAll: 'one after another',
  });
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { SqliteEventStore } from './sqlite.event-store';

const directory = mkdtempSync(join(tmpdir(), 'dutyledger-sqlite-contract-'));

describeEventStoreContract('sqlite', {
  create: () => Promise.resolve(SqliteEventStore.open(join(directory, 'events.db'))),
  destroy: async (store) => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  },
  appendsAll: 'atomically',
});

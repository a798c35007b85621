export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite.event-store';
export { privateDatabaseFile, privateDirectory } from './private-files';

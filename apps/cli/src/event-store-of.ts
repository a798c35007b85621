import { existsSync } from 'node:fs';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { type EventStore, EventStoreDbEventStore, SqliteEventStore } from '@dutyledger/event-store';
import { CliError } from './command-line';

/**
 * The configured event store, opened as the stores module opens it; an embedded store that does
 * not exist yet is an error here (a read-only command must not create an empty one).
 */
export function eventStoreOf(config: DutyLedgerConfig): EventStore {
  if (config.eventStore.kind === 'eventstoredb') {
    return EventStoreDbEventStore.connect(config.eventStore.url);
  }
  if (!existsSync(config.eventStore.file)) {
    throw new CliError(`No event store at ${config.eventStore.file} (DUTYLEDGER_DATA_DIR)`);
  }
  return SqliteEventStore.open(config.eventStore.file);
}

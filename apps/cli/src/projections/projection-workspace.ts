import { loadConfig } from '@dutyledger/config';
import { type JurisdictionCalendar, calendarFor } from '@dutyledger/domain';
import { type EventStore, type UpcasterRegistry, privateDirectory } from '@dutyledger/event-store';
import { domainCodec } from '@dutyledger/ledger';
import {
  PROJECTIONS,
  type Projection,
  type ReadModelDatabase,
  openReadModels,
} from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { eventStoreOf } from '../event-store-of';
import { UsageError } from '../command-line';

/** What the projection commands work on: the configured stores, opened once. */
export interface ProjectionWorkspace {
  store: EventStore;
  readModels: DataSource;
  database: ReadModelDatabase;
  upcasters: UpcasterRegistry;
  /** DUTYLEDGER_TIME_ZONE's calendar: a rebuild buckets months and years as the projector does. */
  calendar: JurisdictionCalendar;
  close(): Promise<void>;
}

export async function openWorkspace(): Promise<ProjectionWorkspace> {
  const config = loadConfig();
  const store = eventStoreOf(config);
  if (config.readModels.kind === 'sqlite') privateDirectory(config.dataDir);
  const database: ReadModelDatabase = config.readModels;
  const readModels = await openReadModels(database);
  return {
    store,
    readModels,
    database,
    upcasters: domainCodec(),
    calendar: calendarFor(config.timeZone),
    close: async () => {
      await readModels.destroy();
      await store.close();
    },
  };
}

/** The projections a command names (all of them when it names none). */
export function selectProjections(name: string | undefined): readonly Projection[] {
  if (name === undefined) return PROJECTIONS;
  const projection = PROJECTIONS.find((candidate) => candidate.name === name);
  if (!projection) {
    throw new UsageError(
      `No projection is named "${name}"; there are: ${PROJECTIONS.map((p) => p.name).join(', ')}`,
    );
  }
  return [projection];
}

/** Progress at most once a second: events done, rate and position. */
export function progressReporter(
  name: string,
  write: (line: string) => void,
  now: () => number = Date.now,
): (progress: { events: number; position: bigint }) => void {
  const started = now();
  let reported = started;
  return ({ events, position }) => {
    const at = now();
    if (at - reported < 1000) return;
    reported = at;
    const rate = Math.round(events / ((at - started) / 1000));
    write(`${name}: ${events} events, ${rate}/s, at position ${position}`);
  };
}

import type { JurisdictionCalendar } from '@dutyledger/domain';
import { type Lang, translate } from '@dutyledger/i18n';
import { type EventStore, UpcasterRegistry } from '@dutyledger/event-store';
import { CALENDAR, EVENT_STORE, READ_MODELS } from '@dutyledger/wiring';
import { PROJECTIONS, type Projection, type ReadModelDatabase } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { withStores } from '../cli.module';
import { UsageError } from '../command-line';

/** What the projection commands work on: the configured stores, as the stores module opens them. */
export interface ProjectionWorkspace {
  store: EventStore;
  readModels: DataSource;
  database: ReadModelDatabase;
  upcasters: UpcasterRegistry;
  /** DUTYLEDGER_TIME_ZONE's calendar: a rebuild buckets months and years as the projector does. */
  calendar: JurisdictionCalendar;
}

/** Runs `work` on both configured stores (the projector not started), closed after. */
export function withWorkspace<T>(work: (workspace: ProjectionWorkspace) => Promise<T>): Promise<T> {
  return withStores('stores', (context, config) =>
    work({
      store: context.get<EventStore>(EVENT_STORE),
      readModels: context.get<DataSource>(READ_MODELS),
      database: config.readModels,
      upcasters: context.get(UpcasterRegistry),
      calendar: context.get<JurisdictionCalendar>(CALENDAR),
    }),
  );
}

/** The projections a command names (all of them when it names none). */
export function selectProjections(name: string | undefined): readonly Projection[] {
  if (name === undefined) return PROJECTIONS;
  const projection = PROJECTIONS.find((candidate) => candidate.name === name);
  if (!projection) {
    const projections = PROJECTIONS.map((p) => p.name).join(', ');
    throw new UsageError('cli.projections.unknown', { name, projections });
  }
  return [projection];
}

/** Progress at most once a second, in `lang`: events done, rate and position. */
export function progressReporter(
  name: string,
  write: (line: string) => void,
  lang: Lang,
  now: () => number = Date.now,
): (progress: { events: number; position: bigint }) => void {
  const started = now();
  let reported = started;
  return ({ events, position }) => {
    const at = now();
    if (at - reported < 1000) return;
    reported = at;
    const rate = Math.round(events / ((at - started) / 1000));
    const values = { name, events, rate: String(rate), position: String(position) };
    write(translate(lang, 'cli.projections.progress', values));
  };
}

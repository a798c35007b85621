import { randomUUID } from 'node:crypto';
import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common';
import type { DutyLedgerConfig } from '@dutyledger/config';
import {
  connectEventStoreDb,
  type EventStore,
  SqliteEventStore,
  UpcasterRegistry,
  privateDirectory,
} from '@dutyledger/event-store';
import {
  PROJECTIONS,
  ProjectionLeases,
  ProjectionRunner,
  WalCheckpointer,
  openReadModels,
} from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { type JurisdictionCalendar, calendarFor } from '@dutyledger/domain';
import { Lifecycle } from './lifecycle';
import { APPEND_OBSERVER, type AppendObserver, timedAppends } from './observability/timed-appends';
import {
  CALENDAR,
  CLOCK,
  type Clock,
  CONFIG,
  EVENT_STORE,
  NEW_ID,
  type NewId,
  PROJECTION_RUNNER,
  READ_MODELS,
  REQUESTS_IN_FLIGHT,
} from './tokens';
import { RequestsInFlight } from './runtime/requests-in-flight';
import { EventCodec, domainCodec } from '@dutyledger/ledger';

export interface StoresOverrides {
  clock?: Clock;
  /** Where new ids come from (the api derives them from an Idempotency-Key when there is one). */
  newId?: NewId;
  /** A read-model database other than the configured one (tests: a PostgreSQL schema of their own). */
  readModels?: () => Promise<DataSource>;
}

/**
 * About how long one projection's transaction may hold the event loop when the projector shares
 * it with the api: a command arriving meanwhile waits at most about this long for its turn.
 */
const IN_PROCESS_TRANSACTION_BUDGET_MS = 10;

/**
 * The longest a projector on the api's loop waits for the requests in flight to be answered before
 * its next transaction: under a load that never lets up, it still moves at least this often.
 */
const IN_PROCESS_MAX_YIELD_MS = 100;

async function openEventStore(config: DutyLedgerConfig): Promise<EventStore> {
  if (config.eventStore.kind === 'eventstoredb') {
    return connectEventStoreDb(config.eventStore.url);
  }
  privateDirectory(config.dataDir);
  return SqliteEventStore.open(config.eventStore.file);
}

/** The configuration, the clock, ids, the calendar, the upcasters and the event store. */
function eventStoreProviders(config: DutyLedgerConfig, overrides: StoresOverrides): Provider[] {
  return [
    { provide: CONFIG, useValue: config },
    { provide: CLOCK, useValue: overrides.clock ?? (() => new Date()) },
    { provide: NEW_ID, useValue: overrides.newId ?? (() => randomUUID()) },
    { provide: CALENDAR, useValue: calendarFor(config.timeZone) },
    { provide: EventCodec, useFactory: domainCodec },
    // What only upcasts (the projection runner) takes the codec as its upcaster registry.
    { provide: UpcasterRegistry, useExisting: EventCodec },
    {
      provide: EVENT_STORE,
      // A process that measures its appends (the api's metrics) supplies an observer.
      inject: [{ token: APPEND_OBSERVER, optional: true }],
      useFactory: async (observer: AppendObserver | undefined) => {
        const store = await openEventStore(config);
        return observer ? timedAppends(store, observer) : store;
      },
    },
  ];
}

const EVENT_STORE_EXPORTS = [
  CONFIG,
  CLOCK,
  NEW_ID,
  CALENDAR,
  EventCodec,
  UpcasterRegistry,
  EVENT_STORE,
];

/** Closes the event store when a process that opened only the event store stops. */
@Injectable()
class EventStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/**
 * The event store alone, with the configuration, clock, ids, calendar and upcasters, opened as
 * the stores module opens them: for a process that never touches the read models (the CLI's
 * verify, checkpoint, export-case and reservations commands).
 */
@Global()
@Module({})
export class EventStoreModule {
  static forConfig(config: DutyLedgerConfig, overrides: StoresOverrides = {}): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [...eventStoreProviders(config, overrides), EventStoreLifecycle],
      exports: EVENT_STORE_EXPORTS,
    };
  }
}

/**
 * The configuration, the clock, ids, both stores and the projection runner: one of each per
 * process, shared by the api, the projector and the CLI.
 */
@Global()
@Module({})
export class StoresModule {
  static forConfig(config: DutyLedgerConfig, overrides: StoresOverrides = {}): DynamicModule {
    return {
      module: StoresModule,
      providers: [
        ...eventStoreProviders(config, overrides),
        {
          provide: READ_MODELS,
          useFactory: () => {
            if (overrides.readModels) return overrides.readModels();
            if (config.readModels.kind === 'sqlite') privateDirectory(config.dataDir);
            return openReadModels(config.readModels);
          },
        },
        { provide: REQUESTS_IN_FLIGHT, useValue: new RequestsInFlight() },
        {
          provide: PROJECTION_RUNNER,
          inject: [EVENT_STORE, READ_MODELS, UpcasterRegistry, CLOCK, CALENDAR, REQUESTS_IN_FLIGHT],
          useFactory: (
            store: EventStore,
            readModels: DataSource,
            upcasters: UpcasterRegistry,
            clock: Clock,
            calendar: JurisdictionCalendar,
            requests: RequestsInFlight,
          ) => {
            const logger = new Logger('Projector');
            const say = (error: unknown) =>
              error instanceof Error ? (error.stack ?? error.message) : String(error);
            return new ProjectionRunner(store, readModels, PROJECTIONS, {
              upcasters,
              clock,
              calendar,
              // On the api's loop (DUTYLEDGER_PROJECTOR=in-process), a transaction holds requests.
              transactionBudgetMs: config.projectorProcess
                ? undefined
                : IN_PROCESS_TRANSACTION_BUDGET_MS,
              // ... and waits for the requests in flight first (none in a projector process).
              beforeTransaction: () => requests.settled(IN_PROCESS_MAX_YIELD_MS),
              onTransientFailure: (error) =>
                logger.warn(`The read-model database failed; resuming shortly: ${say(error)}`),
              onError: (error) => logger.error(`The projector stopped: ${say(error)}`),
              // SQLite: the WAL's checkpoints on a thread of their own, not the projector's.
              checkpointer: new WalCheckpointer(readModels),
              // Any number of projector processes may run: each projection is applied by the one
              // holding its lease, and another takes over when that one stops or dies.
              lease: new ProjectionLeases(
                readModels,
                PROJECTIONS.map((projection) => projection.name),
                {
                  ttlMs: config.projectionLeaseMs,
                  onError: (error) => new Logger('ProjectionLeases').warn(String(error)),
                },
              ),
            });
          },
        },
        Lifecycle,
      ],
      exports: [...EVENT_STORE_EXPORTS, READ_MODELS, PROJECTION_RUNNER, REQUESTS_IN_FLIGHT],
    };
  }
}

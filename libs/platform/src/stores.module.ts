import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { type DynamicModule, Global, Logger, Module } from '@nestjs/common';
import type { DutyLedgerConfig } from '@dutyledger/config';
import {
  EventStoreDbEventStore,
  type EventStore,
  SqliteEventStore,
  UpcasterRegistry,
} from '@dutyledger/event-store';
import {
  PROJECTIONS,
  ProjectionLeases,
  ProjectionRunner,
  openReadModels,
} from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Lifecycle } from './lifecycle';
import {
  CLOCK,
  type Clock,
  CONFIG,
  EVENT_STORE,
  NEW_ID,
  PROJECTION_RUNNER,
  READ_MODELS,
} from './tokens';
import { domainUpcasters } from './upcasters';

export interface StoresOverrides {
  clock?: Clock;
  /** A read-model database other than the configured one (tests: a PostgreSQL schema of their own). */
  readModels?: () => Promise<DataSource>;
}

function openEventStore(config: DutyLedgerConfig): EventStore {
  if (config.eventStore.kind === 'eventstoredb') {
    return EventStoreDbEventStore.connect(config.eventStore.url);
  }
  mkdirSync(config.dataDir, { recursive: true });
  return SqliteEventStore.open(config.eventStore.file);
}

/**
 * The configuration, the clock, ids, both stores and the projection runner: one of each per
 * process, shared by the api and the projector.
 */
@Global()
@Module({})
export class StoresModule {
  static forConfig(config: DutyLedgerConfig, overrides: StoresOverrides = {}): DynamicModule {
    return {
      module: StoresModule,
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: CLOCK, useValue: overrides.clock ?? (() => new Date()) },
        { provide: NEW_ID, useValue: () => randomUUID() },
        { provide: UpcasterRegistry, useFactory: domainUpcasters },
        { provide: EVENT_STORE, useFactory: () => openEventStore(config) },
        {
          provide: READ_MODELS,
          useFactory: () => {
            if (overrides.readModels) return overrides.readModels();
            if (config.readModels.kind === 'sqlite') mkdirSync(config.dataDir, { recursive: true });
            return openReadModels(config.readModels);
          },
        },
        {
          provide: PROJECTION_RUNNER,
          inject: [EVENT_STORE, READ_MODELS, UpcasterRegistry, CLOCK],
          useFactory: (
            store: EventStore,
            readModels: DataSource,
            upcasters: UpcasterRegistry,
            clock: Clock,
          ) =>
            new ProjectionRunner(store, readModels, PROJECTIONS, {
              upcasters,
              clock,
              onError: (error) =>
                new Logger('ProjectionRunner').error(
                  error instanceof Error ? (error.stack ?? error.message) : String(error),
                ),
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
            }),
        },
        Lifecycle,
      ],
      exports: [
        CONFIG,
        CLOCK,
        NEW_ID,
        UpcasterRegistry,
        EVENT_STORE,
        READ_MODELS,
        PROJECTION_RUNNER,
      ],
    };
  }
}

import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { DutyLedgerConfig } from '@dutyledger/config';
import {
  EventStoreDbEventStore,
  type EventStore,
  SqliteEventStore,
  UpcasterRegistry,
} from '@dutyledger/event-store';
import { PROJECTIONS, ProjectionRunner, openReadModels } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Lifecycle } from './lifecycle';
import {
  CLOCK,
  type Clock,
  CONFIG,
  EVENT_STORE,
  NEW_ID,
  type NewId,
  PROJECTION_RUNNER,
  READ_MODELS,
} from './tokens';
import { domainUpcasters } from './upcasters';

export interface StoresOverrides {
  clock?: Clock;
  /** Where new ids come from (the api derives them from an Idempotency-Key when there is one). */
  newId?: NewId;
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
        { provide: NEW_ID, useValue: overrides.newId ?? (() => randomUUID()) },
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
          ) => new ProjectionRunner(store, readModels, PROJECTIONS, { upcasters, clock }),
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

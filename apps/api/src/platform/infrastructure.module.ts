import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import type { DutyLedgerConfig } from '@dutyledger/config';
import {
  EventStoreDbEventStore,
  type EventStore,
  SqliteEventStore,
  UpcasterRegistry,
} from '@dutyledger/event-store';
import { ProjectionRunner, departmentsProjection, openReadModels } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { VERIFICATION_KEY } from './auth/auth.tokens';
import { verificationKey } from './auth/jwt-keys';
import { Ledger } from './commands/ledger';
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

export interface InfrastructureOverrides {
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

/** The stores, the clock, ids, the projection runner and the token keys: one of each per process. */
@Global()
@Module({})
export class InfrastructureModule {
  static forConfig(
    config: DutyLedgerConfig,
    overrides: InfrastructureOverrides = {},
  ): DynamicModule {
    return {
      module: InfrastructureModule,
      imports: [JwtModule.register({})],
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
            new ProjectionRunner(store, readModels, [departmentsProjection], { upcasters, clock }),
        },
        { provide: VERIFICATION_KEY, useValue: verificationKey(config) },
        Ledger,
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
        VERIFICATION_KEY,
        JwtModule,
        Ledger,
      ],
    };
  }
}

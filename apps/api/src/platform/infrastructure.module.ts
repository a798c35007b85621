import { type DynamicModule, Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { type StoresOverrides, StoresModule, verificationKey } from '@dutyledger/platform';
import { VERIFICATION_KEY } from './auth/auth.tokens';
import { randomUUID } from 'node:crypto';
import { Ledger } from './commands/ledger';
import { currentKeyedRequest } from './idempotency/keyed-request';

/** The stores, plus what only the api needs: token verification and the command side's Ledger. */
@Global()
@Module({})
export class InfrastructureModule {
  static forConfig(config: DutyLedgerConfig, overrides: StoresOverrides = {}): DynamicModule {
    return {
      module: InfrastructureModule,
      imports: [
        // A retried keyed command must name the same new entities as its first attempt.
        StoresModule.forConfig(config, { newId: keyedOrRandomId, ...overrides }),
        JwtModule.register({}),
      ],
      providers: [{ provide: VERIFICATION_KEY, useValue: verificationKey(config) }, Ledger],
      exports: [VERIFICATION_KEY, JwtModule, Ledger],
    };
  }
}

function keyedOrRandomId(): string {
  return currentKeyedRequest()?.nextId() ?? randomUUID();
}

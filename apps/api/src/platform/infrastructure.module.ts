import { randomUUID } from 'node:crypto';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { tokenRules } from '@dutyledger/auth';
import { currentKeyedRequest } from '@dutyledger/ledger';
import {
  LEDGER_EXPORTS,
  LEDGER_PROVIDERS,
  type StoresOverrides,
  StoresModule,
} from '@dutyledger/wiring';
import { TokenVerifier } from './auth/token-verifier';
import { AppendsReadyLifecycle } from './commands/appends-ready.lifecycle';
import { ProjectedFacts } from './commands/projected-facts';
import { CommandIdempotency } from './idempotency/command-idempotency';

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
      ],
      providers: [
        { provide: TokenVerifier, useValue: new TokenVerifier(tokenRules(config)) },
        ...LEDGER_PROVIDERS,
        ProjectedFacts,
        AppendsReadyLifecycle,
        CommandIdempotency,
      ],
      exports: [TokenVerifier, ...LEDGER_EXPORTS, ProjectedFacts, CommandIdempotency],
    };
  }
}

function keyedOrRandomId(): string {
  return currentKeyedRequest()?.nextId() ?? randomUUID();
}

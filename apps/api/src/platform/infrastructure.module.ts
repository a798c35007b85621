import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { type StoresOverrides, StoresModule, tokenRules } from '@dutyledger/platform';
import { TokenVerifier } from './auth/token-verifier';
import { Ledger } from './commands/ledger';
import { Reservations } from './commands/reservations';
import { ChildIds } from './commands/child-ids';
import { ProjectedFacts } from './commands/projected-facts';

/** The stores, plus what only the api needs: token verification and the command side's Ledger. */
@Global()
@Module({})
export class InfrastructureModule {
  static forConfig(config: DutyLedgerConfig, overrides: StoresOverrides = {}): DynamicModule {
    return {
      module: InfrastructureModule,
      imports: [StoresModule.forConfig(config, overrides)],
      providers: [
        { provide: TokenVerifier, useValue: new TokenVerifier(tokenRules(config)) },
        Ledger,
        Reservations,
        ChildIds,
        ProjectedFacts,
      ],
      exports: [TokenVerifier, Ledger, Reservations, ChildIds, ProjectedFacts],
    };
  }
}

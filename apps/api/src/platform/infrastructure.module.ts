import { type DynamicModule, Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { type StoresOverrides, StoresModule, verificationKey } from '@dutyledger/platform';
import { VERIFICATION_KEY } from './auth/auth.tokens';
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
      imports: [StoresModule.forConfig(config, overrides), JwtModule.register({})],
      providers: [
        { provide: VERIFICATION_KEY, useValue: verificationKey(config) },
        Ledger,
        Reservations,
        ChildIds,
        ProjectedFacts,
      ],
      exports: [VERIFICATION_KEY, JwtModule, Ledger, Reservations, ChildIds, ProjectedFacts],
    };
  }
}

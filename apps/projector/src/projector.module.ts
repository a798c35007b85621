import { type DynamicModule, Module } from '@nestjs/common';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { StoresModule } from '@dutyledger/wiring';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';

/** The projector process: the stores module (it runs the projections) and Nest's logger on `logger`. */
@Module({})
export class ProjectorModule {
  static forConfig(config: DutyLedgerConfig, logger: Logger): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [StoresModule.forConfig(config), LoggerModule.forRoot({ pinoHttp: { logger } })],
    };
  }
}

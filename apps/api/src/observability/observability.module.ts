import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { logsModule } from './logs/logs.module';

/** Structured logs on `logger` (README, "Logs and metrics"). */
@Module({})
export class ObservabilityModule {
  static forApi(logger: Logger): DynamicModule {
    return { module: ObservabilityModule, imports: [logsModule(logger)] };
  }
}

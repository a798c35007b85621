import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { logsModule } from './logs/logs.module';
import { MetricsModule } from './metrics/metrics.module';

/** Structured logs on `logger` and the Prometheus metrics (README, "Logs and metrics"). */
@Module({})
export class ObservabilityModule {
  static forApi(logger: Logger): DynamicModule {
    return { module: ObservabilityModule, imports: [logsModule(logger), MetricsModule] };
  }
}

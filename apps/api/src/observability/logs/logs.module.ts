import type { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';

/**
 * Nest's logger on `logger` (nestjs-pino). Its per-request middleware is applied to no route:
 * `bindRequestLogs` binds every line written while a request is served to its correlation id, and
 * the request line itself is written by `observeRequests`, which knows the route and the actor.
 */
export function logsModule(logger: Logger): DynamicModule {
  return LoggerModule.forRoot({ pinoHttp: { logger, autoLogging: false }, forRoutes: [] });
}

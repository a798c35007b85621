import { type DynamicModule, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { correlationIdOf } from '../correlation-id';

/**
 * Nest's logger on `logger` (nestjs-pino), with every line written while a request is served
 * bound to its correlation id. The request line itself is written by `observeRequests`, which
 * knows the route and the actor.
 */
export function logsModule(logger: Logger): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      logger,
      autoLogging: false,
      quietReqLogger: true,
      customAttributeKeys: { reqId: 'correlationId' },
      // Fastify has already made the correlation id the request's id (and middie hands it on);
      // this is for a request that reaches the middleware without one.
      genReqId: (request) => correlationIdOf(request),
    },
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
  });
}

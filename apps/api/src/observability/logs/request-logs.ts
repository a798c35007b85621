import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PinoLogger } from 'nestjs-pino';
import { type Store, storage } from 'nestjs-pino/storage';
import type { Logger } from 'pino';
import { correlationIdOf } from '../correlation-id';

/**
 * Every line Nest's logger writes while a request is served carries the request's correlation
 * id: a Fastify hook runs the rest of the request in nestjs-pino's async storage, whose logger is
 * made the first time a line is written. nestjs-pino's own middleware (through middie) made a
 * pino-http child logger for every request, most of which write no line: about a sixth of what
 * a light request cost (test/bench/README.md).
 */
export function bindRequestLogs(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, _reply, done) => {
      let logger: Logger | undefined;
      const store: Store = {
        get logger(): Logger {
          logger ??= PinoLogger.root.child({ correlationId: correlationIdOf(request.raw) });
          return logger;
        },
        // PinoLogger.assign() replaces it with a child carrying more fields.
        set logger(child: Logger) {
          logger = child;
        },
        responseLogger: undefined,
      };
      storage.run(store, done);
    });
}

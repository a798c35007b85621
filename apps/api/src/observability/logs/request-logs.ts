import type { FastifyInstance } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import { type Store, storage } from 'nestjs-pino/storage';
import type { Logger } from 'pino';
import { type RawRequest, correlationIdOf } from '../correlation-id';

/**
 * Every line Nest's logger writes while a request is served carries the request's correlation
 * id: a Fastify hook runs the rest of the request in nestjs-pino's async storage, whose logger is
 * made the first time a line is written. nestjs-pino's own middleware (through middie) made a
 * pino-http child logger for every request, most of which write no line: about a sixth of what
 * a light request cost (test/bench/README.md).
 *
 * The store holds the correlation id, never the request: AsyncLocalStorage copies the store onto
 * every promise and async resource made while the request is served, some of which outlive it,
 * and a store that held the request kept its whole graph (request, answer, header strings) alive
 * through young-generation collections: 2.2 MB survived each one at 8 connections and each paused
 * the loop 5-7 ms (test/bench/README.md, "A store that kept its request").
 */
export function bindRequestLogs(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', serveInRequestLogs);
}

/** The hook: the rest of the request (`done`) runs in a log store of its own. */
export function serveInRequestLogs(
  request: { raw: RawRequest },
  _reply: unknown,
  done: () => void,
): void {
  storage.run(requestLogStore(correlationIdOf(request.raw)), done);
}

/** The store of one request's log lines: a child logger made on the first line, or assigned. */
function requestLogStore(correlationId: string): Store {
  let logger: Logger | undefined;
  return {
    get logger(): Logger {
      logger ??= PinoLogger.root.child({ correlationId });
      return logger;
    },
    // PinoLogger.assign() replaces it with a child carrying more fields.
    set logger(child: Logger) {
      logger = child;
    },
    responseLogger: undefined,
  };
}

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import type { AuthenticatedActor } from '../platform/auth/actor';
import type { Route } from '../platform/http/openapi/routes';
import { correlationIdOf } from './correlation-id';
import { type ApiMetrics, commandOutcome } from './metrics/api-metrics';

/** The route label of a request no route matched (its path would make the labels unbounded). */
export const UNMATCHED = '(unmatched)';

/** Probes and scrapes: every few seconds, so logged at debug when they succeed. */
const ROUTINE = /^\/(health|metrics)(\/|$)/;

/**
 * The command each command route issues, keyed as Fastify names the route (`POST
 * /cases/:caseId/closure`): its use case, the controller's name (`CloseCaseController` issues
 * `CloseCase`).
 */
export function commandRoutes(routes: readonly Route[]): Map<string, string> {
  return new Map(
    routes
      .filter((route) => route.method === 'post')
      .map((route) => [
        `POST ${route.path.replace(/\{(\w+)\}/g, ':$1')}`,
        route.controller.name.replace(/Controller$/, ''),
      ]),
  );
}

/**
 * Every request: its correlation id in the `X-Correlation-Id` of the answer; when answered, one
 * log line (method, path without the query string, route, headers with credentials redacted,
 * status, duration, the actor's subject and role once known) and the HTTP and command metrics.
 */
export function observeRequests(
  app: NestFastifyApplication,
  logger: Logger,
  metrics: ApiMetrics,
  commands: ReadonlyMap<string, string>,
): void {
  metrics.knowCommands(commands.values());
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-correlation-id', correlationIdOf(request.raw));
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? UNMATCHED;
    const status = reply.statusCode;
    const seconds = reply.elapsedTime / 1000;
    metrics.httpDuration.labels(request.method, route, String(status)).observe(seconds);
    const command = commands.get(`${request.method} ${route}`);
    if (command !== undefined) {
      const outcome = commandOutcome(status);
      metrics.commands.labels(command, outcome).inc();
      metrics.commandDuration.labels(command, outcome).observe(seconds);
    }
    // The auth guard puts the actor on the request; absent when no token was accepted.
    const { actor } = request as { actor?: AuthenticatedActor };
    const level = status >= 500 ? 'error' : status < 400 && ROUTINE.test(route) ? 'debug' : 'info';
    logger[level](
      {
        correlationId: correlationIdOf(request.raw),
        req: {
          method: request.method,
          path: request.url.split('?')[0],
          route,
          headers: request.headers,
        },
        status,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
        actor: actor ? { subject: actor.id, role: actor.role } : undefined,
      },
      `${request.method} ${route} ${status}`,
    );
    done();
  });
}

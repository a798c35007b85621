import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RequestsInFlight } from '@dutyledger/wiring';

/**
 * Counts every request from its arrival until it is answered or abandoned (each once), for a
 * projector on the api's loop, which waits for them before each transaction (RequestsInFlight).
 */
export function countRequestsInFlight(
  app: NestFastifyApplication,
  requests: RequestsInFlight,
): void {
  const fastify = app.getHttpAdapter().getInstance();
  const open = new WeakSet<object>();
  const finish = (raw: object) => {
    if (open.delete(raw)) requests.end();
  };
  fastify.addHook('onRequest', (request, _reply, done) => {
    open.add(request.raw);
    requests.begin();
    done();
  });
  fastify.addHook('onResponse', (request, _reply, done) => {
    finish(request.raw);
    done();
  });
  fastify.addHook('onRequestAbort', (request, done) => {
    finish(request.raw);
    done();
  });
}

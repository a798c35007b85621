import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PinoLogger } from 'nestjs-pino';
import { type Store, storage } from 'nestjs-pino/storage';
import pino from 'pino';
import Fastify from 'fastify';
import { bindRequestLogs, serveInRequestLogs } from './request-logs';

/** Serves one request through the hook: the store the rest of the request runs in. */
function serve(correlationId: string): { store: Store; request: WeakRef<object> } {
  const raw = { headers: { 'x-correlation-id': correlationId } };
  let store: Store | undefined;
  serveInRequestLogs({ raw }, {}, () => {
    store = storage.getStore();
  });
  if (store === undefined) throw new Error('the hook ran the request outside the log storage');
  return { store, request: new WeakRef(raw) };
}

describe('serveInRequestLogs (the onRequest hook of bindRequestLogs)', () => {
  const lines: string[] = [];
  // The root logger is set by nestjs-pino's LoggerModule when an app starts.
  const before = PinoLogger.root;
  beforeAll(() => {
    const root = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    Object.assign(PinoLogger, { root });
  });
  afterAll(() => Object.assign(PinoLogger, { root: before }));

  it("runs the request in a store whose lines carry the request's correlation id", () => {
    const { store } = serve('req-7f3a');
    store.logger.info('decided');
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({
      correlationId: 'req-7f3a',
      msg: 'decided',
    });
  });

  it('keeps a line assigned more fields (PinoLogger.assign) for the rest of the request', () => {
    const { store } = serve('req-assign');
    store.logger = store.logger.child({ actor: 'caseworker-1' });
    store.logger.info('assigned');
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({
      correlationId: 'req-assign',
      actor: 'caseworker-1',
    });
  });

  it('is the onRequest hook of a Fastify instance it is bound to: a route writes lines with the id', async () => {
    const fastify = Fastify();
    bindRequestLogs(fastify);
    fastify.get('/probe', (_request, reply) => {
      storage.getStore()?.logger.info('served');
      void reply.send({ ok: true });
    });
    const answer = await fastify.inject({
      method: 'GET',
      url: '/probe',
      headers: { 'x-correlation-id': 'req-bound' },
    });
    await fastify.close();
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({
      correlationId: 'req-bound',
      msg: 'served',
    });
  });

  it('does not keep the request alive through a store that outlives it', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const { store, request } = serve('req-outlived');
    // A WeakRef holds its target until the end of the job that made it.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(request.deref()).toBeUndefined();
    store.logger.info('still bound');
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ correlationId: 'req-outlived' });
  });
});

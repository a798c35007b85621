import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PinoLogger } from 'nestjs-pino';
import { type Store, storage } from 'nestjs-pino/storage';
import pino from 'pino';
import { bindRequestLogs } from './request-logs';

type OnRequest = (request: { raw: object }, reply: unknown, done: () => void) => void;

/** The onRequest hook bindRequestLogs adds, taken from a stand-in for Fastify. */
function onRequestHook(): OnRequest {
  const hooks: OnRequest[] = [];
  const fastify = { addHook: (_name: 'onRequest', hook: OnRequest) => hooks.push(hook) };
  const app = { getHttpAdapter: () => ({ getInstance: () => fastify }) };
  bindRequestLogs(app as unknown as NestFastifyApplication);
  expect(hooks).toHaveLength(1);
  return hooks[0] as OnRequest;
}

/** Serves one request through the hook: the store the rest of the request runs in. */
function serve(hook: OnRequest, correlationId: string): { store: Store; request: WeakRef<object> } {
  const raw = { headers: { 'x-correlation-id': correlationId } };
  let store: Store | undefined;
  hook({ raw }, {}, () => {
    store = storage.getStore();
  });
  if (store === undefined) throw new Error('the hook ran the request outside the log storage');
  return { store, request: new WeakRef(raw) };
}

describe('bindRequestLogs', () => {
  const lines: string[] = [];
  // The root logger is set by nestjs-pino's LoggerModule when an app starts.
  const before = PinoLogger.root;
  beforeAll(() => {
    const root = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    Object.assign(PinoLogger, { root });
  });
  afterAll(() => Object.assign(PinoLogger, { root: before }));

  it("runs the request in a store whose lines carry the request's correlation id", () => {
    const { store } = serve(onRequestHook(), 'req-7f3a');
    store.logger.info('decided');
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({
      correlationId: 'req-7f3a',
      msg: 'decided',
    });
  });

  it('keeps a line assigned more fields (PinoLogger.assign) for the rest of the request', () => {
    const { store } = serve(onRequestHook(), 'req-assign');
    store.logger = store.logger.child({ actor: 'caseworker-1' });
    store.logger.info('assigned');
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({
      correlationId: 'req-assign',
      actor: 'caseworker-1',
    });
  });

  it('does not keep the request alive through a store that outlives it', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const { store, request } = serve(onRequestHook(), 'req-outlived');
    // A WeakRef holds its target until the end of the job that made it.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(request.deref()).toBeUndefined();
    store.logger.info('still bound');
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ correlationId: 'req-outlived' });
  });
});

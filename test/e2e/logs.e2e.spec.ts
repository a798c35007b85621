import { departmentStream } from '@dutyledger/domain';
import type { EventStore } from '@dutyledger/event-store';
import { EVENT_STORE } from '@dutyledger/wiring';
import { LogLines } from '../support/log-lines';
import { type RunningApp, startApp } from '../support/running-app';
import { district } from './organisation-fixtures';

/** A request with fetch, keeping the answer's headers. */
async function send(
  running: RunningApp,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
) {
  const response = await fetch(`${running.url}${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    correlationId: response.headers.get('x-correlation-id') ?? '',
    body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
  };
}

describe('structured logs', () => {
  const logs = new LogLines();
  let running: RunningApp;
  let store: EventStore;

  beforeAll(async () => {
    running = await startApp({ logs, env: { DUTYLEDGER_LOG_LEVEL: 'info' } });
    store = running.app.get<EventStore>(EVENT_STORE);
  });
  afterAll(() => running.stop());

  async function correlationIdsOfEvents(departmentId: unknown): Promise<string[]> {
    const events = await store.readStream(departmentStream(String(departmentId)));
    return events.map((event) => event.metadata.correlationId);
  }

  it('writes one JSON line per request with the given correlation id, route, status, duration and actor, and the events carry the same id', async () => {
    const token = running.token('ADMIN', 'admin-who-logs');
    const answer = await send(
      running,
      'POST',
      '/departments',
      { authorization: `Bearer ${token}`, 'x-correlation-id': 'trace-7f3a.1' },
      district(),
    );
    expect(answer.status).toBe(201);
    expect(answer.correlationId).toBe('trace-7f3a.1');
    const lines = logs.of('trace-7f3a.1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      name: 'dutyledger-api',
      msg: 'POST /departments 201',
      req: { method: 'POST', path: '/departments', route: '/departments' },
      status: 201,
      actor: { subject: 'admin-who-logs', role: 'ADMIN' },
    });
    expect(typeof lines[0]?.durationMs).toBe('number');
    expect(typeof lines[0]?.time).toBe('string');
    expect(await correlationIdsOfEvents(answer.body.id)).toEqual(['trace-7f3a.1']);
  });

  it('makes up a correlation id when none is given: the answer, the log line and the events carry the same one', async () => {
    const answer = await send(
      running,
      'POST',
      '/departments',
      { authorization: `Bearer ${running.token('ADMIN')}` },
      district(),
    );
    expect(answer.status).toBe(201);
    expect(answer.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(logs.of(answer.correlationId)).toHaveLength(1);
    expect(await correlationIdsOfEvents(answer.body.id)).toEqual([answer.correlationId]);
  });

  it('logs the route as declared, not the ids in the path, and never the query string', async () => {
    const answer = await send(running, 'GET', '/cadres?name=Li%20Wei', {
      authorization: `Bearer ${running.token('CASEWORKER')}`,
    });
    expect(answer.status).toBe(200);
    const [line] = logs.of(answer.correlationId);
    expect(line).toMatchObject({ req: { path: '/cadres', route: '/cadres' }, status: 200 });
    expect(JSON.stringify(line)).not.toContain('Li');

    const missing = await send(
      running,
      'GET',
      '/departments/6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f',
      {
        authorization: `Bearer ${running.token('VIEWER')}`,
      },
    );
    expect(missing.status).toBe(404);
    expect(logs.of(missing.correlationId)[0]).toMatchObject({
      req: { route: '/departments/:departmentId' },
      status: 404,
      actor: { role: 'VIEWER' },
    });
  });

  it('never writes a credential: the Authorization header is redacted', async () => {
    const token = running.token('SUPERVISOR', 'supervisor-secret-holder');
    const answer = await send(
      running,
      'POST',
      '/departments',
      { authorization: `Bearer ${token}`, cookie: 'session=abc123' },
      district(),
    );
    expect(answer.status).toBe(403);
    const [line] = logs.of(answer.correlationId);
    expect(line).toMatchObject({
      status: 403,
      actor: { subject: 'supervisor-secret-holder', role: 'SUPERVISOR' },
      req: { headers: { authorization: '[redacted]', cookie: '[redacted]' } },
    });
    for (const raw of logs.raw) {
      expect(raw).not.toContain(token);
      expect(raw).not.toContain('abc123');
    }
  });

  it('ties what is logged while serving a request to its correlation id', async () => {
    // The readiness probe's read of the store's head fails; everything else reads as usual.
    const readAll = store.readAll.bind(store);
    store.readAll = (options) =>
      options?.direction === 'backwards'
        ? Promise.reject(new Error('the event store does not answer'))
        : readAll(options);
    try {
      const answer = await send(running, 'GET', '/health/ready', {
        'x-correlation-id': 'probe-42',
      });
      expect(answer.status).toBe(503);
      expect(logs.of('probe-42')).toEqual([
        expect.objectContaining({
          level: 'warn',
          context: 'Readiness',
          msg: 'the event store does not answer',
        }),
        expect.objectContaining({ level: 'error', status: 503 }),
      ]);
    } finally {
      Reflect.deleteProperty(store, 'readAll');
    }
  });

  it('writes every line as JSON, Nest’s own start-up lines included', () => {
    const lines = logs.all();
    expect(lines.some((line) => line.context === 'NestApplication')).toBe(true);
    expect(
      lines.every((line) => typeof line.level === 'string' && typeof line.msg === 'string'),
    ).toBe(true);
  });
});

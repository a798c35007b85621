import { randomUUID } from 'node:crypto';
import type { EventStore } from '@dutyledger/event-store';
import { EVENT_STORE } from '@dutyledger/wiring';
import { call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';

describe('auditors are read-only', () => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(() => running.stop());

  it('every POST route of the OpenAPI document answers 403 to AUDITOR and writes nothing', async () => {
    const document = await call<{ paths: Record<string, Record<string, unknown>> }>(
      running.url,
      'GET',
      '/docs/openapi.json',
    );
    const routes = Object.entries(document.body.paths)
      .filter(([, operations]) => 'post' in operations)
      .map(([route]) => route);
    expect(routes.length).toBeGreaterThan(20);
    const store = running.app.get<EventStore>(EVENT_STORE);
    const before = (await store.readAll()).length;
    const auditor = running.token('AUDITOR');
    const answers = await Promise.all(
      routes.map(async (route) => {
        const path = route.replace(/\{(\w+)\}/g, (_, name: string) =>
          name === 'year' ? '2025' : randomUUID(),
        );
        const answer = await call(running.url, 'POST', path, { token: auditor, body: {} });
        return { route, status: answer.status };
      }),
    );
    expect(answers).toEqual(routes.map((route) => ({ route, status: 403 })));
    expect((await store.readAll()).length).toBe(before);
  });
});

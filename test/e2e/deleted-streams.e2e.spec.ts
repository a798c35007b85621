import { randomUUID } from 'node:crypto';
import { departmentStream } from '@dutyledger/domain';
import type { EventStore } from '@dutyledger/event-store';
import { EVENT_STORE } from '@dutyledger/wiring';
import { call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';

const department = (departmentId: string) => ({
  departmentId,
  name: 'Riverside Emergency Management Bureau',
  level: 'MUNICIPAL',
  kind: 'GOVERNMENT',
  industries: ['mining'],
  supervisionAuthority: false,
});

describe('commands on streams an operator deleted', () => {
  let running: RunningApp;
  let admin: string;
  const store = () => running.app.get<EventStore>(EVENT_STORE);
  const register = (departmentId: string) =>
    call(running.url, 'POST', '/departments', { token: admin, body: department(departmentId) });

  beforeAll(async () => {
    running = await startApp();
    admin = running.token('ADMIN');
  });
  afterAll(() => running.stop());

  it('answers 410 STREAM_DELETED instead of starting a soft-deleted stream again', async () => {
    const id = randomUUID();
    expect((await register(id)).status).toBe(201);
    await store().deleteStream(departmentStream(id), 'any');

    const again = await register(id);

    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ code: 'STREAM_DELETED' });
  });

  it('answers 410 when a command reads a tombstoned stream', async () => {
    const id = randomUUID();
    expect((await register(id)).status).toBe(201);
    await store().tombstoneStream(departmentStream(id), 'any');

    const post = await call(running.url, 'POST', '/posts', {
      token: admin,
      body: { departmentId: id, title: 'Deputy Head', rank: 'DEPUTY', businessScope: ['mining'] },
    });

    expect(post.status).toBe(410);
    expect(post.body).toMatchObject({ code: 'STREAM_DELETED' });
  });
});

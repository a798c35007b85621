import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { StoresModule } from '@dutyledger/wiring';
import { PROJECTIONS } from '@dutyledger/read-models';
import { call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';
import { district } from './organisation-fixtures';

jest.setTimeout(30_000);

interface StatusAnswer {
  headPosition: string;
  projections: { name: string; position: string; caughtUp: boolean }[];
  until?: { position: string; reached: boolean };
}

describe('operations signals with the projector in a process of its own', () => {
  let running: RunningApp;
  let projector: INestApplicationContext | undefined;
  let viewer: string;

  beforeAll(async () => {
    running = await startApp({
      env: { DUTYLEDGER_RUN_PROJECTOR: 'false', DUTYLEDGER_READY_MAX_LAG: '0' },
    });
    viewer = running.token('VIEWER');
  });
  afterAll(async () => {
    await projector?.close();
    await running.stop();
  });

  /** The projector as `npm run start:projector` runs it: its own stores module on the same data. */
  async function startProjector(): Promise<void> {
    projector = await NestFactory.createApplicationContext(
      StoresModule.forConfig({ ...running.config, runProjector: true }),
      { logger: ['error'] },
    );
    projector.enableShutdownHooks();
    await projector.init();
  }

  it('answers liveness without a projected position it cannot know', async () => {
    for (const path of ['/health', '/health/live']) {
      const answer = await call(running.url, 'GET', path);
      expect(answer).toEqual({ status: 200, body: { status: 'ok' } });
    }
  });

  it('lets a client wait for its own write, and says ready only once the projections passed it', async () => {
    const created = await call(running.url, 'POST', '/departments', {
      token: running.token('ADMIN'),
      body: district(),
    });
    expect(created.status).toBe(201);
    const position = String(created.body.position);

    const early = await call<StatusAnswer>(
      running.url,
      'GET',
      `/projections?until=${position}&waitMs=200`,
      { token: viewer },
    );
    expect(early.body.until).toEqual({ position, reached: false });
    const notReady = await call(running.url, 'GET', '/health/ready');
    expect(notReady.status).toBe(503);
    expect(notReady.body).toMatchObject({
      status: 'not ready',
      eventStore: { ok: true, headPosition: position },
      readModels: { ok: true },
      projections: { ok: false, maxLag: 0 },
    });

    await startProjector();
    const waited = await call<StatusAnswer>(
      running.url,
      'GET',
      `/projections?until=${position}&waitMs=20000`,
      { token: viewer },
    );
    expect(waited.status).toBe(200);
    expect(waited.body.until).toEqual({ position, reached: true });
    // Every projection passed the write, those that read no DepartmentRegistered included.
    expect(waited.body.projections.map((p) => [p.name, p.position, p.caughtUp]).sort()).toEqual(
      PROJECTIONS.map((p) => [p.name, position, true]).sort(),
    );
    const read = await call(running.url, 'GET', `/departments/${String(created.body.id)}`, {
      token: viewer,
    });
    expect(read.status).toBe(200);

    const ready = await call(running.url, 'GET', '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'ready',
      eventStore: { ok: true, headPosition: position },
      readModels: { ok: true },
      projections: { ok: true, behind: [] },
    });
  });

  it('refuses a bad position or wait with 400', async () => {
    for (const query of ['until=-1', 'until=abc', 'until=1&waitMs=60000', 'waitMs=5&wait=1']) {
      const answer = await call(running.url, 'GET', `/projections?${query}`, { token: viewer });
      expect(answer.status).toBe(400);
    }
  });
});

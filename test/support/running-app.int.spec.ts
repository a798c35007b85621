import { randomUUID } from 'node:crypto';
import { call } from './http';
import { type RunningApp, startApp } from './running-app';

describe('a running app, as the e2e suites start it', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(() => running.stop());

  it('waits for its projections, and says where they stand when they do not come in time', async () => {
    const registered = await call<{ position: string }>(running.url, 'POST', '/departments', {
      token: running.token('ADMIN'),
      body: {
        departmentId: randomUUID(),
        name: 'Riverside Municipal People’s Government',
        level: 'MUNICIPAL',
        kind: 'GOVERNMENT',
        effectiveFrom: '2020-01-01',
        industries: ['mining'],
        supervisionAuthority: false,
      },
    });
    expect(registered.status).toBe(201);
    const { position } = registered.body;
    await expect(running.projected(position)).resolves.toBeUndefined();
    // A position the log never reaches: the wait ends at its deadline, with where things stand.
    const never = String(BigInt(position) + 1_000n);
    await expect(running.projected(never, 300)).rejects.toThrow(
      `the projections did not reach position ${never} within 300 ms: they have considered the log up to ${position}`,
    );
  });
});

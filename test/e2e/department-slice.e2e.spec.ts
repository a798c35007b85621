import { randomUUID } from 'node:crypto';
import { call } from '../support/http';
import { POSTGRES_TEST_URL } from '../support/postgres';
import { type RunningApp, startApp } from '../support/running-app';

const municipality = (departmentId = randomUUID()) => ({
  departmentId,
  name: 'Riverside Municipal People’s Government',
  level: 'MUNICIPAL',
  kind: 'GOVERNMENT',
  industries: ['mining', 'hazardous-chemicals'],
  supervisionAuthority: false,
});

function describeSlice(readModels: 'sqlite' | 'postgres') {
  describe(`register department, end to end (read models on ${readModels})`, () => {
    let running: RunningApp;
    let admin: string;

    beforeAll(async () => {
      running = await startApp({ postgres: readModels === 'postgres' });
      admin = running.token('ADMIN');
    });
    afterAll(() => running.stop());

    it('registers a department and serves it from the projection', async () => {
      const top = municipality();
      const created = await call(running.url, 'POST', '/departments', { token: admin, body: top });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ id: top.departmentId, revision: '0' });
      await running.projected(String(created.body.position));
      const read = await call(running.url, 'GET', `/departments/${top.departmentId}`, {
        token: running.token('VIEWER'),
      });
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({
        departmentId: top.departmentId,
        name: top.name,
        level: 'MUNICIPAL',
        parentId: null,
        industries: ['mining', 'hazardous-chemicals'],
        position: created.body.position,
      });
    });

    it('hangs a district under its municipality', async () => {
      const top = municipality();
      await call(running.url, 'POST', '/departments', { token: admin, body: top });
      const district = {
        name: 'Eastbank District People’s Government',
        level: 'DISTRICT',
        kind: 'GOVERNMENT',
        parentId: top.departmentId,
        industries: ['construction'],
        supervisionAuthority: false,
      };
      const created = await call(running.url, 'POST', '/departments', {
        token: admin,
        body: district,
      });
      expect(created.status).toBe(201);
      await running.projected(String(created.body.position));
      const read = await call(running.url, 'GET', `/departments/${String(created.body.id)}`, {
        token: admin,
      });
      expect(read.body).toMatchObject({ parentId: top.departmentId, level: 'DISTRICT' });
    });

    it('answers 404 for a parent that does not exist and 422 for a rule broken', async () => {
      const orphan = { ...municipality(), level: 'DISTRICT', parentId: randomUUID() };
      const unknown = await call(running.url, 'POST', '/departments', {
        token: admin,
        body: orphan,
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DEPARTMENT_NOT_FOUND');
      const noParent = { ...municipality(), level: 'DISTRICT' };
      const refused = await call(running.url, 'POST', '/departments', {
        token: admin,
        body: noParent,
      });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('DEPARTMENT_PARENT_REQUIRED');
    });

    it('answers 400 naming every bad field and each broken rule', async () => {
      const answer = await call(running.url, 'POST', '/departments', {
        token: admin,
        body: {
          name: '',
          level: 'GALACTIC',
          kind: 'GOVERNMENT',
          industries: ['Mining!'],
          extra: 1,
        },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      const fields = (answer.body.fields as { field: string }[]).map((problem) => problem.field);
      expect(fields.sort()).toEqual([
        'extra',
        'industries',
        'level',
        'name',
        'supervisionAuthority',
      ]);
    });

    it('answers 400 naming a path id that is not a UUID', async () => {
      const answer = await call(running.url, 'GET', '/departments/not-a-uuid', { token: admin });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [
          { field: 'departmentId', rules: { isUuid: 'departmentId must be a UUID (version 4)' } },
        ],
      });
    });

    it('refuses callers without a token, with a bad token, or with the wrong role', async () => {
      const body = municipality();
      expect((await call(running.url, 'POST', '/departments', { body })).status).toBe(401);
      const forged = `${admin.slice(0, -4)}AAAA`;
      expect(
        (await call(running.url, 'POST', '/departments', { token: forged, body })).status,
      ).toBe(401);
      const expired = running.token('ADMIN', 'admin-1', -60);
      const late = await call(running.url, 'POST', '/departments', { token: expired, body });
      expect(late.status).toBe(401);
      expect(late.body.message).toBe('The token has expired');
      const viewer = running.token('VIEWER');
      expect(
        (await call(running.url, 'POST', '/departments', { token: viewer, body })).status,
      ).toBe(403);
    });

    it('answers a retried command with the first answer, and refuses the key for another body', async () => {
      const body = municipality();
      const headers = { 'idempotency-key': `register-${body.departmentId}` };
      const first = await call(running.url, 'POST', '/departments', {
        token: admin,
        body,
        headers,
      });
      const again = await call(running.url, 'POST', '/departments', {
        token: admin,
        body,
        headers,
      });
      expect(first.status).toBe(201);
      expect(again).toEqual(first);
      const other = await call(running.url, 'POST', '/departments', {
        token: admin,
        body: { ...body, name: 'Another name' },
        headers,
      });
      expect(other.status).toBe(422);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('serves health without credentials', async () => {
      const answer = await call(running.url, 'GET', '/health');
      expect(answer.status).toBe(200);
      expect(answer.body.status).toBe('ok');
    });
  });
}

describeSlice('sqlite');
if (POSTGRES_TEST_URL) describeSlice('postgres');

describe('restart', () => {
  it('keeps events, read models and idempotency keys across a restart of the embedded stores', async () => {
    const first = await startApp();
    const top = municipality();
    const headers = { 'idempotency-key': `restart-${top.departmentId}` };
    const created = await call(first.url, 'POST', '/departments', {
      token: first.token('ADMIN'),
      body: top,
      headers,
    });
    await first.projected(String(created.body.position));
    await first.stop(true);
    const second = await startApp({ dataDir: first.config.dataDir });
    const read = await call(second.url, 'GET', `/departments/${top.departmentId}`, {
      token: second.token('AUDITOR'),
    });
    const again = await call(second.url, 'POST', '/departments', {
      token: second.token('ADMIN'),
      body: top,
    });
    const retried = await call(second.url, 'POST', '/departments', {
      token: second.token('ADMIN'),
      body: top,
      headers,
    });
    await second.stop();
    expect(retried).toEqual(created);
    expect(read.status).toBe(200);
    expect(read.body.name).toBe(top.name);
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('DEPARTMENT_ALREADY_REGISTERED');
  });
});

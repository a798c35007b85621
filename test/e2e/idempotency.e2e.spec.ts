import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { canonicalJson, type EventStore } from '@dutyledger/event-store';
import { EVENT_STORE } from '@dutyledger/wiring';
import { type Route, routesOf } from '../../apps/api/src/platform/http/openapi/routes';
import { IDEMPOTENT_COMMAND } from '../../apps/api/src/platform/idempotency/idempotent-command.decorator';
import { startApiProcess } from '../support/api-process';
import { call } from '../support/http';
import { startApp } from '../support/running-app';

const KEY = 'register-riverside-0001';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const municipality = () => ({
  name: `Riverside Municipal People’s Government ${randomUUID()}`,
  level: 'MUNICIPAL',
  kind: 'GOVERNMENT',
  industries: ['mining'],
  supervisionAuthority: true,
});

function storedEvents(dataDir: string) {
  const db = new Database(join(dataDir, 'events.db'), { readonly: true });
  try {
    return db
      .prepare<[], { stream: string; revision: number; position: number; type: string }>(
        'SELECT stream, revision, position, type FROM events ORDER BY position',
      )
      .all();
  } finally {
    db.close();
  }
}

describe('Idempotency-Key across a crash between the commit and the answer', () => {
  it('answers the retry with the first answer and appends nothing twice, after kill -9 of a real api process', async () => {
    const body = municipality();
    const headers = { 'idempotency-key': KEY };
    const env = { DUTYLEDGER_QUIET: 'true', DUTYLEDGER_TEST_KILL_AFTER_COMMIT: KEY };
    const crashing = await startApiProcess({ env });
    const dataDir = crashing.dataDir;
    // The department gets its id from the server: the retry must name the same one.
    const lost = await call(crashing.url, 'POST', '/departments', {
      token: crashing.token('ADMIN'),
      body,
      headers,
    }).catch((error: unknown) => error);
    await crashing.stop(true);
    // The process died before answering: the connection was cut.
    expect(lost).toMatchObject({ message: 'fetch failed' });
    const committed = storedEvents(dataDir);
    expect(committed.map((event) => event.type)).toEqual(['DepartmentRegistered']);

    const restarted = await startApiProcess({ dataDir, env: { DUTYLEDGER_QUIET: 'true' } });
    try {
      const admin = restarted.token('ADMIN');
      const retried = await call(restarted.url, 'POST', '/departments', {
        token: admin,
        body,
        headers,
      });
      const again = await call(restarted.url, 'POST', '/departments', {
        token: admin,
        body,
        headers,
      });
      const other = await call(restarted.url, 'POST', '/departments', {
        token: admin,
        body: { ...body, name: 'Another name' },
        headers,
      });
      const [event] = committed;
      expect(retried).toEqual({
        status: 201,
        body: {
          id: event?.stream.replace(/^department-/, ''),
          revision: '0',
          position: String(event?.position),
        },
      });
      expect(again).toEqual(retried);
      expect(other.status).toBe(422);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(storedEvents(dataDir)).toEqual(committed);
    } finally {
      await restarted.stop();
    }
  }, 120_000);
});

describe('Idempotency-Key answers remembered the earlier way', () => {
  it('answers from a CommandAnswered event in an idempotency stream, and refuses the key for another body', async () => {
    const running = await startApp();
    try {
      const body = municipality();
      const key = 'earlier-key-0001';
      const answer = { id: randomUUID(), revision: '0', position: '7' };
      // What earlier versions wrote after each keyed command.
      const store = running.app.get<EventStore>(EVENT_STORE);
      const now = new Date().toISOString();
      const stream = `idempotency-${sha256(`admin-1\n${key}`).slice(0, 40)}`;
      await store.append(
        stream,
        [
          {
            id: randomUUID(),
            type: 'CommandAnswered',
            schemaVersion: 1,
            data: {
              requestHash: sha256(`POST /departments\n${canonicalJson(body)}`),
              body: answer,
              occurredAt: now,
            },
            metadata: {
              actor: { id: 'admin-1', role: 'ADMIN' },
              correlationId: stream,
              causationId: stream,
              occurredAt: now,
              recordedAt: now,
            },
          },
        ],
        'no_stream',
      );
      const headers = { 'idempotency-key': key };
      const token = running.token('ADMIN');
      const [head] = await store.readAll({ direction: 'backwards', maxCount: 1 });
      const retried = await call(running.url, 'POST', '/departments', { token, body, headers });
      const other = await call(running.url, 'POST', '/departments', {
        token,
        body: { ...body, name: 'Another name' },
        headers,
      });
      expect(retried).toEqual({ status: 201, body: answer });
      expect(other.status).toBe(422);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      const [after] = await store.readAll({ direction: 'backwards', maxCount: 1 });
      expect(after?.position).toBe(head?.position);
    } finally {
      await running.stop();
    }
  });
});

describe('Idempotency-Key used for another command', () => {
  it('is refused on another route too, the key’s event ids being taken (SQLite store)', async () => {
    const running = await startApp();
    try {
      const token = running.token('ADMIN');
      const headers = { 'idempotency-key': 'one-key-two-commands' };
      const department = await call(running.url, 'POST', '/departments', {
        token,
        body: municipality(),
        headers,
      });
      const cadre = await call(running.url, 'POST', '/cadres', {
        token,
        body: {
          name: 'Wang Fang',
          personnelNumber: 'P-0001',
          managingDepartmentId: department.body.id,
        },
        headers,
      });
      expect(department.status).toBe(201);
      expect(cadre.status).toBe(422);
      expect(cadre.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    } finally {
      await running.stop();
    }
  });
});

describe('Idempotency-Key on commands, not on reads', () => {
  it('is taken by every command route and by no read route', async () => {
    const running = await startApp();
    try {
      const routes = routesOf(running.app);
      const keyed = (route: Route) => {
        const handler = (route.controller.prototype as Record<string, unknown>)[route.handlerName];
        return Reflect.getMetadata(IDEMPOTENT_COMMAND, handler as object) === true;
      };
      const commands = routes.filter((route) => route.method === 'post');
      expect(commands.length).toBeGreaterThanOrEqual(30);
      expect(commands.filter((route) => !keyed(route)).map((route) => route.path)).toEqual([]);
      expect(routes.filter((route) => route.method !== 'post' && keyed(route))).toEqual([]);

      // A read ignores the key, even one a command would refuse.
      const read = await call(running.url, 'GET', '/departments', {
        token: running.token('ADMIN'),
        headers: { 'idempotency-key': 'no' },
      });
      expect(read.status).toBe(200);
      const command = await call(running.url, 'POST', '/departments', {
        token: running.token('ADMIN'),
        body: municipality(),
        headers: { 'idempotency-key': 'no' },
      });
      expect(command.status).toBe(400);
      expect(command.body.fields).toEqual([
        { field: 'Idempotency-Key', rules: { format: '8-100 of A-Z a-z 0-9 . _ : -' } },
      ]);
    } finally {
      await running.stop();
    }
  });
});

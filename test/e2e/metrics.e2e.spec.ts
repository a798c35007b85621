import { randomUUID } from 'node:crypto';
import { ModulesContainer } from '@nestjs/core';
import { COMMAND_HANDLER_METADATA } from '@nestjs/cqrs/dist/decorators/constants';
import type { EventStore } from '@dutyledger/event-store';
import { EVENT_STORE, PROJECTION_RUNNER } from '@dutyledger/wiring';
import type { ProjectionRunner } from '@dutyledger/read-models';
import { call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';
import { district } from './organisation-fixtures';

/** The value of one sample of a Prometheus text exposition, or undefined when absent. */
function sample(
  text: string,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = new Map<string, string>();
    for (const pair of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
      found.set(pair[1] ?? '', pair[2] ?? '');
    }
    if (Object.entries(labels).every(([key, value]) => found.get(key) === value)) {
      return Number(match[3]);
    }
  }
  return undefined;
}

/** Every value a label takes in the samples of `name`. */
function labelValues(text: string, name: string, label: string): string[] {
  const values = [...text.matchAll(new RegExp(`^${name}\\{[^}]*${label}="([^"]*)"`, 'gm'))];
  return [...new Set(values.map((match) => match[1] ?? ''))].sort();
}

interface ProjectionsAnswer {
  projections: { name: string; lag: number; parked: number }[];
}

describe('Prometheus metrics', () => {
  let running: RunningApp;
  let store: EventStore;

  beforeAll(async () => {
    running = await startApp();
    store = running.app.get<EventStore>(EVENT_STORE);
  });
  afterAll(() => running.stop());

  async function scrape(): Promise<string> {
    const response = await fetch(`${running.url}/metrics`, {
      headers: { authorization: `Bearer ${running.token('AUDITOR')}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    return response.text();
  }

  const admin = () => running.token('ADMIN');

  it('counts commands by type and outcome, and times them', async () => {
    const command = { command: 'RegisterDepartment' };
    const before = await scrape();
    const created = await call(running.url, 'POST', '/departments', {
      token: admin(),
      body: district(),
    });
    expect(created.status).toBe(201);
    const invalid = await call(running.url, 'POST', '/departments', {
      token: admin(),
      body: { ...district(), level: 'GALACTIC' },
    });
    expect(invalid.status).toBe(400);
    const forbidden = await call(running.url, 'POST', '/departments', {
      token: running.token('CASEWORKER'),
      body: district(),
    });
    expect(forbidden.status).toBe(403);
    const after = await scrape();

    const moved = (outcome: string) =>
      (sample(after, 'dutyledger_commands_total', { ...command, outcome }) ?? 0) -
      (sample(before, 'dutyledger_commands_total', { ...command, outcome }) ?? 0);
    expect([moved('created'), moved('400'), moved('403'), moved('5xx')]).toEqual([1, 1, 1, 0]);
    expect(
      sample(after, 'dutyledger_command_duration_seconds_count', {
        ...command,
        outcome: 'created',
      }),
    ).toBe(1);
    expect(
      sample(after, 'dutyledger_command_duration_seconds_bucket', {
        ...command,
        outcome: 'created',
        le: '+Inf',
      }),
    ).toBe(1);
    const route = { method: 'POST', route: '/departments' };
    expect(
      sample(after, 'dutyledger_http_request_duration_seconds_count', { ...route, status: '201' }),
    ).toBe(1);
    expect(
      sample(after, 'dutyledger_http_request_duration_seconds_count', { ...route, status: '400' }),
    ).toBe(1);
  });

  it('times every append to the event store, a refused one apart', async () => {
    const ok = (text: string) =>
      sample(text, 'dutyledger_event_store_append_duration_seconds_count', { outcome: 'ok' }) ?? 0;
    const conflicts = (text: string) =>
      sample(text, 'dutyledger_event_store_append_duration_seconds_count', {
        outcome: 'conflict',
      }) ?? 0;
    const before = await scrape();
    const created = await call(running.url, 'POST', '/departments', {
      token: admin(),
      body: district(),
    });
    expect(created.status).toBe(201);
    // The same department again, expecting a new stream: the store refuses it.
    const stream = `department-${String(created.body.id)}`;
    await expect(store.append(stream, [], 'no_stream')).rejects.toThrow();
    const after = await scrape();
    expect(ok(after) - ok(before)).toBe(1);
    expect(conflicts(after) - conflicts(before)).toBe(1);
    expect(
      sample(after, 'dutyledger_event_store_append_duration_seconds_sum', { outcome: 'ok' }),
    ).toBeGreaterThan(0);
  });

  it('names every command the api handles, each by its command type, from the start', async () => {
    const handled: string[] = [];
    for (const module of running.app.get(ModulesContainer).values()) {
      for (const provider of module.providers.values()) {
        const command: unknown = provider.metatype
          ? Reflect.getMetadata(COMMAND_HANDLER_METADATA, provider.metatype)
          : undefined;
        if (typeof command === 'function') handled.push(command.name.replace(/Command$/, ''));
      }
    }
    // 30 use cases: 28 before the fair procedure, plus hearing notices and appeal waivers.
    expect(handled).toHaveLength(30);
    expect(labelValues(await scrape(), 'dutyledger_commands_total', 'command')).toEqual(
      handled.sort(),
    );
  });

  it('shows the parked events of each projection, as GET /projections counts them', async () => {
    // A DepartmentRegistered that no department row can be made of: the projection parks it.
    const appended = await store.append(
      `department-${randomUUID()}`,
      [
        {
          id: randomUUID(),
          type: 'DepartmentRegistered',
          schemaVersion: 1,
          data: { departmentId: null, name: null },
          metadata: {
            actor: { id: 'metrics-test', role: 'ADMIN' },
            correlationId: randomUUID(),
            causationId: randomUUID(),
            occurredAt: '2026-01-01T00:00:00.000Z',
            recordedAt: '2026-01-01T00:00:00.000Z',
          },
        },
      ],
      'no_stream',
    );
    await running.projected(String(appended.position));
    const status = await call<ProjectionsAnswer>(running.url, 'GET', '/projections', {
      token: admin(),
    });
    const departments = status.body.projections.find((p) => p.name === 'departments');
    expect(departments?.parked).toBe(1);

    const text = await scrape();
    expect(sample(text, 'dutyledger_projection_status_read_ok')).toBe(1);
    for (const projection of status.body.projections) {
      expect([
        projection.name,
        sample(text, 'dutyledger_projection_parked_events', { projection: projection.name }),
      ]).toEqual([projection.name, projection.parked]);
    }
    expect(sample(text, 'dutyledger_projection_lag_events', { projection: 'departments' })).toBe(0);
    expect(sample(text, 'dutyledger_event_store_head_position')).toBe(Number(appended.position));
  });

  it('shows how far each projection lags behind the store', async () => {
    const runner = running.app.get<ProjectionRunner>(PROJECTION_RUNNER);
    await runner.stop();
    try {
      for (let i = 0; i < 2; i++) {
        const created = await call(running.url, 'POST', '/departments', {
          token: admin(),
          body: district(),
        });
        expect(created.status).toBe(201);
      }
      const text = await scrape();
      expect(sample(text, 'dutyledger_projection_lag_events', { projection: 'departments' })).toBe(
        2,
      );
    } finally {
      await runner.start();
    }
  });

  it('includes the process metrics', async () => {
    const text = await scrape();
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });
});

import { randomUUID } from 'node:crypto';
import type { EventStore, RecordedEvent } from '@dutyledger/event-store';
import type { Role } from '@dutyledger/auth';
import { EVENT_STORE } from '@dutyledger/wiring';
import { call } from '../support/http';
import { ENDPOINTS } from '../support/fuzz/command-endpoints';
import { pool, show } from '../support/fuzz/fuzz-delivery';
import { MalformedRequests } from '../support/fuzz/malformed-requests';
import { type RunningApp, startApp } from '../support/running-app';

/**
 * Deterministic fuzzing of every POST command endpoint: malformed bodies, headers and path
 * parameters, sent with a valid token of the allowed role. No answer may be a 5xx, every answer
 * is JSON with a `code`, and nothing is appended to the event store.
 */
const SEED = 0x5eed_2026;
/** Every endpoint gets about 25 of them; DUTYLEDGER_FUZZ_REQUESTS=20000 fuzzes deeper. */
const REQUESTS = Number(process.env.DUTYLEDGER_FUZZ_REQUESTS ?? 1000);
const IN_FLIGHT = 16;

interface Snapshot {
  count: number;
  lastPosition: string;
}

async function snapshot(store: EventStore): Promise<Snapshot> {
  const events: RecordedEvent[] = await store.readAll();
  return { count: events.length, lastPosition: String(events.at(-1)?.position ?? 'none') };
}

describe('fuzzing the command endpoints', () => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(() => running.stop());

  it(`answers ${REQUESTS} malformed requests (seed 0x${SEED.toString(16)}) with 4xx JSON and appends nothing`, async () => {
    const department = await call(running.url, 'POST', '/departments', {
      token: running.token('ADMIN'),
      body: {
        name: 'Fuzz County People’s Government',
        level: 'MUNICIPAL',
        kind: 'GOVERNMENT',
        industries: ['mining'],
        supervisionAuthority: true,
      },
    });
    expect(department.status).toBe(201);
    const store = running.app.get<EventStore>(EVENT_STORE);
    const before = await snapshot(store);

    const tokens: Record<Role, string> = {
      ADMIN: running.token('ADMIN'),
      CASEWORKER: running.token('CASEWORKER'),
      SUPERVISOR: running.token('SUPERVISOR'),
      AUDITOR: running.token('AUDITOR'),
      VIEWER: running.token('VIEWER'),
    };
    const generator = new MalformedRequests(SEED, String(department.body.id));
    const requests = Array.from({ length: REQUESTS }, () => generator.request(tokens));
    const outcomes = await pool(running.url, requests, IN_FLIGHT);

    const after = await snapshot(store);
    const offenders = outcomes.filter((outcome) => outcome.problem !== undefined);
    const statuses = new Map<number, number>();
    for (const outcome of outcomes) {
      statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
    }

    expect(outcomes).toHaveLength(REQUESTS);
    expect(new Set(outcomes.map((outcome) => outcome.request.endpoint)).size).toBe(
      ENDPOINTS.length,
    );
    // Malformed requests append nothing, whatever else went wrong.
    expect(after).toEqual(before);
    if (offenders.length > 0) {
      throw new Error(
        `${offenders.length} of ${REQUESTS} answers broke the contract (statuses ${JSON.stringify(
          Object.fromEntries(statuses),
        )}); the first few:\n${offenders.slice(0, 5).map(show).join('\n')}`,
      );
    }
  }, 240_000);

  it('refuses a body nested 3,000 levels deep with 400 even when an Idempotency-Key asks to hash it', async () => {
    let body: unknown = 1;
    for (let level = 0; level < 3000; level++) body = { a: body };
    const answer = await call(running.url, 'POST', `/cases/${randomUUID()}/decision`, {
      token: running.token('SUPERVISOR'),
      body,
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'body' }] });
  });
});

import { randomUUID } from 'node:crypto';
import { departmentStream } from '@dutyledger/domain';
import type { EventStore } from '@dutyledger/event-store';
import { mintToken } from '@dutyledger/auth';
import type { Role } from '@dutyledger/auth';
import { EVENT_STORE } from '@dutyledger/wiring';
import { call } from '../support/http';
import { openEventStream } from '../support/server-sent-events';
import { type RunningApp, startApp } from '../support/running-app';

/**
 * The authorization specification of the api, written out by hand: every route, and the roles
 * that may call it. It is deliberately NOT read from the @Allow metadata, so that a change of
 * access in the code has to be made here too, on purpose.
 */
type Method = 'GET' | 'POST';

interface Row {
  method: Method;
  /** The route as the OpenAPI document names it, e.g. /cases/{caseId}/findings. */
  route: string;
  /** Who may call it; 'PUBLIC' needs no token at all. */
  allowed: readonly Role[] | 'PUBLIC';
  /** A Server-Sent Events stream: its status is read, then the stream is closed. */
  stream?: true;
  /** Answers plain text, not JSON: only its status is read. */
  text?: true;
}

const ROLES: readonly Role[] = ['ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER'];

const ADMIN: readonly Role[] = ['ADMIN'];
const CASEWORKER: readonly Role[] = ['CASEWORKER'];
const SUPERVISOR: readonly Role[] = ['SUPERVISOR'];

const MATRIX: readonly Row[] = [
  { method: 'GET', route: '/health', allowed: 'PUBLIC' },
  { method: 'GET', route: '/health/live', allowed: 'PUBLIC' },
  { method: 'GET', route: '/health/ready', allowed: 'PUBLIC' },
  // Prometheus metrics: operational figures, for the roles that may read the audit record
  { method: 'GET', route: '/metrics', allowed: ['ADMIN', 'AUDITOR'], text: true },
  // organisation
  { method: 'POST', route: '/departments', allowed: ADMIN },
  { method: 'GET', route: '/departments/{departmentId}', allowed: ROLES },
  { method: 'POST', route: '/posts', allowed: ADMIN },
  { method: 'POST', route: '/posts/{postId}/appointments', allowed: ADMIN },
  { method: 'POST', route: '/posts/{postId}/reliefs', allowed: ADMIN },
  { method: 'POST', route: '/cadres', allowed: ADMIN },
  // duties
  { method: 'POST', route: '/duties', allowed: CASEWORKER },
  { method: 'POST', route: '/duties/{dutyId}/amendments', allowed: CASEWORKER },
  { method: 'POST', route: '/duties/{dutyId}/revocation', allowed: CASEWORKER },
  { method: 'POST', route: '/duties/{dutyId}/performances', allowed: CASEWORKER },
  { method: 'POST', route: '/duties/{dutyId}/failures', allowed: CASEWORKER },
  // accidents
  { method: 'POST', route: '/accidents', allowed: CASEWORKER },
  { method: 'POST', route: '/accidents/{accidentId}/casualty-updates', allowed: CASEWORKER },
  // assessments
  {
    method: 'POST',
    route: '/cadres/{cadreId}/assessments/{year}/annual-report',
    allowed: CASEWORKER,
  },
  { method: 'POST', route: '/cadres/{cadreId}/assessments/{year}/assessment', allowed: SUPERVISOR },
  {
    method: 'POST',
    route: '/cadres/{cadreId}/assessments/{year}/corrections',
    allowed: SUPERVISOR,
  },
  // cases
  { method: 'POST', route: '/cases', allowed: CASEWORKER },
  { method: 'POST', route: '/cases/{caseId}/investigator', allowed: CASEWORKER },
  { method: 'POST', route: '/cases/{caseId}/investigation', allowed: CASEWORKER },
  { method: 'POST', route: '/cases/{caseId}/evidence', allowed: CASEWORKER },
  { method: 'POST', route: '/cases/{caseId}/hearing-notices', allowed: CASEWORKER },
  { method: 'POST', route: '/cases/{caseId}/statements', allowed: CASEWORKER },
  { method: 'POST', route: '/cases/{caseId}/deadline-extensions', allowed: CASEWORKER },
  { method: 'POST', route: '/cases/{caseId}/appeals', allowed: CASEWORKER },
  { method: 'POST', route: '/cases/{caseId}/appeal-waivers', allowed: CASEWORKER },
  { method: 'POST', route: '/cases/{caseId}/findings', allowed: SUPERVISOR },
  { method: 'POST', route: '/cases/{caseId}/sanctions', allowed: SUPERVISOR },
  { method: 'POST', route: '/cases/{caseId}/decision', allowed: SUPERVISOR },
  { method: 'POST', route: '/cases/{caseId}/appeal-decisions', allowed: SUPERVISOR },
  { method: 'POST', route: '/cases/{caseId}/closure', allowed: SUPERVISOR },
  { method: 'POST', route: '/cases/{caseId}/reopening', allowed: SUPERVISOR },
  // queries: projections (runner status)
  { method: 'GET', route: '/projections', allowed: ROLES },
  // queries: cases (timeline, caseworker queue)
  { method: 'GET', route: '/cases', allowed: ROLES },
  { method: 'GET', route: '/cases/closed', allowed: ROLES },
  {
    method: 'GET',
    route: '/cases/{caseId}',
    allowed: ['ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR'],
  },
  {
    method: 'GET',
    route: '/cases/{caseId}/timeline',
    allowed: ['ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR'],
  },
  // queries: cadres (assessment history, eligibility)
  // personal details: not for VIEWER
  { method: 'GET', route: '/cadres', allowed: ['ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR'] },
  {
    method: 'GET',
    route: '/cadres/{cadreId}',
    allowed: ['ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR'],
  },
  {
    method: 'GET',
    route: '/cadres/{cadreId}/eligibility',
    allowed: ['ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR'],
  },
  {
    method: 'GET',
    route: '/cadres/{cadreId}/assessments/{year}',
    allowed: ['ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR'],
  },
  // queries: a duty (who held its post: personal details)
  {
    method: 'GET',
    route: '/duties/{dutyId}',
    allowed: ['ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR'],
  },
  // queries: compliance (department tree, compliance, accidents)
  { method: 'GET', route: '/departments', allowed: ROLES },
  { method: 'GET', route: '/departments/tree', allowed: ROLES },
  { method: 'GET', route: '/compliance', allowed: ROLES },
  { method: 'GET', route: '/compliance/assessments', allowed: ROLES },
  { method: 'GET', route: '/compliance/{departmentId}/{year}', allowed: ROLES },
  { method: 'GET', route: '/compliance/{departmentId}/{year}/figures/{figure}', allowed: ROLES },
  { method: 'GET', route: '/accidents/by-grade', allowed: ROLES },
  { method: 'GET', route: '/accidents', allowed: ROLES },
  { method: 'GET', route: '/accidents/casualties', allowed: ROLES },
  { method: 'GET', route: '/accidents/by-department', allowed: ROLES },
  { method: 'GET', route: '/coverage-gaps', allowed: ROLES },
  // audit
  { method: 'GET', route: '/audit/cases/{caseId}/history', allowed: ['AUDITOR', 'ADMIN'] },
  { method: 'GET', route: '/audit/cases/{caseId}/state', allowed: ['AUDITOR', 'ADMIN'] },
  { method: 'GET', route: '/audit/cases/{caseId}/bundle', allowed: ['AUDITOR', 'ADMIN'] },
  { method: 'GET', route: '/audit/cases/{caseId}/report', allowed: ['AUDITOR', 'ADMIN'] },
  { method: 'GET', route: '/audit/verify', allowed: ['AUDITOR', 'ADMIN'] },
  { method: 'GET', route: '/audit/access-log', allowed: ['AUDITOR', 'ADMIN'] },
  // dashboard
  { method: 'GET', route: '/session', allowed: ROLES },
  { method: 'GET', route: '/live', allowed: ROLES, stream: true },
  // languages: static vocabulary, no personal data
  { method: 'GET', route: '/i18n/{lang}', allowed: 'PUBLIC' },
];

/** Valid values for every path parameter: well-formed, but naming nothing that exists. */
const PLACEHOLDERS: Record<string, string> = {
  departmentId: '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f',
  postId: '7a2d3b5f-9c4e-4d6f-8a81-2b3c4d5e6f70',
  cadreId: '8b3e4c6a-ad5f-4e7a-9b92-3c4d5e6f7081',
  dutyId: '9c4f5d7b-be6a-4f8b-8ca3-4d5e6f708192',
  accidentId: 'ad5a6e8c-cf7b-4a9c-9db4-5e6f708192a3',
  caseId: 'be6b7f9d-d08c-4bad-8ec5-6f708192a3b4',
  year: '2024',
  figure: 'dutiesDue',
  lang: 'zh-CN',
};

/** A stream never ends by itself: take its status and close it. */
async function streamStatus(url: string, headers: Record<string, string>) {
  const stream = await openEventStream(url, headers);
  stream.close();
  return { status: stream.status, body: {} };
}

/** A plain-text answer: its status. */
async function textStatus(url: string, headers: Record<string, string>) {
  const response = await fetch(url, { headers });
  await response.text();
  return { status: response.status, body: {} };
}

function concretePath(route: string): string {
  return route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = PLACEHOLDERS[name];
    if (value === undefined) throw new Error(`no placeholder for path parameter ${name}`);
    return value;
  });
}

/** How a cell of the matrix calls: one of the five roles, or a bad credential. */
type Caller = Role | 'NO_TOKEN' | 'MALFORMED_TOKEN' | 'FORGED_TOKEN' | 'EXPIRED_TOKEN';
const BAD_CREDENTIALS: readonly Caller[] = [
  'NO_TOKEN',
  'MALFORMED_TOKEN',
  'FORGED_TOKEN',
  'EXPIRED_TOKEN',
];
const CALLERS: readonly Caller[] = [...ROLES, ...BAD_CREDENTIALS];

type Expectation = 200 | 401 | 403 | 'ALLOWED';

function expectationOf(row: Row, caller: Caller): Expectation {
  if (row.allowed === 'PUBLIC') return 200;
  if (BAD_CREDENTIALS.includes(caller)) return 401;
  return row.allowed.some((role) => role === caller) ? 'ALLOWED' : 403;
}

interface Cell {
  name: string;
  row: Row;
  caller: Caller;
  expected: Expectation;
}

const CELLS: Cell[] = MATRIX.flatMap((row) =>
  CALLERS.map((caller) => {
    const expected = expectationOf(row, caller);
    const outcome = expected === 'ALLOWED' ? 'allowed (not 401/403, not 5xx)' : String(expected);
    const name = `${row.method} ${row.route.replace(/\{(\w+)\}/g, ':$1')} as ${caller} -> ${outcome}`;
    return { name, row, caller, expected };
  }),
);

describe('authorization matrix', () => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(() => running.stop());

  function headersOf(caller: Caller): Record<string, string> {
    switch (caller) {
      case 'NO_TOKEN':
        return {};
      case 'MALFORMED_TOKEN':
        return { authorization: 'Bearer not.a.jwt' };
      case 'FORGED_TOKEN':
        return {
          authorization: `Bearer ${mintToken('another-secret-entirely-0123456789abcdef', {
            subject: 'admin-1',
            role: 'ADMIN',
          })}`,
        };
      case 'EXPIRED_TOKEN':
        return { authorization: `Bearer ${running.token('ADMIN', 'admin-1', -60)}` };
      default:
        return { authorization: `Bearer ${running.token(caller)}` };
    }
  }

  it.each(CELLS)('$name', async ({ row, caller, expected }) => {
    const answer = row.stream
      ? await streamStatus(`${running.url}${concretePath(row.route)}`, headersOf(caller))
      : row.text
        ? await textStatus(`${running.url}${concretePath(row.route)}`, headersOf(caller))
        : await call(running.url, row.method, concretePath(row.route), {
            headers: headersOf(caller),
            body: row.method === 'GET' ? undefined : {},
          });
    const seen = { status: answer.status, body: answer.body };
    if (expected === 'ALLOWED') {
      expect(seen.status).not.toBe(401);
      expect(seen.status).not.toBe(403);
      expect(seen.status).toBeLessThan(500);
      expect(seen.status).toBeGreaterThanOrEqual(200);
    } else {
      expect(seen).toMatchObject({ status: expected });
    }
  });

  it('has a row for every route the app registers, and no row for a route it does not', async () => {
    const answer = await call<{ paths: Record<string, Record<string, unknown>> }>(
      running.url,
      'GET',
      '/docs/openapi.json',
    );
    expect(answer.status).toBe(200);
    const httpMethods = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);
    const registered = Object.entries(answer.body.paths)
      .flatMap(([route, operations]) =>
        Object.keys(operations)
          .filter((method) => httpMethods.has(method))
          .map((method) => `${method.toUpperCase()} ${route}`),
      )
      .sort();
    const specified = MATRIX.map((row) => `${row.method} ${row.route}`).sort();
    expect(specified).toEqual(registered);
  });

  it('has no duplicate row', () => {
    const keys = MATRIX.map((row) => `${row.method} ${row.route}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  describe('the actor of an event', () => {
    const department = () => ({
      name: `Department ${randomUUID().slice(0, 8)}`,
      level: 'MUNICIPAL',
      kind: 'GOVERNMENT',
      industries: ['mining'],
      supervisionAuthority: false,
    });

    it('is the token’s subject and role', async () => {
      const token = running.token('ADMIN', 'admin-who-signed-in');
      const answer = await call(running.url, 'POST', '/departments', {
        token,
        body: department(),
      });
      expect({ status: answer.status, body: answer.body }).toMatchObject({ status: 201 });
      const store = running.app.get<EventStore>(EVENT_STORE);
      const events = await store.readStream(departmentStream(String(answer.body.id)));
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) {
        expect(event.metadata.actor).toEqual({ id: 'admin-who-signed-in', role: 'ADMIN' });
      }
    });

    it('cannot be set by the body: an `actor` field is refused with 400 and writes nothing', async () => {
      const store = running.app.get<EventStore>(EVENT_STORE);
      const before = (await store.readAll()).length;
      const answer = await call(running.url, 'POST', '/departments', {
        token: running.token('ADMIN', 'admin-who-signed-in'),
        body: { ...department(), actor: { id: 'someone-else', role: 'SUPERVISOR' } },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(answer.body)).toContain('actor');
      expect((await store.readAll()).length).toBe(before);
    });
  });
});

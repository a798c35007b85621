import type { EventStore, RecordedEvent } from '@dutyledger/event-store';
import type { Role } from '../../apps/api/src/platform/auth/role';
import { EVENT_STORE } from '../../apps/api/src/platform/tokens';
import { call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';

/**
 * Deterministic fuzzing of every POST command endpoint: malformed bodies, headers and path
 * parameters, sent with a valid token of the allowed role. No answer may be a 5xx, every answer
 * is JSON with a `code`, and nothing is appended to the event store.
 */
const SEED = 0x5eed_2026;
const REQUESTS = 2100;
const IN_FLIGHT = 16;

/** mulberry32: a small, fast, seeded PRNG. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Endpoint {
  /** Path template; `:name` parameters are UUIDs except `:year`. */
  template: string;
  role: Role;
  /** The DTO's field names (required and optional), to aim garbage at. */
  fields: string[];
}

const ENDPOINTS: Endpoint[] = [
  {
    template: '/departments',
    role: 'ADMIN',
    fields: [
      'departmentId',
      'name',
      'level',
      'kind',
      'parentId',
      'industries',
      'supervisionAuthority',
    ],
  },
  {
    template: '/cadres',
    role: 'ADMIN',
    fields: ['cadreId', 'name', 'personnelNumber', 'managingDepartmentId'],
  },
  {
    template: '/posts',
    role: 'ADMIN',
    fields: ['postId', 'departmentId', 'title', 'rank', 'businessScope'],
  },
  { template: '/posts/:postId/appointments', role: 'ADMIN', fields: ['cadreId', 'effectiveFrom'] },
  {
    template: '/posts/:postId/reliefs',
    role: 'ADMIN',
    fields: ['cadreId', 'effectiveFrom', 'reason'],
  },
  {
    template: '/duties',
    role: 'CASEWORKER',
    fields: [
      'dutyId',
      'postId',
      'category',
      'title',
      'principle',
      'industries',
      'cadence',
      'basis',
    ],
  },
  {
    template: '/duties/:dutyId/amendments',
    role: 'CASEWORKER',
    fields: ['title', 'principle', 'industries', 'cadence', 'basis', 'reason'],
  },
  { template: '/duties/:dutyId/revocation', role: 'CASEWORKER', fields: ['reason'] },
  {
    template: '/duties/:dutyId/performances',
    role: 'CASEWORKER',
    fields: ['performanceId', 'period', 'performedAt', 'evidence'],
  },
  {
    template: '/duties/:dutyId/failures',
    role: 'CASEWORKER',
    fields: ['failureId', 'occurredAt', 'description', 'evidence', 'adverseEffect'],
  },
  {
    template: '/accidents',
    role: 'CASEWORKER',
    fields: [
      'accidentId',
      'departmentId',
      'industry',
      'occurredAt',
      'description',
      'deaths',
      'seriousInjuries',
      'directLossYuan',
    ],
  },
  {
    template: '/accidents/:accidentId/casualty-updates',
    role: 'CASEWORKER',
    fields: ['deaths', 'seriousInjuries', 'directLossYuan', 'reason'],
  },
  {
    template: '/cases',
    role: 'CASEWORKER',
    fields: [
      'caseId',
      'kind',
      'openedByDepartmentId',
      'subjects',
      'failures',
      'accidentId',
      'summary',
    ],
  },
  { template: '/cases/:caseId/investigator', role: 'CASEWORKER', fields: ['investigatorId'] },
  { template: '/cases/:caseId/investigation', role: 'CASEWORKER', fields: [] },
  {
    template: '/cases/:caseId/evidence',
    role: 'CASEWORKER',
    fields: ['evidenceId', 'description', 'contentHash'],
  },
  { template: '/cases/:caseId/statements', role: 'CASEWORKER', fields: ['cadreId', 'statement'] },
  {
    template: '/cases/:caseId/deadline-extensions',
    role: 'CASEWORKER',
    fields: ['days', 'reason'],
  },
  {
    template: '/cases/:caseId/findings',
    role: 'SUPERVISOR',
    fields: ['cadreId', 'responsible', 'responsibilityKind', 'reasoning'],
  },
  { template: '/cases/:caseId/decision', role: 'SUPERVISOR', fields: [] },
  {
    template: '/cases/:caseId/sanctions',
    role: 'SUPERVISOR',
    fields: ['sanctionId', 'cadreId', 'sanction'],
  },
  {
    template: '/cases/:caseId/appeals',
    role: 'CASEWORKER',
    fields: ['appealId', 'cadreId', 'grounds'],
  },
  {
    template: '/cases/:caseId/appeal-decisions',
    role: 'SUPERVISOR',
    fields: ['appealId', 'outcome', 'changedSanction', 'reasoning'],
  },
  { template: '/cases/:caseId/closure', role: 'SUPERVISOR', fields: ['reason'] },
  { template: '/cases/:caseId/reopening', role: 'SUPERVISOR', fields: ['reason'] },
  {
    template: '/cadres/:cadreId/assessments/:year/assessment',
    role: 'SUPERVISOR',
    fields: ['score', 'grade', 'remarks'],
  },
  {
    template: '/cadres/:cadreId/assessments/:year/corrections',
    role: 'SUPERVISOR',
    fields: ['score', 'grade', 'remarks', 'reason'],
  },
  {
    template: '/cadres/:cadreId/assessments/:year/annual-report',
    role: 'CASEWORKER',
    fields: ['statement'],
  },
];

interface FuzzRequest {
  endpoint: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

interface Outcome {
  request: FuzzRequest;
  status: number;
  text: string;
  problem?: string;
}

const HUGE = 70 * 1024;

/** Everything random comes from here, so a seed replays the same requests. */
class Generator {
  private readonly next: () => number;

  constructor(
    seed: number,
    private readonly departmentId: string,
  ) {
    this.next = mulberry32(seed);
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  uuid(): string {
    const hex = (n: number) =>
      Array.from({ length: n }, () => '0123456789abcdef'.charAt(this.int(16))).join('');
    const variant = '89ab'.charAt(this.int(4));
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  }

  text(): string {
    return this.pick([
      '',
      ' ',
      'x',
      'NaN',
      'Infinity',
      '-Infinity',
      '-0',
      '1e999',
      '0x1F',
      'null',
      'undefined',
      'true',
      '2026-13-45T99:99:99Z',
      '2026-02-30',
      '9999-99',
      "'; DROP TABLE events; --",
      '<script>alert(1)</script>',
      '${jndi:ldap://x}',
      '\u0000\u0001\u0002\u001b[31m',
      '\u202eevil\u202c',
      '\u200b\u200d\ufeff',
      '\ud800',
      '\udfff\ud800',
      'e\u0301\u0301\u0301\u0301',
      '🧨💥🔥'.repeat(20),
      '中文字符测试',
      'ÿ'.repeat(50),
      '\\u0000',
      '%00%0a%0d',
      '../../etc/passwd',
      'x'.repeat(2001),
      this.uuid().toUpperCase(),
      this.uuid().replace(/-/g, ''),
      `${this.uuid()}x`,
      '00000000-0000-0000-0000-000000000000',
    ]);
  }

  number(): number {
    return this.pick([
      -1,
      -0.5,
      0.5,
      1.5,
      -2147483649,
      2 ** 31,
      2 ** 53 + 2,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MIN_VALUE,
      1e21,
      123456789012345680000,
    ]);
  }

  /** A deeply nested value, as JSON text. */
  deep(top = false): string {
    const depth = top ? this.pick([256, 2048, 6000]) : this.pick([8, 64, 400]);
    return this.chance(0.5)
      ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
      : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
  }

  /** A garbage JSON value, as JSON text. */
  value(depth = 0): string {
    const kind = this.int(depth > 1 ? 6 : 10);
    switch (kind) {
      case 0:
        return JSON.stringify(this.text());
      case 1:
        return JSON.stringify(this.number());
      case 2:
        return this.pick(['true', 'false', 'null', '0', '""', '[]', '{}']);
      case 3:
        return JSON.stringify(this.text());
      case 4:
        return JSON.stringify(this.uuid());
      case 5:
        return this.pick(['1e400', '-1e400', '123456789012345678901234567890', '-0', '0.0000001']);
      case 6:
        return `[${Array.from({ length: this.int(5) }, () => this.value(depth + 1)).join(',')}]`;
      case 7:
        return this.object(['a', 'b', 'id', 'name'], depth + 1);
      case 8:
        return this.deep();
      default:
        return `[${this.object(['cadreId', 'postId'], depth + 1)}]`;
    }
  }

  /** An object with some of `fields` set to garbage, and maybe extra or poisonous keys. */
  object(fields: readonly string[], depth = 0): string {
    const entries: string[] = [];
    for (const field of fields) {
      if (this.chance(0.6)) entries.push(`${JSON.stringify(field)}:${this.value(depth)}`);
    }
    if (this.chance(0.3)) entries.push(`${JSON.stringify(this.extraKey())}:${this.value(depth)}`);
    if (this.chance(0.1)) entries.unshift('"__proto__":{"polluted":true,"role":"ADMIN"}');
    if (this.chance(0.1)) entries.push('"constructor":{"prototype":{"polluted":true}}');
    if (this.chance(0.05) && fields[0]) {
      // the same key twice
      entries.push(`${JSON.stringify(fields[0])}:${this.value(depth)}`);
    }
    return `{${entries.join(',')}}`;
  }

  extraKey(): string {
    return this.pick([
      'extra',
      'isAdmin',
      'role',
      'actor',
      'metadata',
      'expectedRevision',
      '$where',
      'hasOwnProperty',
      'toString',
      'prototype',
      '__defineGetter__',
      '',
      ' ',
      '\u0000',
      'k'.repeat(5000),
      '🔑',
    ]);
  }

  /** A body that would be valid but for one unknown or poisonous property. */
  nearlyValid(endpoint: Endpoint): string {
    const base: Record<string, string> = {
      '/departments': `"name":"Fuzz","level":"MUNICIPAL","kind":"GOVERNMENT","industries":["mining"],"supervisionAuthority":false,"parentId":"${this.departmentId}"`,
      '/cadres': `"name":"Fuzz","personnelNumber":"P-FUZZ","managingDepartmentId":"${this.departmentId}"`,
      '/posts': `"departmentId":"${this.departmentId}","title":"Fuzz","rank":"DEPUTY","businessScope":["mining"]`,
      '/accidents': `"departmentId":"${this.departmentId}","industry":"mining","occurredAt":"2026-01-01T00:00:00.000Z","description":"x","deaths":1,"seriousInjuries":0,"directLossYuan":0`,
    };
    const fields = base[endpoint.template] ?? `"reason":"fuzz"`;
    const poison = this.pick([
      `"${this.extraKey().replace(/[^A-Za-z0-9_$ ]/g, '')}x":1`,
      '"__proto__":{"polluted":true}',
      '"constructor":{"prototype":{"polluted":true}}',
    ]);
    return this.chance(0.5) ? `{${poison},${fields}}` : `{${fields},${poison}}`;
  }

  body(endpoint: Endpoint): { body?: string; contentType?: string } {
    const json = 'application/json';
    switch (this.int(14)) {
      case 0:
        return { body: this.value(), contentType: json };
      case 1:
        return {
          body: this.pick([
            '{',
            '{"a":',
            '}',
            "{'reason':'x'}",
            '{reason: "x"}',
            'NaN',
            'undefined',
            '[1,2',
            '{"a":1,}',
            '\u0000',
            '\ufeff{}',
            'null',
            '""',
            '0',
            '{"a":"\\ud800"}',
            '{"a":"\\x41"}',
            `{"reason":"${'\u0001'.repeat(10)}"}`,
            '{"a":1}{"b":2}',
            '--boundary\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--boundary--',
          ]),
          contentType: this.pick([json, 'application/json; charset=utf-8']),
        };
      case 2:
        return { body: '', contentType: json };
      case 3:
        return {};
      case 4:
        return {
          body: `{"${this.pick(endpoint.fields.length ? endpoint.fields : ['reason'])}":"${'z'.repeat(HUGE)}"}`,
          contentType: json,
        };
      case 5:
        return { body: this.deep(true), contentType: json };
      case 6:
        return {
          body: this.chance(0.5) ? this.object(endpoint.fields) : 'reason=x&cadreId=y',
          contentType: this.pick([
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=boundary',
            'application/xml',
            'application/json-patch+json',
            'application/jsonx',
            'application/json; charset=utf-16',
            'application/octet-stream',
            'json',
            '*/*',
            ';;;',
            'application/json, text/plain',
          ]),
        };
      case 7:
        return { body: this.nearlyValid(endpoint), contentType: json };
      case 8:
        return { body: `[${this.object(endpoint.fields)}]`, contentType: json };
      default:
        return { body: this.object(endpoint.fields), contentType: json };
    }
  }

  param(name: string): string {
    if (name === 'year') {
      return this.chance(0.5)
        ? String(2000 + this.int(40))
        : this.pick([
            '-1',
            '0',
            '1e3',
            '2026.5',
            'NaN',
            'Infinity',
            '99999999999999999999',
            '0x7EA',
            '２０２６',
            '%20',
            '2026%00',
            'year',
          ]);
    }
    if (this.chance(0.5)) return this.uuid();
    return this.pick([
      'not-a-uuid',
      '1',
      '-1',
      'null',
      'undefined',
      '__proto__',
      'constructor',
      'a'.repeat(199),
      'a'.repeat(201),
      'b'.repeat(5000),
      '%ZZ',
      '%',
      '%E0%A4%A',
      '%00',
      '%0A%0D',
      '%2F..%2F..%2Fhealth',
      '%F0%9F%92%A5',
      encodeURIComponent('中文'),
      encodeURIComponent('\u202e'),
      this.uuid().toUpperCase(),
      this.uuid().replace('-4', '-1'),
      `${this.uuid()}%20`,
      `{${this.uuid()}}`,
      '00000000-0000-0000-0000-000000000000',
      "'%20OR%201=1",
    ]);
  }

  /** Header values stay within what an HTTP client can send at all (no CR, LF or NUL). */
  headers(token: string, contentType: string | undefined): Record<string, string> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (contentType !== undefined) headers['content-type'] = contentType;
    if (this.chance(0.3)) {
      headers['if-match'] = this.pick([
        'garbage',
        '"abc"',
        '-1',
        '"-1"',
        '*',
        'W/',
        'W/"',
        '""',
        '"1", "2"',
        '99999999999999999999',
        '"1234567890123456789"',
        '1.5',
        '0x10',
        'ÿÿÿ',
        '"3"',
        'W/"7"',
        '\t"1"\t',
        'x'.repeat(8000),
      ]);
    }
    if (this.chance(0.3)) {
      headers['idempotency-key'] = this.pick([
        'k'.repeat(101),
        'k'.repeat(4000),
        'short',
        '',
        'has spaces in it',
        'semi;colon;key',
        'quote"key"value',
        'slash/key/value',
        'clé-avec-accent',
        '<script>alert(1)</script>',
        '../../../../etc/passwd',
        `${this.uuid()}!`,
        this.uuid(),
      ]);
    }
    if (this.chance(0.3)) {
      headers['x-correlation-id'] = this.pick([
        '',
        ' ',
        'c'.repeat(101),
        'c'.repeat(6000),
        'with space',
        'ünïcödé',
        '{"a":1}',
        '$(rm -rf /)',
        'a,b',
        this.uuid(),
      ]);
    }
    return headers;
  }

  request(tokens: Record<Role, string>): FuzzRequest {
    const endpoint = this.pick(ENDPOINTS);
    const path = endpoint.template.replace(/:([a-zA-Z]+)/g, (_, name: string) => this.param(name));
    const { body, contentType } = this.body(endpoint);
    return {
      endpoint: endpoint.template,
      path,
      headers: this.headers(tokens[endpoint.role], contentType),
      body,
    };
  }
}

async function send(url: string, request: FuzzRequest): Promise<Outcome> {
  const response = await fetch(`${url}${request.path}`, {
    method: 'POST',
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  const outcome: Outcome = { request, status: response.status, text };
  if (response.status >= 500) return { ...outcome, problem: `status ${response.status}` };
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) return { ...outcome, problem: `content-type ${type}` };
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || !('code' in parsed)) {
      return { ...outcome, problem: 'no code field' };
    }
    if (typeof parsed.code !== 'string') return { ...outcome, problem: 'code is not a string' };
  } catch {
    return { ...outcome, problem: 'body is not JSON' };
  }
  if (response.status < 400) return { ...outcome, problem: `accepted with ${response.status}` };
  return outcome;
}

/** Sends every request with at most `limit` in flight. */
async function pool(
  url: string,
  requests: readonly FuzzRequest[],
  limit: number,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++];
      if (request === undefined) break;
      try {
        outcomes.push(await send(url, request));
      } catch (error) {
        outcomes.push({
          request,
          status: 0,
          text: '',
          problem: `transport: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return outcomes;
}

const show = (outcome: Outcome): string => {
  const { request } = outcome;
  const clip = (text: string | undefined) =>
    text === undefined ? '(none)' : text.length > 160 ? `${text.slice(0, 160)}…` : text;
  return [
    `${outcome.problem ?? ''}: POST ${clip(request.path)} (${request.endpoint})`,
    `  headers ${clip(JSON.stringify({ ...request.headers, authorization: '…' }))}`,
    `  body ${clip(request.body)}`,
    `  answered ${outcome.status} ${clip(outcome.text)}`,
  ].join('\n');
};

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
    const generator = new Generator(SEED, String(department.body.id));
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
  }, 60_000);
});

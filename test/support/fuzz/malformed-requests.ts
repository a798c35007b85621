import type { Role } from '@dutyledger/auth';
import { ENDPOINTS, type Endpoint } from './command-endpoints';
import { MalformedValues } from './malformed-values';

export interface FuzzRequest {
  endpoint: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Larger than the 64 KiB body limit. */
const HUGE = 70 * 1024;

/** Whole malformed requests: bodies, content types, path parameters and headers. */
export class MalformedRequests extends MalformedValues {
  constructor(
    seed: number,
    /** A department that exists, so that nearly valid bodies reach the domain. */
    private readonly departmentId: string,
  ) {
    super(seed);
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

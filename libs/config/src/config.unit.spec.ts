import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_COMPLIANCE_WEIGHTS } from '@dutyledger/domain';
import { CONFIG_VARIABLES, loadConfig } from './config';
import { ConfigError } from './config-shape';
import type { ConfigProblem } from './config-problems';

function problemsOf(env: Record<string, string>): readonly ConfigProblem[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const oneOf = (variable: string, value: string, allowed: string) => ({
  code: 'config.oneOf',
  values: { variable, value, allowed },
});
const notInteger = (variable: string, value: string, min: number, max: number) => ({
  code: 'config.notInteger',
  values: { variable, value, min: String(min), max: String(max) },
});
const urlScheme = (variable: string, schemes: string) => ({
  code: 'config.urlScheme',
  values: { variable, schemes },
});
const pairNameUnknown = (variable: string, name: string) => ({
  code: 'config.pairNameUnknown',
  values: { variable, name, allowed: expect.stringContaining('SUSPENSION') as unknown },
});

describe('configuration', () => {
  it('defaults to the embedded stores under ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.eventStore).toEqual({ kind: 'sqlite', file: resolve('data/events.db') });
    expect(config.readModels).toEqual({ kind: 'sqlite', file: resolve('data/read-models.db') });
    expect(config.http).toEqual({
      host: '127.0.0.1',
      port: 3000,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 72_000,
      timeoutCheckIntervalMs: 1_000,
      maxConnections: 1_000,
    });
    expect(config.runProjector).toBe(true);
    expect(config.log).toEqual({ level: 'info', format: 'json' });
  });

  it('reads the log level and format, and names a bad one with what it accepts', () => {
    expect(
      loadConfig({ DUTYLEDGER_LOG_LEVEL: 'debug', DUTYLEDGER_LOG_FORMAT: 'pretty' }).log,
    ).toEqual({ level: 'debug', format: 'pretty' });
    expect(problemsOf({ DUTYLEDGER_LOG_LEVEL: 'verbose', DUTYLEDGER_LOG_FORMAT: 'text' })).toEqual([
      oneOf('DUTYLEDGER_LOG_LEVEL', 'verbose', 'fatal, error, warn, info, debug, trace, silent'),
      oneOf('DUTYLEDGER_LOG_FORMAT', 'text', 'json, pretty'),
    ]);
  });

  it('reads EventStoreDB and PostgreSQL settings', () => {
    const config = loadConfig({
      DUTYLEDGER_EVENT_STORE: 'eventstoredb',
      DUTYLEDGER_EVENTSTORE_URL: 'esdb://eventstore:2113?tls=false',
      DUTYLEDGER_READ_MODELS: 'postgres',
      DUTYLEDGER_READ_MODELS_URL: 'postgres://postgres@db:5432/dutyledger',
      DUTYLEDGER_RUN_PROJECTOR: 'false',
      PORT: '8080',
    });
    expect(config.eventStore).toEqual({
      kind: 'eventstoredb',
      url: 'esdb://eventstore:2113?tls=false',
    });
    expect(config.readModels).toEqual({
      kind: 'postgres',
      url: 'postgres://postgres@db:5432/dutyledger',
    });
    expect(config.runProjector).toBe(false);
    expect(config.http.port).toBe(8080);
  });

  it('names each bad variable and what it accepts, all at once', () => {
    const problems = problemsOf({
      DUTYLEDGER_EVENT_STORE: 'mongodb',
      DUTYLEDGER_READ_MODELS: 'postgres',
      PORT: 'eighty',
      DUTYLEDGER_RUN_PROJECTOR: 'yes',
    });
    expect(problems).toEqual([
      oneOf('DUTYLEDGER_EVENT_STORE', 'mongodb', 'sqlite, eventstoredb'),
      {
        code: 'config.requiredWhen',
        values: {
          variable: 'DUTYLEDGER_READ_MODELS_URL',
          when: 'DUTYLEDGER_READ_MODELS=postgres',
          example: 'postgres://host:port',
        },
      },
      oneOf('DUTYLEDGER_RUN_PROJECTOR', 'yes', 'true, false'),
      notInteger('PORT', 'eighty', 0, 65535),
    ]);
  });

  it('rejects a connection string of the wrong kind', () => {
    expect(
      problemsOf({
        DUTYLEDGER_EVENT_STORE: 'eventstoredb',
        DUTYLEDGER_EVENTSTORE_URL: 'http://localhost:2113',
      }),
    ).toEqual([urlScheme('DUTYLEDGER_EVENTSTORE_URL', 'esdb:, esdb+discover:')]);
  });

  it('accepts EventStoreDB clusters: gossip seeds and DNS discovery', () => {
    const accepted = [
      'esdb+discover://eventstore.internal:2113?tls=true',
      'esdb://node1:2113,node2:2113,node3:2113?tls=false&nodePreference=leader',
      'esdb+discover://admin:changeit@node1:2113,node2:2113,node3:2113?tls=false',
      'esdb://[::1]:2113?tls=false',
    ];
    for (const url of accepted) {
      const config = loadConfig({
        DUTYLEDGER_EVENT_STORE: 'eventstoredb',
        DUTYLEDGER_EVENTSTORE_URL: url,
      });
      expect(config.eventStore).toEqual({ kind: 'eventstoredb', url });
    }
  });

  it('rejects an EventStoreDB host list that is not one', () => {
    for (const url of ['esdb://node1:2113,,node2:2113', 'esdb://bad host:2113', 'esdb://']) {
      expect(
        problemsOf({ DUTYLEDGER_EVENT_STORE: 'eventstoredb', DUTYLEDGER_EVENTSTORE_URL: url }),
      ).toEqual([
        { code: 'config.eventStoreUrlForm', values: { variable: 'DUTYLEDGER_EVENTSTORE_URL' } },
      ]);
    }
  });

  it('reads the projection lease period and refuses one out of range', () => {
    expect(loadConfig({}).projectionLeaseMs).toBe(3000);
    expect(loadConfig({ DUTYLEDGER_PROJECTION_LEASE_MS: '1500' }).projectionLeaseMs).toBe(1500);
    expect(problemsOf({ DUTYLEDGER_PROJECTION_LEASE_MS: '50' })).toEqual([
      notInteger('DUTYLEDGER_PROJECTION_LEASE_MS', '50', 300, 600_000),
    ]);
  });

  it('rejects a JWT public key that is not a PEM public key', () => {
    expect(
      problemsOf({
        DUTYLEDGER_JWT_PUBLIC_KEY: 'secret',
        DUTYLEDGER_JWT_ISSUER: 'https://idp.example',
        DUTYLEDGER_JWT_AUDIENCE: 'dutyledger',
      }),
    ).toEqual([{ code: 'config.notPublicKey', values: { variable: 'DUTYLEDGER_JWT_PUBLIC_KEY' } }]);
  });

  it('requires the issuer and audience with an identity provider, and one way to its keys', () => {
    const pem = '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----';
    const needs = (variable: string) => ({
      code: 'config.identityProviderNeeds',
      values: {
        variable,
        publicKey: 'DUTYLEDGER_JWT_PUBLIC_KEY',
        jwksUrl: 'DUTYLEDGER_JWT_JWKS_URL',
      },
    });
    expect(problemsOf({ DUTYLEDGER_JWT_PUBLIC_KEY: pem })).toEqual([
      needs('DUTYLEDGER_JWT_ISSUER'),
      needs('DUTYLEDGER_JWT_AUDIENCE'),
    ]);
    expect(
      problemsOf({
        DUTYLEDGER_JWT_PUBLIC_KEY: pem,
        DUTYLEDGER_JWT_JWKS_URL: 'ftp://idp.example/keys',
        DUTYLEDGER_JWT_ISSUER: 'https://idp.example',
        DUTYLEDGER_JWT_AUDIENCE: 'dutyledger',
      }),
    ).toEqual([
      urlScheme('DUTYLEDGER_JWT_JWKS_URL', 'https:, http:'),
      {
        code: 'config.identityProviderTwice',
        values: { variable: 'DUTYLEDGER_JWT_JWKS_URL', other: 'DUTYLEDGER_JWT_PUBLIC_KEY' },
      },
    ]);
    const config = loadConfig({
      DUTYLEDGER_JWT_JWKS_URL: 'https://idp.example/.well-known/jwks.json',
      DUTYLEDGER_JWT_ISSUER: 'https://idp.example',
      DUTYLEDGER_JWT_AUDIENCE: 'dutyledger',
      DUTYLEDGER_JWT_MAX_LIFETIME_SECONDS: '3600',
      DUTYLEDGER_JWT_CLOCK_SKEW_SECONDS: '5',
    });
    expect(config.auth).toEqual({
      jwksUrl: 'https://idp.example/.well-known/jwks.json',
      issuer: 'https://idp.example',
      audience: 'dutyledger',
      maxLifetimeSeconds: 3600,
      clockSkewSeconds: 5,
      jwksCooldownSeconds: 30,
    });
  });

  it('takes influence periods of measures that differ from the defaults, PERMANENT included', () => {
    const config = loadConfig({
      DUTYLEDGER_SANCTION_INFLUENCE_MONTHS:
        'SUSPENSION=18, DEMOTION=0, DISMISSAL_FROM_POST=PERMANENT',
    });
    expect(config.policy.sanctionInfluenceMonths).toEqual({
      SUSPENSION: 18,
      DEMOTION: 0,
      DISMISSAL_FROM_POST: 'PERMANENT',
    });
    expect(loadConfig({}).policy.sanctionInfluenceMonths).toEqual({});
  });

  it('names an unknown measure, a referral (no influence period) and a bad number of months', () => {
    expect(
      problemsOf({
        DUTYLEDGER_SANCTION_INFLUENCE_MONTHS: 'FINE=3,SUSPENSION=-1,REFERRAL_TO_JUDICIAL_ORGANS=12',
      }),
    ).toEqual([
      pairNameUnknown('DUTYLEDGER_SANCTION_INFLUENCE_MONTHS', 'FINE'),
      {
        code: 'config.pairNotMonths',
        values: {
          variable: 'DUTYLEDGER_SANCTION_INFLUENCE_MONTHS',
          name: 'SUSPENSION',
          value: '-1',
        },
      },
      pairNameUnknown('DUTYLEDGER_SANCTION_INFLUENCE_MONTHS', 'REFERRAL_TO_JUDICIAL_ORGANS'),
    ]);
  });

  it('reads the calendar in Beijing time unless another IANA zone is configured', () => {
    expect(loadConfig({}).timeZone).toBe('Asia/Shanghai');
    expect(loadConfig({ DUTYLEDGER_TIME_ZONE: 'Asia/Urumqi' }).timeZone).toBe('Asia/Urumqi');
    expect(problemsOf({ DUTYLEDGER_TIME_ZONE: 'Beijing' })).toEqual([
      {
        code: 'config.timeZoneUnknown',
        values: { variable: 'DUTYLEDGER_TIME_ZONE', value: 'Beijing' },
      },
    ]);
  });

  it('gives subjects 5 days to answer a hearing notice unless configured, within 1–90', () => {
    expect(loadConfig({}).policy.hearingResponseDays).toBe(5);
    expect(loadConfig({ DUTYLEDGER_HEARING_RESPONSE_DAYS: '10' }).policy.hearingResponseDays).toBe(
      10,
    );
    expect(problemsOf({ DUTYLEDGER_HEARING_RESPONSE_DAYS: '0' })).toEqual([
      notInteger('DUTYLEDGER_HEARING_RESPONSE_DAYS', '0', 1, 90),
    ]);
  });

  it('grades assessments with the default bands unless told otherwise, and refuses bands out of order', () => {
    expect(loadConfig({}).policy.gradeBands).toEqual({
      EXCELLENT: 90,
      COMPETENT: 75,
      BASICALLY_COMPETENT: 60,
    });
    expect(
      loadConfig({ DUTYLEDGER_ASSESSMENT_GRADE_BANDS: 'EXCELLENT=95,COMPETENT=80' }).policy
        .gradeBands,
    ).toEqual({ EXCELLENT: 95, COMPETENT: 80, BASICALLY_COMPETENT: 60 });
    const variable = 'DUTYLEDGER_ASSESSMENT_GRADE_BANDS';
    expect(problemsOf({ DUTYLEDGER_ASSESSMENT_GRADE_BANDS: 'COMPETENT=95' })).toEqual([
      { code: 'config.gradeBandsOrder', values: { variable } },
    ]);
    expect(problemsOf({ DUTYLEDGER_ASSESSMENT_GRADE_BANDS: 'EXCELLENT=101' })).toEqual([
      { code: 'config.pairNotScore', values: { variable, name: 'EXCELLENT', value: '101' } },
    ]);
  });

  it('weighs the compliance indicators with the defaults unless told otherwise', () => {
    expect(loadConfig({}).policy.complianceWeights).toEqual(DEFAULT_COMPLIANCE_WEIGHTS);
    const config = loadConfig({ DUTYLEDGER_COMPLIANCE_WEIGHTS: 'coverage=1,cases=0' });
    expect(config.policy.complianceWeights).toEqual({
      ...DEFAULT_COMPLIANCE_WEIGHTS,
      coverage: 1,
      cases: 0,
    });
  });

  it('refuses compliance weights that are not numbers, unknown, or all zero', () => {
    const variable = 'DUTYLEDGER_COMPLIANCE_WEIGHTS';
    expect(problemsOf({ DUTYLEDGER_COMPLIANCE_WEIGHTS: 'coverage=much,speed=1' })).toEqual([
      { code: 'config.pairNotWeight', values: { variable, name: 'coverage', value: 'much' } },
      {
        code: 'config.pairNameUnknown',
        values: {
          variable,
          name: 'speed',
          allowed: 'performance, coverage, failures, accidents, cases',
        },
      },
    ]);
    expect(
      problemsOf({
        DUTYLEDGER_COMPLIANCE_WEIGHTS: 'performance=0,coverage=0,failures=0,accidents=0,cases=0',
      }),
    ).toEqual([{ code: 'config.weightsAllZero', values: { variable } }]);
  });

  it('reads the HTTP timeouts and the connection cap, and refuses values out of range', () => {
    const config = loadConfig({
      DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS: '2000',
      DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS: '4000',
      DUTYLEDGER_HTTP_KEEP_ALIVE_TIMEOUT_MS: '1500',
      DUTYLEDGER_HTTP_TIMEOUT_CHECK_INTERVAL_MS: '250',
      DUTYLEDGER_HTTP_MAX_CONNECTIONS: '200',
    });
    expect(config.http).toMatchObject({
      headersTimeoutMs: 2000,
      requestTimeoutMs: 4000,
      keepAliveTimeoutMs: 1500,
      timeoutCheckIntervalMs: 250,
      maxConnections: 200,
    });
    expect(
      problemsOf({
        DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS: '0',
        DUTYLEDGER_HTTP_MAX_CONNECTIONS: 'many',
      }),
    ).toEqual([
      notInteger('DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS', '0', 100, 600_000),
      notInteger('DUTYLEDGER_HTTP_MAX_CONNECTIONS', 'many', 1, 1_000_000),
    ]);
    expect(
      problemsOf({
        DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS: '60000',
        DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS: '30000',
      }),
    ).toEqual([
      {
        code: 'config.requestTimeoutBelowHeaders',
        values: {
          variable: 'DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS',
          headers: 'DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS',
        },
      },
    ]);
  });

  it('checks a connection string whenever it is set, even for a store not chosen', () => {
    expect(
      problemsOf({
        DUTYLEDGER_EVENTSTORE_URL: 'http://localhost:2113',
        DUTYLEDGER_READ_MODELS_URL: 'mysql://db',
      }),
    ).toEqual([
      urlScheme('DUTYLEDGER_EVENTSTORE_URL', 'esdb:, esdb+discover:'),
      urlScheme('DUTYLEDGER_READ_MODELS_URL', 'postgres:, postgresql:'),
    ]);
  });

  it('names the codes of the problems in its message, for a log line', () => {
    try {
      loadConfig({ PORT: 'eighty' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toBe(
        'Invalid configuration:\n  - config.notInteger PORT value="eighty" min="0" max="65535"',
      );
      return;
    }
    throw new Error('expected a ConfigError');
  });

  it('counts an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DUTYLEDGER_EVENT_STORE: '', DUTYLEDGER_TIME_ZONE: '' })).toEqual(
      loadConfig({}),
    );
  });

  it('lists in the README every variable it reads, and reads every variable the README lists', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'));
    const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| variable |')));
    const listed = new Set(
      [...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap(([, cell = '']) =>
        [...cell.matchAll(/`([A-Z_]+)`/g)].map(([, name]) => name),
      ),
    );
    expect([...listed].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});

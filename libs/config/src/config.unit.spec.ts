import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_COMPLIANCE_WEIGHTS } from '@dutyledger/domain';
import { CONFIG_VARIABLES, loadConfig } from './config';
import { ConfigError } from './config-shape';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

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
      'DUTYLEDGER_LOG_LEVEL="verbose" is not accepted; use one of: fatal, error, warn, info, debug, trace, silent',
      'DUTYLEDGER_LOG_FORMAT="text" is not accepted; use one of: json, pretty',
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
      'DUTYLEDGER_EVENT_STORE="mongodb" is not accepted; use one of: sqlite, eventstoredb',
      'DUTYLEDGER_READ_MODELS_URL is required when DUTYLEDGER_READ_MODELS=postgres; e.g. postgres://host:port',
      'DUTYLEDGER_RUN_PROJECTOR="yes" is not accepted; use one of: true, false',
      'PORT="eighty" must be a whole number from 0 to 65535',
    ]);
  });

  it('rejects a connection string of the wrong kind', () => {
    expect(
      problemsOf({
        DUTYLEDGER_EVENT_STORE: 'eventstoredb',
        DUTYLEDGER_EVENTSTORE_URL: 'http://localhost:2113',
      }),
    ).toEqual(['DUTYLEDGER_EVENTSTORE_URL must be a URL starting with esdb: or esdb+discover:']);
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
        'DUTYLEDGER_EVENTSTORE_URL must be esdb://host:port[,host:port…][?settings] or esdb+discover://host:port[…][?settings]',
      ]);
    }
  });

  it('reads the projection lease period and refuses one out of range', () => {
    expect(loadConfig({}).projectionLeaseMs).toBe(3000);
    expect(loadConfig({ DUTYLEDGER_PROJECTION_LEASE_MS: '1500' }).projectionLeaseMs).toBe(1500);
    expect(problemsOf({ DUTYLEDGER_PROJECTION_LEASE_MS: '50' })).toEqual([
      'DUTYLEDGER_PROJECTION_LEASE_MS="50" must be a whole number from 300 to 600000',
    ]);
  });

  it('rejects a JWT public key that is not a PEM public key', () => {
    expect(
      problemsOf({
        DUTYLEDGER_JWT_PUBLIC_KEY: 'secret',
        DUTYLEDGER_JWT_ISSUER: 'https://idp.example',
        DUTYLEDGER_JWT_AUDIENCE: 'dutyledger',
      }),
    ).toEqual(['DUTYLEDGER_JWT_PUBLIC_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)']);
  });

  it('requires the issuer and audience with an identity provider, and one way to its keys', () => {
    const pem = '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----';
    expect(problemsOf({ DUTYLEDGER_JWT_PUBLIC_KEY: pem })).toEqual([
      expect.stringMatching(/^DUTYLEDGER_JWT_ISSUER is required with an identity provider/),
      expect.stringMatching(/^DUTYLEDGER_JWT_AUDIENCE is required with an identity provider/),
    ]);
    expect(
      problemsOf({
        DUTYLEDGER_JWT_PUBLIC_KEY: pem,
        DUTYLEDGER_JWT_JWKS_URL: 'ftp://idp.example/keys',
        DUTYLEDGER_JWT_ISSUER: 'https://idp.example',
        DUTYLEDGER_JWT_AUDIENCE: 'dutyledger',
      }),
    ).toEqual([
      'DUTYLEDGER_JWT_JWKS_URL must be a URL starting with https: or http:',
      'Set one of DUTYLEDGER_JWT_PUBLIC_KEY and DUTYLEDGER_JWT_JWKS_URL, not both',
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
      expect.stringContaining('DUTYLEDGER_SANCTION_INFLUENCE_MONTHS: "FINE" is not one of'),
      'DUTYLEDGER_SANCTION_INFLUENCE_MONTHS: SUSPENSION="-1" must be a whole number of months from 0 to 999, or PERMANENT',
      expect.stringContaining(
        'DUTYLEDGER_SANCTION_INFLUENCE_MONTHS: "REFERRAL_TO_JUDICIAL_ORGANS" is not one of',
      ),
    ]);
  });

  it('reads the calendar in Beijing time unless another IANA zone is configured', () => {
    expect(loadConfig({}).timeZone).toBe('Asia/Shanghai');
    expect(loadConfig({ DUTYLEDGER_TIME_ZONE: 'Asia/Urumqi' }).timeZone).toBe('Asia/Urumqi');
    expect(problemsOf({ DUTYLEDGER_TIME_ZONE: 'Beijing' })).toEqual([
      'DUTYLEDGER_TIME_ZONE="Beijing" is not an IANA time zone this runtime knows, e.g. Asia/Shanghai',
    ]);
  });

  it('gives subjects 5 days to answer a hearing notice unless configured, within 1–90', () => {
    expect(loadConfig({}).policy.hearingResponseDays).toBe(5);
    expect(loadConfig({ DUTYLEDGER_HEARING_RESPONSE_DAYS: '10' }).policy.hearingResponseDays).toBe(
      10,
    );
    expect(problemsOf({ DUTYLEDGER_HEARING_RESPONSE_DAYS: '0' })).toEqual([
      'DUTYLEDGER_HEARING_RESPONSE_DAYS="0" must be a whole number from 1 to 90',
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
    expect(problemsOf({ DUTYLEDGER_ASSESSMENT_GRADE_BANDS: 'COMPETENT=95' })).toEqual([
      'DUTYLEDGER_ASSESSMENT_GRADE_BANDS: the lowest scores must fall from EXCELLENT to COMPETENT to BASICALLY_COMPETENT, above 0',
    ]);
    expect(problemsOf({ DUTYLEDGER_ASSESSMENT_GRADE_BANDS: 'EXCELLENT=101' })).toEqual([
      'DUTYLEDGER_ASSESSMENT_GRADE_BANDS: EXCELLENT="101" must be a whole number from 1 to 100',
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
    expect(problemsOf({ DUTYLEDGER_COMPLIANCE_WEIGHTS: 'coverage=much,speed=1' })).toEqual([
      'DUTYLEDGER_COMPLIANCE_WEIGHTS: coverage="much" must be a number from 0 upwards',
      'DUTYLEDGER_COMPLIANCE_WEIGHTS: "speed" is not one of performance, coverage, failures, accidents, cases',
    ]);
    expect(
      problemsOf({
        DUTYLEDGER_COMPLIANCE_WEIGHTS: 'performance=0,coverage=0,failures=0,accidents=0,cases=0',
      }),
    ).toEqual(['DUTYLEDGER_COMPLIANCE_WEIGHTS: at least one weight must be above 0']);
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
      'DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS="0" must be a whole number from 100 to 600000',
      'DUTYLEDGER_HTTP_MAX_CONNECTIONS="many" must be a whole number from 1 to 1000000',
    ]);
    expect(
      problemsOf({
        DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS: '60000',
        DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS: '30000',
      }),
    ).toEqual([
      'DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS must not exceed DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS (the headers are part of the request)',
    ]);
  });

  it('checks a connection string whenever it is set, even for a store not chosen', () => {
    expect(
      problemsOf({
        DUTYLEDGER_EVENTSTORE_URL: 'http://localhost:2113',
        DUTYLEDGER_READ_MODELS_URL: 'mysql://db',
      }),
    ).toEqual([
      'DUTYLEDGER_EVENTSTORE_URL must be a URL starting with esdb: or esdb+discover:',
      'DUTYLEDGER_READ_MODELS_URL must be a URL starting with postgres: or postgresql:',
    ]);
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

import { resolve } from 'node:path';
import {
  COMPLIANCE_INDICATORS,
  type ComplianceWeights,
  DEFAULT_GRADE_BANDS,
  DEFAULT_TIME_ZONE,
  type GradeBands,
  type InfluencePeriod,
  MEASURES,
  type Measure,
  complianceWeights as weighing,
  isTimeZone,
} from '@dutyledger/domain';

export type EventStoreKind = 'sqlite' | 'eventstoredb';
export type ReadModelKind = 'sqlite' | 'postgres';

export interface DutyLedgerConfig {
  eventStore: { kind: 'sqlite'; file: string } | { kind: 'eventstoredb'; url: string };
  readModels: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  dataDir: string;
  http: HttpConfig;
  /** Run the projections inside the api process (the embedded default). */
  runProjector: boolean;
  /**
   * With runProjector, `npm start` runs the projector as a child process of its own (default)
   * rather than on the api's event loop (DUTYLEDGER_PROJECTOR=child|in-process).
   */
  projectorProcess: boolean;
  /** The jurisdiction's IANA time zone: months, years, deadlines in days, date-only inputs. */
  timeZone: string;
  /** Readiness (`GET /health/ready`): the most events any projection may lag behind. */
  readyMaxLag: number;
  checkpoints: CheckpointConfig;
  auth: AuthConfig;
  /**
   * How long a projector's lease on a projection lasts without renewal (renewed three times per
   * period): the longest another projector process waits before taking over from a dead one.
   */
  projectionLeaseMs: number;
  /** A file the projector process touches every few seconds while it works (health checks). */
  healthFile?: string;
  log: LogConfig;
  policy: {
    appealWindowDays: number;
    hearingResponseDays: number;
    /** Influence periods that differ from the domain's defaults, per measure. */
    sanctionInfluenceMonths: Partial<Record<Measure, InfluencePeriod>>;
    /** Lowest score of each assessment grade (the domain's defaults for any not named). */
    gradeBands: GradeBands;
    /** Weights of the comprehensive assessment's indicators (README, "Compliance score"). */
    complianceWeights: ComplianceWeights;
  };
}

/** Signed checkpoints of the whole log (README, "Signed checkpoints"). */
export interface CheckpointConfig {
  /** The Ed25519 private key (PEM) that signs them; created 600 on first use when absent. */
  keyFile: string;
  /** Where the latest one is kept with its stream heads, beside the copy in the store. */
  file: string;
  /** How often the api records one when the log has moved; 0 never (the CLI still can). */
  intervalSeconds: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What the processes log, and how (README, "Logs and metrics"). */
export interface LogConfig {
  /** The least severe level written; `silent` writes nothing. */
  level: LogLevel;
  /** `json`: one JSON object a line, for collectors; `pretty`: coloured lines, for a person. */
  format: 'json' | 'pretty';
}

/** How bearer tokens are verified (README, "Signing in"). */
export interface AuthConfig {
  /** The identity provider's RS256 public key (PEM). */
  publicKeyPem?: string;
  /** Or where the identity provider publishes its keys (JWKS): rotation is followed. */
  jwksUrl?: string;
  /** Required with an identity provider: a token for another application is refused. */
  audience?: string;
  issuer?: string;
  /** The longest a token may live, from its `iat` (or from now) to its `exp`. */
  maxLifetimeSeconds: number;
  /** How far the issuer's clock may be from ours, for `exp`, `nbf` and `iat`. */
  clockSkewSeconds: number;
  /** The least time between two fetches of the key set when a token names an unknown key. */
  jwksCooldownSeconds: number;
}

/** The listening socket and how long a client may take (README, "Configuration"). */
export interface HttpConfig {
  host: string;
  port: number;
  /** Time to receive a request's headers; a slower client is answered 408 and closed. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, headers and body. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection is kept open between requests. */
  keepAliveTimeoutMs: number;
  /** How often the server looks for connections past those timeouts. */
  timeoutCheckIntervalMs: number;
  /** Open connections at most; more are closed at once, so sockets cannot exhaust the files. */
  maxConnections: number;
}

/** Every bad variable at once, each with what it accepts. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function oneOf<T extends string>(
  env: Env,
  name: string,
  accepted: readonly T[],
  fallback: T,
  problems: string[],
): T {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if ((accepted as readonly string[]).includes(value)) return value as T;
  problems.push(`${name}="${value}" is not accepted; use one of: ${accepted.join(', ')}`);
  return fallback;
}

function integer(
  env: Env,
  name: string,
  fallback: number,
  [min, max]: [number, number],
  problems: string[],
): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
    problems.push(`${name}="${value}" must be a whole number from ${min} to ${max}`);
    return fallback;
  }
  return parsed;
}

function url(
  env: Env,
  name: string,
  schemes: readonly string[],
  requiredBecause: string,
  problems: string[],
): string {
  const value = env[name];
  if (value === undefined || value === '') {
    problems.push(`${name} is required when ${requiredBecause}; e.g. ${schemes[0]}//host:port`);
    return '';
  }
  let protocol: string | undefined;
  try {
    protocol = new URL(value).protocol;
  } catch {
    protocol = undefined;
  }
  if (!protocol || !schemes.includes(protocol)) {
    problems.push(`${name} must be a URL starting with ${schemes.join(' or ')}`);
  }
  return value;
}

const ESDB_HOST = String.raw`(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?`;
const ESDB_CONNECTION = new RegExp(
  String.raw`^esdb(?:\+discover)?://(?:[^@/?#\s]+@)?${ESDB_HOST}(?:,${ESDB_HOST})*/?(?:\?[^\s#]*)?$`,
);

/**
 * An EventStoreDB connection string: `esdb://` with one node or a list of gossip seeds
 * (`host:port,host:port,…`), or `esdb+discover://` with a cluster's DNS name or seeds, then
 * settings such as `?tls=false&nodePreference=leader`. A list of hosts is not a URL, so this is
 * checked by pattern rather than with URL.
 */
function eventStoreUrl(env: Env, problems: string[]): string {
  const name = 'DUTYLEDGER_EVENTSTORE_URL';
  const value = env[name];
  if (value === undefined || value === '') {
    problems.push(
      `${name} is required when DUTYLEDGER_EVENT_STORE=eventstoredb; e.g. esdb://host:2113?tls=false`,
    );
    return '';
  }
  if (!/^esdb(\+discover)?:\/\//.test(value)) {
    problems.push(`${name} must be a URL starting with esdb: or esdb+discover:`);
  } else if (!ESDB_CONNECTION.test(value)) {
    problems.push(
      `${name} must be esdb://host:port[,host:port…][?settings] or esdb+discover://host:port[…][?settings]`,
    );
  }
  return value;
}

/** `NAME=value,NAME=value` pairs whose names are `names` and values pass `parse`. */
function pairs<Name extends string, Value>(
  env: Env,
  variable: string,
  names: readonly Name[],
  parse: (value: string) => Value | undefined,
  rule: string,
  problems: string[],
): Partial<Record<Name, Value>> {
  const raw = env[variable];
  const result: Partial<Record<Name, Value>> = {};
  if (raw === undefined || raw.trim() === '') return result;
  for (const pair of raw.split(',')) {
    const [name = '', value = ''] = pair.split('=').map((part) => part.trim());
    const parsed = parse(value);
    if (!(names as readonly string[]).includes(name)) {
      problems.push(`${variable}: "${name}" is not one of ${names.join(', ')}`);
    } else if (parsed === undefined) {
      problems.push(`${variable}: ${name}="${value}" must be ${rule}`);
    } else {
      result[name as Name] = parsed;
    }
  }
  return result;
}

/** The weights of the compliance score (the domain's policy), as the variable overrides them. */
function complianceWeights(env: Env, problems: string[]): ComplianceWeights {
  const before = problems.length;
  const given = pairs(
    env,
    'DUTYLEDGER_COMPLIANCE_WEIGHTS',
    COMPLIANCE_INDICATORS,
    (value) => (/^\d+(\.\d+)?$/.test(value) ? Number(value) : undefined),
    'a number from 0 upwards',
    problems,
  );
  if (problems.length > before) return weighing();
  try {
    return weighing(given);
  } catch {
    problems.push('DUTYLEDGER_COMPLIANCE_WEIGHTS: at least one weight must be above 0');
    return weighing();
  }
}

const GRADED = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT'] as const;

/** Lowest scores of the grades, falling from EXCELLENT, within 1–100. */
function gradeBands(env: Env, problems: string[]): GradeBands {
  const before = problems.length;
  const given = pairs(
    env,
    'DUTYLEDGER_ASSESSMENT_GRADE_BANDS',
    GRADED,
    (value) => (/^\d{1,3}$/.test(value) && Number(value) <= 100 ? Number(value) : undefined),
    'a whole number from 1 to 100',
    problems,
  );
  const bands = { ...DEFAULT_GRADE_BANDS, ...given };
  const falling =
    bands.EXCELLENT > bands.COMPETENT &&
    bands.COMPETENT > bands.BASICALLY_COMPETENT &&
    bands.BASICALLY_COMPETENT > 0;
  if (problems.length === before && !falling) {
    problems.push(
      'DUTYLEDGER_ASSESSMENT_GRADE_BANDS: the lowest scores must fall from EXCELLENT to COMPETENT to BASICALLY_COMPETENT, above 0',
    );
  }
  return bands;
}

function timeZone(env: Env, problems: string[]): string {
  const zone = env.DUTYLEDGER_TIME_ZONE || DEFAULT_TIME_ZONE;
  if (!isTimeZone(zone)) {
    problems.push(
      `DUTYLEDGER_TIME_ZONE="${zone}" is not an IANA time zone this runtime knows, e.g. Asia/Shanghai`,
    );
    return DEFAULT_TIME_ZONE;
  }
  return zone;
}

function httpConfig(env: Env, problems: string[]): HttpConfig {
  const milliseconds = (name: string, fallback: number, max: number) =>
    integer(env, `DUTYLEDGER_HTTP_${name}`, fallback, [100, max], problems);
  const http: HttpConfig = {
    host: env.HOST || '127.0.0.1',
    port: integer(env, 'PORT', 3000, [0, 65535], problems),
    headersTimeoutMs: milliseconds('HEADERS_TIMEOUT_MS', 10_000, 600_000),
    requestTimeoutMs: milliseconds('REQUEST_TIMEOUT_MS', 30_000, 3_600_000),
    keepAliveTimeoutMs: milliseconds('KEEP_ALIVE_TIMEOUT_MS', 72_000, 600_000),
    timeoutCheckIntervalMs: milliseconds('TIMEOUT_CHECK_INTERVAL_MS', 1_000, 60_000),
    maxConnections: integer(
      env,
      'DUTYLEDGER_HTTP_MAX_CONNECTIONS',
      1_000,
      [1, 1_000_000],
      problems,
    ),
  };
  if (http.headersTimeoutMs > http.requestTimeoutMs) {
    problems.push(
      'DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS must not exceed DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS (the headers are part of the request)',
    );
  }
  return http;
}

function authConfig(env: Env, problems: string[]): AuthConfig {
  const auth: AuthConfig = {
    publicKeyPem: env.DUTYLEDGER_JWT_PUBLIC_KEY || undefined,
    jwksUrl: env.DUTYLEDGER_JWT_JWKS_URL || undefined,
    audience: env.DUTYLEDGER_JWT_AUDIENCE || undefined,
    issuer: env.DUTYLEDGER_JWT_ISSUER || undefined,
    maxLifetimeSeconds: integer(
      env,
      'DUTYLEDGER_JWT_MAX_LIFETIME_SECONDS',
      86_400,
      [60, 2_592_000],
      problems,
    ),
    clockSkewSeconds: integer(env, 'DUTYLEDGER_JWT_CLOCK_SKEW_SECONDS', 60, [0, 600], problems),
    jwksCooldownSeconds: integer(
      env,
      'DUTYLEDGER_JWT_JWKS_COOLDOWN_SECONDS',
      30,
      [0, 3_600],
      problems,
    ),
  };
  if (auth.publicKeyPem !== undefined && !auth.publicKeyPem.includes('BEGIN PUBLIC KEY')) {
    problems.push(
      'DUTYLEDGER_JWT_PUBLIC_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)',
    );
  }
  if (auth.jwksUrl !== undefined) {
    url(env, 'DUTYLEDGER_JWT_JWKS_URL', ['https:', 'http:'], 'it is set', problems);
    if (auth.publicKeyPem !== undefined) {
      problems.push('Set one of DUTYLEDGER_JWT_PUBLIC_KEY and DUTYLEDGER_JWT_JWKS_URL, not both');
    }
  }
  if (auth.publicKeyPem !== undefined || auth.jwksUrl !== undefined) {
    for (const name of ['DUTYLEDGER_JWT_ISSUER', 'DUTYLEDGER_JWT_AUDIENCE']) {
      if (!env[name]) {
        problems.push(
          `${name} is required with an identity provider (DUTYLEDGER_JWT_PUBLIC_KEY or DUTYLEDGER_JWT_JWKS_URL): without it a token the provider issued for another application would be accepted`,
        );
      }
    }
  }
  return auth;
}

/** Reads and validates the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): DutyLedgerConfig {
  const problems: string[] = [];
  const dataDir = resolve(env.DUTYLEDGER_DATA_DIR || './data');
  const storeKind = oneOf<EventStoreKind>(
    env,
    'DUTYLEDGER_EVENT_STORE',
    ['sqlite', 'eventstoredb'],
    'sqlite',
    problems,
  );
  const readKind = oneOf<ReadModelKind>(
    env,
    'DUTYLEDGER_READ_MODELS',
    ['sqlite', 'postgres'],
    'sqlite',
    problems,
  );
  const eventStore: DutyLedgerConfig['eventStore'] =
    storeKind === 'eventstoredb'
      ? {
          kind: 'eventstoredb',
          url: eventStoreUrl(env, problems),
        }
      : { kind: 'sqlite', file: resolve(dataDir, 'events.db') };
  const readModels: DutyLedgerConfig['readModels'] =
    readKind === 'postgres'
      ? {
          kind: 'postgres',
          url: url(
            env,
            'DUTYLEDGER_READ_MODELS_URL',
            ['postgres:', 'postgresql:'],
            'DUTYLEDGER_READ_MODELS=postgres',
            problems,
          ),
        }
      : { kind: 'sqlite', file: resolve(dataDir, 'read-models.db') };
  const runProjector =
    oneOf(env, 'DUTYLEDGER_RUN_PROJECTOR', ['true', 'false'], 'true', problems) === 'true';
  const projectorProcess =
    oneOf(env, 'DUTYLEDGER_PROJECTOR', ['child', 'in-process'], 'child', problems) === 'child';
  const config: DutyLedgerConfig = {
    eventStore,
    readModels,
    dataDir,
    http: httpConfig(env, problems),
    runProjector,
    projectorProcess,
    projectionLeaseMs: integer(
      env,
      'DUTYLEDGER_PROJECTION_LEASE_MS',
      3000,
      [300, 600_000],
      problems,
    ),
    healthFile: env.DUTYLEDGER_HEALTH_FILE ? resolve(env.DUTYLEDGER_HEALTH_FILE) : undefined,
    readyMaxLag: integer(env, 'DUTYLEDGER_READY_MAX_LAG', 1000, [0, 1000], problems),
    checkpoints: {
      keyFile: resolve(
        env.DUTYLEDGER_CHECKPOINT_KEY_FILE || resolve(dataDir, 'checkpoint-key.pem'),
      ),
      file: resolve(env.DUTYLEDGER_CHECKPOINT_FILE || resolve(dataDir, 'log-checkpoint.json')),
      intervalSeconds: integer(
        env,
        'DUTYLEDGER_CHECKPOINT_INTERVAL_SECONDS',
        300,
        [0, 86_400],
        problems,
      ),
    },
    timeZone: timeZone(env, problems),
    auth: authConfig(env, problems),
    log: {
      level: oneOf(env, 'DUTYLEDGER_LOG_LEVEL', LOG_LEVELS, 'info', problems),
      format: oneOf(env, 'DUTYLEDGER_LOG_FORMAT', ['json', 'pretty'], 'json', problems),
    },
    policy: {
      appealWindowDays: integer(env, 'DUTYLEDGER_APPEAL_WINDOW_DAYS', 30, [1, 365], problems),
      hearingResponseDays: integer(env, 'DUTYLEDGER_HEARING_RESPONSE_DAYS', 5, [1, 90], problems),
      sanctionInfluenceMonths: pairs<Measure, InfluencePeriod>(
        env,
        'DUTYLEDGER_SANCTION_INFLUENCE_MONTHS',
        MEASURES,
        (value) =>
          value === 'PERMANENT' ? 'PERMANENT' : /^\d{1,3}$/.test(value) ? Number(value) : undefined,
        'a whole number of months from 0 to 999, or PERMANENT',
        problems,
      ),
      gradeBands: gradeBands(env, problems),
      complianceWeights: complianceWeights(env, problems),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

import { resolve } from 'node:path';
import { z } from 'zod';
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
import { type Variable, flag, integer, oneOf, pairs, text, url } from './variables';

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
const eventStoreUrl: Variable<string | undefined> = (name) =>
  text(name).pipe(
    z
      .string()
      .refine((value) => /^esdb(\+discover)?:\/\//.test(value), {
        error: `${name} must be a URL starting with esdb: or esdb+discover:`,
        abort: true,
      })
      .refine((value) => ESDB_CONNECTION.test(value), {
        error: `${name} must be esdb://host:port[,host:port…][?settings] or esdb+discover://host:port[…][?settings]`,
      })
      .optional(),
  );

const timeZone: Variable<string> = (name) =>
  text(name)
    .transform((zone) => zone ?? DEFAULT_TIME_ZONE)
    .pipe(
      z.string().refine(isTimeZone, {
        error: (issue) =>
          `${name}="${String(issue.input)}" is not an IANA time zone this runtime knows, e.g. Asia/Shanghai`,
      }),
    );

const publicKey: Variable<string | undefined> = (name) =>
  text(name).pipe(
    z
      .string()
      .refine((pem) => pem.includes('BEGIN PUBLIC KEY'), {
        error: `${name} must be a PEM public key (-----BEGIN PUBLIC KEY-----)`,
      })
      .optional(),
  );

const GRADED = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT'] as const;

/** Lowest scores of the grades, falling from EXCELLENT, within 1–100. */
const gradeBands: Variable<GradeBands> = (name) =>
  pairs(
    GRADED,
    z
      .string()
      .regex(/^\d{1,3}$/)
      .transform(Number)
      .refine((score) => score <= 100),
    'a whole number from 1 to 100',
  )(name)
    .transform((given): GradeBands => ({ ...DEFAULT_GRADE_BANDS, ...given }))
    .refine(
      (bands) =>
        bands.EXCELLENT > bands.COMPETENT &&
        bands.COMPETENT > bands.BASICALLY_COMPETENT &&
        bands.BASICALLY_COMPETENT > 0,
      {
        error: `${name}: the lowest scores must fall from EXCELLENT to COMPETENT to BASICALLY_COMPETENT, above 0`,
      },
    );

/** The weights of the compliance score (the domain's policy), as the variable overrides them. */
const complianceWeights: Variable<ComplianceWeights> = (name) =>
  pairs(
    COMPLIANCE_INDICATORS,
    z
      .string()
      .regex(/^\d+(\.\d+)?$/)
      .transform(Number),
    'a number from 0 upwards',
  )(name).transform((given, context) => {
    try {
      return weighing(given);
    } catch {
      context.addIssue({ code: 'custom', message: `${name}: at least one weight must be above 0` });
      return z.NEVER;
    }
  });

const influenceMonths: Variable<Partial<Record<Measure, InfluencePeriod>>> = pairs(
  MEASURES,
  z.union([
    z.literal('PERMANENT'),
    z
      .string()
      .regex(/^\d{1,3}$/)
      .transform(Number),
  ]),
  'a whole number of months from 0 to 999, or PERMANENT',
);

const milliseconds = (fallback: number, max: number) => integer(fallback, [100, max]);

/**
 * Every variable the processes read, with its rule and default. The order is the order of the
 * problems in a ConfigError (README, "Configuration" lists them by topic).
 */
const VARIABLES = {
  DUTYLEDGER_DATA_DIR: text,
  DUTYLEDGER_EVENT_STORE: oneOf<EventStoreKind>(['sqlite', 'eventstoredb'], 'sqlite'),
  DUTYLEDGER_EVENTSTORE_URL: eventStoreUrl,
  DUTYLEDGER_READ_MODELS: oneOf<ReadModelKind>(['sqlite', 'postgres'], 'sqlite'),
  DUTYLEDGER_READ_MODELS_URL: url(['postgres:', 'postgresql:']),
  DUTYLEDGER_RUN_PROJECTOR: flag(true),
  DUTYLEDGER_PROJECTOR: oneOf<'child' | 'in-process'>(['child', 'in-process'], 'child'),
  HOST: text,
  PORT: integer(3000, [0, 65535]),
  DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS: milliseconds(10_000, 600_000),
  DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS: milliseconds(30_000, 3_600_000),
  DUTYLEDGER_HTTP_KEEP_ALIVE_TIMEOUT_MS: milliseconds(72_000, 600_000),
  DUTYLEDGER_HTTP_TIMEOUT_CHECK_INTERVAL_MS: milliseconds(1_000, 60_000),
  DUTYLEDGER_HTTP_MAX_CONNECTIONS: integer(1_000, [1, 1_000_000]),
  DUTYLEDGER_PROJECTION_LEASE_MS: integer(3000, [300, 600_000]),
  DUTYLEDGER_HEALTH_FILE: text,
  DUTYLEDGER_READY_MAX_LAG: integer(1000, [0, 1000]),
  DUTYLEDGER_CHECKPOINT_KEY_FILE: text,
  DUTYLEDGER_CHECKPOINT_FILE: text,
  DUTYLEDGER_CHECKPOINT_INTERVAL_SECONDS: integer(300, [0, 86_400]),
  DUTYLEDGER_TIME_ZONE: timeZone,
  DUTYLEDGER_JWT_MAX_LIFETIME_SECONDS: integer(86_400, [60, 2_592_000]),
  DUTYLEDGER_JWT_CLOCK_SKEW_SECONDS: integer(60, [0, 600]),
  DUTYLEDGER_JWT_JWKS_COOLDOWN_SECONDS: integer(30, [0, 3_600]),
  DUTYLEDGER_JWT_PUBLIC_KEY: publicKey,
  DUTYLEDGER_JWT_JWKS_URL: url(['https:', 'http:']),
  DUTYLEDGER_JWT_ISSUER: text,
  DUTYLEDGER_JWT_AUDIENCE: text,
  DUTYLEDGER_LOG_LEVEL: oneOf<LogLevel>(LOG_LEVELS, 'info'),
  DUTYLEDGER_LOG_FORMAT: oneOf<LogConfig['format']>(['json', 'pretty'], 'json'),
  DUTYLEDGER_APPEAL_WINDOW_DAYS: integer(30, [1, 365]),
  DUTYLEDGER_HEARING_RESPONSE_DAYS: integer(5, [1, 90]),
  DUTYLEDGER_SANCTION_INFLUENCE_MONTHS: influenceMonths,
  DUTYLEDGER_ASSESSMENT_GRADE_BANDS: gradeBands,
  DUTYLEDGER_COMPLIANCE_WEIGHTS: complianceWeights,
};
type VariableName = keyof typeof VARIABLES;
/** The names of every variable the configuration reads. */
export const CONFIG_VARIABLES = Object.keys(VARIABLES) as VariableName[];
const NAMES = CONFIG_VARIABLES;

type Parsed = { [Name in VariableName]: ReturnType<(typeof VARIABLES)[Name]>['_zod']['output'] };

const IDENTITY_PROVIDER = ['DUTYLEDGER_JWT_PUBLIC_KEY', 'DUTYLEDGER_JWT_JWKS_URL'] as const;

/** A rule between variables, checked once those it reads have passed their own rules. */
function rule(
  name: VariableName,
  message: string,
  reads: readonly VariableName[],
): { path: [VariableName]; error: string; when: (payload: z.core.ParsePayload) => boolean } {
  return {
    path: [name],
    error: message,
    when: (payload) =>
      !payload.issues.some((issue) => reads.includes(issue.path?.[0] as VariableName)),
  };
}

const setOrUnset = (value: string | undefined) => value !== undefined;

/** The one schema of the environment: each variable by its own rule, then the rules between them. */
export const environmentSchema = z
  .object(
    Object.fromEntries(NAMES.map((name) => [name, VARIABLES[name](name)])) as {
      [Name in VariableName]: ReturnType<(typeof VARIABLES)[Name]>;
    },
  )
  .refine(
    (env) =>
      env.DUTYLEDGER_EVENT_STORE !== 'eventstoredb' || setOrUnset(env.DUTYLEDGER_EVENTSTORE_URL),
    rule(
      'DUTYLEDGER_EVENTSTORE_URL',
      'DUTYLEDGER_EVENTSTORE_URL is required when DUTYLEDGER_EVENT_STORE=eventstoredb; e.g. esdb://host:2113?tls=false',
      ['DUTYLEDGER_EVENT_STORE', 'DUTYLEDGER_EVENTSTORE_URL'],
    ),
  )
  .refine(
    (env) =>
      env.DUTYLEDGER_READ_MODELS !== 'postgres' || setOrUnset(env.DUTYLEDGER_READ_MODELS_URL),
    rule(
      'DUTYLEDGER_READ_MODELS_URL',
      'DUTYLEDGER_READ_MODELS_URL is required when DUTYLEDGER_READ_MODELS=postgres; e.g. postgres://host:port',
      ['DUTYLEDGER_READ_MODELS', 'DUTYLEDGER_READ_MODELS_URL'],
    ),
  )
  .refine(
    (env) => env.DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS <= env.DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS,
    rule(
      'DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS',
      'DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS must not exceed DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS (the headers are part of the request)',
      ['DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS', 'DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS'],
    ),
  )
  .refine(
    (env) => !IDENTITY_PROVIDER.every((name) => setOrUnset(env[name])),
    rule(
      'DUTYLEDGER_JWT_JWKS_URL',
      'Set one of DUTYLEDGER_JWT_PUBLIC_KEY and DUTYLEDGER_JWT_JWKS_URL, not both',
      [],
    ),
  )
  .refine(...requiredWithIdentityProvider('DUTYLEDGER_JWT_ISSUER'))
  .refine(...requiredWithIdentityProvider('DUTYLEDGER_JWT_AUDIENCE'));

/** Without the issuer and audience, a token the provider issued for another application would pass. */
function requiredWithIdentityProvider(name: 'DUTYLEDGER_JWT_ISSUER' | 'DUTYLEDGER_JWT_AUDIENCE') {
  return [
    (env: Parsed) =>
      !IDENTITY_PROVIDER.some((provider) => setOrUnset(env[provider])) || setOrUnset(env[name]),
    rule(
      name,
      `${name} is required with an identity provider (DUTYLEDGER_JWT_PUBLIC_KEY or DUTYLEDGER_JWT_JWKS_URL): without it a token the provider issued for another application would be accepted`,
      [],
    ),
  ] as const;
}

/** The parsed variables, shaped as the processes use them. */
function configOf(env: Parsed): DutyLedgerConfig {
  const dataDir = resolve(env.DUTYLEDGER_DATA_DIR ?? './data');
  return {
    eventStore:
      env.DUTYLEDGER_EVENT_STORE === 'eventstoredb'
        ? { kind: 'eventstoredb', url: env.DUTYLEDGER_EVENTSTORE_URL ?? '' }
        : { kind: 'sqlite', file: resolve(dataDir, 'events.db') },
    readModels:
      env.DUTYLEDGER_READ_MODELS === 'postgres'
        ? { kind: 'postgres', url: env.DUTYLEDGER_READ_MODELS_URL ?? '' }
        : { kind: 'sqlite', file: resolve(dataDir, 'read-models.db') },
    dataDir,
    http: {
      host: env.HOST ?? '127.0.0.1',
      port: env.PORT,
      headersTimeoutMs: env.DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: env.DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: env.DUTYLEDGER_HTTP_KEEP_ALIVE_TIMEOUT_MS,
      timeoutCheckIntervalMs: env.DUTYLEDGER_HTTP_TIMEOUT_CHECK_INTERVAL_MS,
      maxConnections: env.DUTYLEDGER_HTTP_MAX_CONNECTIONS,
    },
    runProjector: env.DUTYLEDGER_RUN_PROJECTOR,
    projectorProcess: env.DUTYLEDGER_PROJECTOR === 'child',
    projectionLeaseMs: env.DUTYLEDGER_PROJECTION_LEASE_MS,
    healthFile: env.DUTYLEDGER_HEALTH_FILE ? resolve(env.DUTYLEDGER_HEALTH_FILE) : undefined,
    readyMaxLag: env.DUTYLEDGER_READY_MAX_LAG,
    checkpoints: {
      keyFile: resolve(
        env.DUTYLEDGER_CHECKPOINT_KEY_FILE ?? resolve(dataDir, 'checkpoint-key.pem'),
      ),
      file: resolve(env.DUTYLEDGER_CHECKPOINT_FILE ?? resolve(dataDir, 'log-checkpoint.json')),
      intervalSeconds: env.DUTYLEDGER_CHECKPOINT_INTERVAL_SECONDS,
    },
    timeZone: env.DUTYLEDGER_TIME_ZONE,
    auth: {
      publicKeyPem: env.DUTYLEDGER_JWT_PUBLIC_KEY,
      jwksUrl: env.DUTYLEDGER_JWT_JWKS_URL,
      audience: env.DUTYLEDGER_JWT_AUDIENCE,
      issuer: env.DUTYLEDGER_JWT_ISSUER,
      maxLifetimeSeconds: env.DUTYLEDGER_JWT_MAX_LIFETIME_SECONDS,
      clockSkewSeconds: env.DUTYLEDGER_JWT_CLOCK_SKEW_SECONDS,
      jwksCooldownSeconds: env.DUTYLEDGER_JWT_JWKS_COOLDOWN_SECONDS,
    },
    log: { level: env.DUTYLEDGER_LOG_LEVEL, format: env.DUTYLEDGER_LOG_FORMAT },
    policy: {
      appealWindowDays: env.DUTYLEDGER_APPEAL_WINDOW_DAYS,
      hearingResponseDays: env.DUTYLEDGER_HEARING_RESPONSE_DAYS,
      sanctionInfluenceMonths: env.DUTYLEDGER_SANCTION_INFLUENCE_MONTHS,
      gradeBands: env.DUTYLEDGER_ASSESSMENT_GRADE_BANDS,
      complianceWeights: env.DUTYLEDGER_COMPLIANCE_WEIGHTS,
    },
  };
}

/** Reads and validates the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): DutyLedgerConfig {
  const result = environmentSchema.safeParse(env);
  if (result.success) return configOf(result.data);
  const order = (issue: z.core.$ZodIssue) => NAMES.indexOf(issue.path[0] as VariableName);
  // Sorted by variable, each variable's problems in the order its rules found them.
  throw new ConfigError(
    [...result.error.issues].sort((a, b) => order(a) - order(b)).map((issue) => issue.message),
  );
}

import { resolve } from 'node:path';
import { z } from 'zod';
import {
  ConfigError,
  type DutyLedgerConfig,
  type EventStoreKind,
  LOG_LEVELS,
  type LogConfig,
  type LogLevel,
  type ReadModelKind,
} from './config-shape';
import {
  complianceWeights,
  eventStoreUrl,
  gradeBands,
  influenceMonths,
  publicKey,
  timeZone,
} from './product-variables';
import { type ConfigProblem, configProblem, isConfigProblem, problemText } from './config-problems';
import { flag, integer, oneOf, text, url } from './variables';

type Env = Readonly<Record<string, string | undefined>>;
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
  problem: ConfigProblem,
  reads: readonly VariableName[],
): {
  path: [VariableName];
  error: string;
  params: { problem: ConfigProblem };
  when: (payload: z.core.ParsePayload) => boolean;
} {
  return {
    path: [problem.values.variable as VariableName],
    error: problemText(problem),
    params: { problem },
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
      configProblem('config.requiredWhen', {
        variable: 'DUTYLEDGER_EVENTSTORE_URL',
        when: 'DUTYLEDGER_EVENT_STORE=eventstoredb',
        example: 'esdb://host:2113?tls=false',
      }),
      ['DUTYLEDGER_EVENT_STORE', 'DUTYLEDGER_EVENTSTORE_URL'],
    ),
  )
  .refine(
    (env) =>
      env.DUTYLEDGER_READ_MODELS !== 'postgres' || setOrUnset(env.DUTYLEDGER_READ_MODELS_URL),
    rule(
      configProblem('config.requiredWhen', {
        variable: 'DUTYLEDGER_READ_MODELS_URL',
        when: 'DUTYLEDGER_READ_MODELS=postgres',
        example: 'postgres://host:port',
      }),
      ['DUTYLEDGER_READ_MODELS', 'DUTYLEDGER_READ_MODELS_URL'],
    ),
  )
  .refine(
    (env) => env.DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS <= env.DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS,
    rule(
      configProblem('config.requestTimeoutBelowHeaders', {
        variable: 'DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS',
        headers: 'DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS',
      }),
      ['DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS', 'DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS'],
    ),
  )
  .refine(
    (env) => !IDENTITY_PROVIDER.every((name) => setOrUnset(env[name])),
    rule(
      configProblem('config.identityProviderTwice', {
        variable: 'DUTYLEDGER_JWT_JWKS_URL',
        other: 'DUTYLEDGER_JWT_PUBLIC_KEY',
      }),
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
      configProblem('config.identityProviderNeeds', {
        variable: name,
        publicKey: 'DUTYLEDGER_JWT_PUBLIC_KEY',
        jwksUrl: 'DUTYLEDGER_JWT_JWKS_URL',
      }),
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
    [...result.error.issues].sort((a, b) => order(a) - order(b)).map(problemOf),
  );
}

/** The problem an issue carries (every rule above raises one); the schema's words otherwise. */
function problemOf(issue: z.core.$ZodIssue): ConfigProblem {
  const carried = issue.code === 'custom' ? (issue.params?.problem as unknown) : undefined;
  if (isConfigProblem(carried)) return carried;
  const variable = String(issue.path[0] ?? '');
  return configProblem('config.invalid', { variable, reason: issue.message });
}

import { resolve } from 'node:path';
import { SANCTIONS, type Sanction } from '@dutyledger/domain';

export type EventStoreKind = 'sqlite' | 'eventstoredb';
export type ReadModelKind = 'sqlite' | 'postgres';

export interface DutyLedgerConfig {
  eventStore: { kind: 'sqlite'; file: string } | { kind: 'eventstoredb'; url: string };
  readModels: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  dataDir: string;
  http: { host: string; port: number };
  /** Run the projections inside the api process (the embedded default). */
  runProjector: boolean;
  /**
   * How long a projector's lease on a projection lasts without renewal (renewed three times per
   * period): the longest another projector process waits before taking over from a dead one.
   */
  projectionLeaseMs: number;
  /** A file the projector process touches every few seconds while it works (health checks). */
  healthFile?: string;
  auth: { publicKeyPem?: string; audience?: string; issuer?: string };
  policy: {
    appealWindowDays: number;
    /** Influence periods that differ from the domain's defaults, in months per sanction. */
    sanctionInfluenceMonths: Partial<Record<Sanction, number>>;
    /** Weights of the comprehensive assessment's indicators (README, "Compliance score"). */
    complianceWeights: ComplianceWeights;
  };
}

/** The indicators of the comprehensive safety assessment that the compliance score weighs. */
export const COMPLIANCE_INDICATORS = [
  'performance',
  'coverage',
  'failures',
  'accidents',
  'cases',
] as const;
export type ComplianceIndicator = (typeof COMPLIANCE_INDICATORS)[number];
export type ComplianceWeights = Readonly<Record<ComplianceIndicator, number>>;

export const DEFAULT_COMPLIANCE_WEIGHTS: ComplianceWeights = {
  performance: 0.35,
  coverage: 0.25,
  failures: 0.15,
  accidents: 0.15,
  cases: 0.1,
};

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
function pairs<Name extends string>(
  env: Env,
  variable: string,
  names: readonly Name[],
  parse: (value: string) => number | undefined,
  rule: string,
  problems: string[],
): Partial<Record<Name, number>> {
  const raw = env[variable];
  const result: Partial<Record<Name, number>> = {};
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
  const weights = { ...DEFAULT_COMPLIANCE_WEIGHTS, ...given };
  const total = COMPLIANCE_INDICATORS.reduce((sum, name) => sum + weights[name], 0);
  if (problems.length === before && total <= 0) {
    problems.push('DUTYLEDGER_COMPLIANCE_WEIGHTS: at least one weight must be above 0');
  }
  return weights;
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
  const config: DutyLedgerConfig = {
    eventStore,
    readModels,
    dataDir,
    http: {
      host: env.HOST || '127.0.0.1',
      port: integer(env, 'PORT', 3000, [0, 65535], problems),
    },
    runProjector,
    projectionLeaseMs: integer(
      env,
      'DUTYLEDGER_PROJECTION_LEASE_MS',
      3000,
      [300, 600_000],
      problems,
    ),
    healthFile: env.DUTYLEDGER_HEALTH_FILE ? resolve(env.DUTYLEDGER_HEALTH_FILE) : undefined,
    auth: {
      publicKeyPem: env.DUTYLEDGER_JWT_PUBLIC_KEY || undefined,
      audience: env.DUTYLEDGER_JWT_AUDIENCE || undefined,
      issuer: env.DUTYLEDGER_JWT_ISSUER || undefined,
    },
    policy: {
      appealWindowDays: integer(env, 'DUTYLEDGER_APPEAL_WINDOW_DAYS', 30, [1, 365], problems),
      sanctionInfluenceMonths: pairs(
        env,
        'DUTYLEDGER_SANCTION_INFLUENCE_MONTHS',
        SANCTIONS,
        (value) => (/^\d{1,3}$/.test(value) ? Number(value) : undefined),
        'a whole number of months from 0 to 999',
        problems,
      ),
      complianceWeights: complianceWeights(env, problems),
    },
  };
  if (
    config.auth.publicKeyPem !== undefined &&
    !config.auth.publicKeyPem.includes('BEGIN PUBLIC KEY')
  ) {
    problems.push(
      'DUTYLEDGER_JWT_PUBLIC_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

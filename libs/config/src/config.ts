import { resolve } from 'node:path';

export type EventStoreKind = 'sqlite' | 'eventstoredb';
export type ReadModelKind = 'sqlite' | 'postgres';

export interface DutyLedgerConfig {
  eventStore: { kind: 'sqlite'; file: string } | { kind: 'eventstoredb'; url: string };
  readModels: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  dataDir: string;
  http: { host: string; port: number };
  /** Run the projections inside the api process (the embedded default). */
  runProjector: boolean;
  auth: { publicKeyPem?: string; audience?: string; issuer?: string };
  policy: { appealWindowDays: number };
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
          url: url(
            env,
            'DUTYLEDGER_EVENTSTORE_URL',
            ['esdb:', 'esdb+discover:'],
            'DUTYLEDGER_EVENT_STORE=eventstoredb',
            problems,
          ),
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
    auth: {
      publicKeyPem: env.DUTYLEDGER_JWT_PUBLIC_KEY || undefined,
      audience: env.DUTYLEDGER_JWT_AUDIENCE || undefined,
      issuer: env.DUTYLEDGER_JWT_ISSUER || undefined,
    },
    policy: {
      appealWindowDays: integer(env, 'DUTYLEDGER_APPEAL_WINDOW_DAYS', 30, [1, 365], problems),
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

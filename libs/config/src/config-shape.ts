import type { ComplianceWeights, GradeBands, InfluencePeriod, Measure } from '@dutyledger/domain';
import { type ConfigProblem, problemText } from './config-problems';

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

/**
 * Every bad variable at once, each as a problem: a code and the values it names (which variable,
 * what it was given, what it accepts). The processes say them in the operator's language
 * (libs/wiring, `sayConfigError`); the message names the codes, for a log or a stack trace.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      `Invalid configuration:\n${problems.map((problem) => `  - ${problemText(problem)}`).join('\n')}`,
    );
  }
}

import { translate } from '@dutyledger/i18n';
import type { DemoCommand, DemoPhase } from './demo-command';
import { demoIdempotencyKey } from './demo-ids';
import type { DemoTokens } from './demo-tokens';

const REQUEST_TIMEOUT_MS = 30_000;

/** Nothing answers at the api's address. */
export class DemoApiUnreachable extends Error {
  override readonly name = 'DemoApiUnreachable';

  /** Why, as node's fetch says it. */
  readonly why: string;

  constructor(
    readonly baseUrl: string,
    cause: unknown,
  ) {
    const why = cause instanceof Error ? (causeMessage(cause) ?? cause.message) : String(cause);
    super(translate('en', 'cli.demo.unreachable', { url: baseUrl, why }));
    this.why = why;
  }
}

/** The api refused a command of the scenario: the load stops there. */
export class DemoCommandRefused extends Error {
  override readonly name = 'DemoCommandRefused';

  constructor(
    readonly route: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${route} answered ${status}: ${JSON.stringify(body)}${hintFor(status, body)}`);
  }
}

function causeMessage(error: Error): string | undefined {
  const { cause } = error;
  return cause instanceof Error ? cause.message : undefined;
}

function hintFor(status: number, body: unknown): string {
  const code = typeof body === 'object' && body !== null && 'code' in body ? body.code : undefined;
  if (status === 401) {
    return '\nThe token was refused: run the CLI with the api’s DUTYLEDGER_DATA_DIR, or pass --token-admin, --token-caseworker, --token-supervisor, --token-investigator and --token-appeal-board.';
  }
  if (code === 'DEPARTMENT_ALREADY_REGISTERED') {
    return '\nThe demo is already in this store (loaded with other token subjects); load it into an empty DUTYLEDGER_DATA_DIR.';
  }
  if (code === 'IDEMPOTENCY_KEY_REUSED') {
    return '\nThe demo was already loaded into this store on another day; load it into an empty DUTYLEDGER_DATA_DIR.';
  }
  return '';
}

/** Fails with DemoApiUnreachable unless the api answers its health check. */
export async function probeApi(baseUrl: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(5_000) });
  } catch (error) {
    throw new DemoApiUnreachable(baseUrl, error);
  }
  await response.arrayBuffer();
  if (!response.ok) {
    throw new DemoApiUnreachable(baseUrl, new Error(`GET /health answered ${response.status}`));
  }
}

/**
 * Sends the scenario's commands: each with its Idempotency-Key, stopping at the first answer
 * that is not 2xx. Remembers the highest position answered, so callers can wait for projections.
 */
export class DemoClient {
  /** the highest `position` of any command answer */
  lastPosition = 0n;
  /** commands answered so far */
  sent = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly tokens: DemoTokens,
  ) {}

  async send(command: DemoCommand): Promise<void> {
    const route = `POST ${command.path}`;
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${command.path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.tokens[command.role]}`,
          'content-type': 'application/json',
          'idempotency-key': demoIdempotencyKey(command.label),
        },
        body: JSON.stringify(command.body ?? {}),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new DemoApiUnreachable(this.baseUrl, error);
    }
    const text = await response.text();
    const body: unknown = text === '' ? {} : parseJson(text);
    if (response.status < 200 || response.status > 299) {
      throw new DemoCommandRefused(route, response.status, body);
    }
    const position =
      typeof body === 'object' && body !== null && 'position' in body ? body.position : undefined;
    if (
      typeof position === 'string' &&
      /^\d+$/.test(position) &&
      BigInt(position) > this.lastPosition
    ) {
      this.lastPosition = BigInt(position);
    }
    this.sent++;
  }

  /** Runs a phase: each chain in order, up to `concurrency` chains at a time; stops at a refusal. */
  async run(phase: DemoPhase, concurrency: number): Promise<number> {
    const before = this.sent;
    let next = 0;
    let failure: { error: unknown } | undefined;
    const worker = async (): Promise<void> => {
      while (failure === undefined && next < phase.chains.length) {
        const chain = phase.chains[next++] ?? [];
        for (const command of chain) {
          if (failure !== undefined) return;
          try {
            await this.send(command);
          } catch (error) {
            failure ??= { error };
            return;
          }
        }
      }
    };
    const workers = Math.max(1, Math.min(concurrency, phase.chains.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failure !== undefined) throw failure.error;
    return this.sent - before;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

import { type Lang, type MessageValues, translate } from '@dutyledger/i18n';
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

  /**
   * What the CLI says of it, as cli keys and their values: the route, the status and the api's
   * own answer (as it answered, in the language it was asked for), then what to do, when known.
   */
  readonly said: readonly { key: string; values: MessageValues }[];

  constructor(
    readonly route: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    const refused = {
      key: 'cli.demo.refused',
      values: { route, status: String(status), answer: JSON.stringify(body) },
    };
    const hint = hintFor(status, body);
    const said = hint === undefined ? [refused] : [refused, { key: hint, values: {} }];
    super(said.map(({ key, values }) => translate('en', key, values)).join('\n'));
    this.said = said;
  }

  /** What the CLI says of it, in `lang`. */
  sayIn(lang: Lang): string {
    return this.said.map(({ key, values }) => translate(lang, key, values)).join('\n');
  }
}

function causeMessage(error: Error): string | undefined {
  const { cause } = error;
  return cause instanceof Error ? cause.message : undefined;
}

/** What the operator can do about a refusal, when the CLI knows (a cli key). */
function hintFor(status: number, body: unknown): string | undefined {
  const code = typeof body === 'object' && body !== null && 'code' in body ? body.code : undefined;
  if (status === 401) return 'cli.demo.tokenRefused';
  if (code === 'DEPARTMENT_ALREADY_REGISTERED') return 'cli.demo.alreadyLoaded';
  if (code === 'IDEMPOTENCY_KEY_REUSED') return 'cli.demo.loadedOnAnotherDay';
  return undefined;
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
    /** The operator's language: the api's refusals are asked for in it. */
    private readonly lang: Lang = 'en',
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
          'accept-language': this.lang,
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

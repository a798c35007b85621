/**
 * A bounded stream of commands against running apps, for tests and benchmarks of several
 * processes: department registrations sent by a few concurrent clients, round-robin over the
 * given base URLs, each with an Idempotency-Key, every answer kept.
 */
import { randomUUID } from 'node:crypto';

export interface Sent {
  readonly departmentId: string;
  readonly key: string;
  readonly url: string;
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export interface CommandLoad {
  /** Every answer so far. */
  readonly sent: readonly Sent[];
  /** The acknowledged ones (201). */
  acknowledged(): Sent[];
  /** Stops sending and waits for the commands in flight. */
  stop(): Promise<void>;
}

export function departmentBody(departmentId: string, name = `Bureau ${departmentId.slice(0, 8)}`) {
  return {
    departmentId,
    name,
    level: 'MUNICIPAL',
    kind: 'GOVERNMENT',
    industries: ['mining'],
    supervisionAuthority: false,
  };
}

export async function registerDepartment(
  url: string,
  token: string,
  departmentId: string,
  key: string,
): Promise<Sent> {
  const response = await fetch(`${url}/departments`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': key,
    },
    body: JSON.stringify(departmentBody(departmentId)),
  });
  const text = await response.text();
  const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
  return { departmentId, key, url, status: response.status, body };
}

/** Sends until stopped or until `limit` commands were sent, `concurrency` at a time. */
export function startCommandLoad(options: {
  urls: readonly string[];
  token: string;
  concurrency?: number;
  limit?: number;
}): CommandLoad {
  const sent: Sent[] = [];
  let stopping = false;
  let next = 0;
  const limit = options.limit ?? 100_000;
  const client = async () => {
    while (!stopping && next < limit) {
      const url = options.urls[next % options.urls.length] ?? '';
      next += 1;
      const departmentId = randomUUID();
      const key = `load-${randomUUID()}`;
      sent.push(
        await registerDepartment(url, options.token, departmentId, key).catch((error: unknown) => ({
          departmentId,
          key,
          url,
          status: 0,
          body: { error: String(error) },
        })),
      );
    }
  };
  const clients = Array.from({ length: options.concurrency ?? 3 }, client);
  const done = Promise.all(clients);
  return {
    sent,
    acknowledged: () => sent.filter((answer) => answer.status === 201),
    stop: async () => {
      stopping = true;
      await done;
    },
  };
}

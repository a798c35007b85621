import type { FuzzRequest } from './malformed-requests';

/**
 * Sentences class-validator prints when a rule has no message of its own: they do not say the
 * rule (e.g. "must be a number conforming to the specified constraints" for "at most 2 decimal
 * places"), so an answer carrying one breaks the contract.
 */
export const GENERIC_SENTENCES = [
  'conforming to the specified constraints',
  'nested property',
  'an unknown value was passed',
  'longer than or equal to 1 characters',
];

/** What came back, and what was wrong with it (a 5xx, no JSON, no code, or accepted). */
export interface Outcome {
  request: FuzzRequest;
  status: number;
  text: string;
  problem?: string;
}

export async function send(url: string, request: FuzzRequest): Promise<Outcome> {
  const response = await fetch(`${url}${request.path}`, {
    method: 'POST',
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  const outcome: Outcome = { request, status: response.status, text };
  if (response.status >= 500) return { ...outcome, problem: `status ${response.status}` };
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) return { ...outcome, problem: `content-type ${type}` };
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || !('code' in parsed)) {
      return { ...outcome, problem: 'no code field' };
    }
    if (typeof parsed.code !== 'string') return { ...outcome, problem: 'code is not a string' };
    const generic = GENERIC_SENTENCES.find((sentence) => text.includes(sentence));
    if (generic !== undefined) return { ...outcome, problem: `generic message "${generic}"` };
  } catch {
    return { ...outcome, problem: 'body is not JSON' };
  }
  if (response.status < 400) return { ...outcome, problem: `accepted with ${response.status}` };
  return outcome;
}

/** Sends every request with at most `limit` in flight. */
export async function pool(
  url: string,
  requests: readonly FuzzRequest[],
  limit: number,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++];
      if (request === undefined) break;
      try {
        outcomes.push(await send(url, request));
      } catch (error) {
        outcomes.push({
          request,
          status: 0,
          text: '',
          problem: `transport: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return outcomes;
}

export const show = (outcome: Outcome): string => {
  const { request } = outcome;
  const clip = (text: string | undefined) =>
    text === undefined ? '(none)' : text.length > 160 ? `${text.slice(0, 160)}…` : text;
  return [
    `${outcome.problem ?? ''}: POST ${clip(request.path)} (${request.endpoint})`,
    `  headers ${clip(JSON.stringify({ ...request.headers, authorization: '…' }))}`,
    `  body ${clip(request.body)}`,
    `  answered ${outcome.status} ${clip(outcome.text)}`,
  ].join('\n');
};

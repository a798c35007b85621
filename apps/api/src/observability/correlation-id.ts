import { randomUUID } from 'node:crypto';

/** What `X-Correlation-Id` may hold: it goes into events and log lines as given. */
export const CORRELATION_ID_FORMAT = /^[A-Za-z0-9._:-]{1,100}$/;

const CORRELATION_ID = Symbol('correlationId');

/** A request as Node hands it over (HTTP/1 or HTTP/2). */
export type RawRequest = { headers: Readonly<Record<string, string | string[] | undefined>> };
type Tagged = RawRequest & { [CORRELATION_ID]?: string };

/**
 * The correlation id of a request: its `X-Correlation-Id` when well-formed, otherwise one made up
 * once for the request. Kept on the request, so the log lines, the answer's header and the events
 * of the command all carry the same id. (A malformed header is refused by the command context.)
 */
export function correlationIdOf(request: RawRequest): string {
  const tagged = request as Tagged;
  const known = tagged[CORRELATION_ID];
  if (known !== undefined) return known;
  const given = request.headers['x-correlation-id'];
  const id = typeof given === 'string' && CORRELATION_ID_FORMAT.test(given) ? given : randomUUID();
  tagged[CORRELATION_ID] = id;
  return id;
}

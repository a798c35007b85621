import { type IncomingMessage, get } from 'node:http';

/** One message of a Server-Sent Events stream. */
export interface ServerSentEvent {
  event: string;
  data: string;
}

/** An open `text/event-stream` response read message by message; comments are counted apart. */
export interface EventStreamReader {
  status: number;
  contentType: string | null;
  /** The next message, waiting for it as long as needed (the jest timeout bounds it). */
  next(): Promise<ServerSentEvent>;
  /** The next message that satisfies `accept`, skipping the others. */
  until(accept: (message: ServerSentEvent) => boolean): Promise<ServerSentEvent>;
  close(): void;
}

/**
 * Opens a stream on a connection of its own (node:http, no agent), so that `close()` closes the
 * connection. A fetch that is aborted leaves undici a spare connection to the server that sends
 * nothing, and the api's graceful stop waits for it (about 4 s, undici's keep-alive).
 */
export async function openEventStream(
  url: string,
  headers: Record<string, string> = {},
): Promise<EventStreamReader> {
  const request = get(url, { headers, agent: false });
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
  });
  const status = response.statusCode ?? 0;
  const contentType = response.headers['content-type'] ?? null;
  const close = () => request.destroy();
  if (status < 200 || status > 299) {
    close();
    return {
      status,
      contentType,
      next: () => Promise.reject(new Error(`the stream answered ${status}`)),
      until: () => Promise.reject(new Error(`the stream answered ${status}`)),
      close,
    };
  }
  response.setEncoding('utf8');
  const chunks: AsyncIterator<string, undefined> = response[Symbol.asyncIterator]();
  let buffer = '';
  const next = async (): Promise<ServerSentEvent> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const message = parse(block);
        if (message) return message;
        continue;
      }
      const chunk = await chunks.next();
      if (chunk.done === true) throw new Error('the stream ended');
      buffer += chunk.value;
    }
  };
  return {
    status,
    contentType,
    next,
    until: async (accept) => {
      for (;;) {
        const message = await next();
        if (accept(message)) return message;
      }
    },
    close,
  };
}

/** A block of `field: value` lines; undefined for a block of comments or of `retry:` only. */
function parse(block: string): ServerSentEvent | undefined {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { event, data: data.join('\n') } : undefined;
}

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

/** Opens a stream with fetch (so that headers such as Authorization can be sent). */
export async function openEventStream(
  url: string,
  headers: Record<string, string> = {},
): Promise<EventStreamReader> {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  const contentType = response.headers.get('content-type');
  const body = response.body;
  if (!response.ok || !body) {
    controller.abort();
    return {
      status: response.status,
      contentType,
      next: () => Promise.reject(new Error(`the stream answered ${response.status}`)),
      until: () => Promise.reject(new Error(`the stream answered ${response.status}`)),
      close: () => undefined,
    };
  }
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
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
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      buffer += value;
    }
  };
  return {
    status: response.status,
    contentType,
    next,
    until: async (accept) => {
      for (;;) {
        const message = await next();
        if (accept(message)) return message;
      }
    },
    close: () => controller.abort(),
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

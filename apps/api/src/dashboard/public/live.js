import { t } from './i18n.js';
import { SIGNED_OUT } from './api.js';

/**
 * Reads `GET /live` (Server-Sent Events) with fetch and a stream reader, so that the token goes
 * in the Authorization header (EventSource cannot send one, and a token never goes in a URL).
 * Reconnects after a break until `stop()`.
 * @param {string} token
 * @param {(report: {headPosition: string, projections: Array<{name: string, position: string, lag: number, lagAtLeast?: boolean, parked: number, caughtUp: boolean}>}) => void} onReport
 * @param {(state: 'connecting' | 'open' | 'broken') => void} onState
 * @returns {{stop: () => void}}
 */
export function followProjections(token, onReport, onState) {
  const controller = new AbortController();
  let retryMs = 3000;

  async function connect() {
    onState('connecting');
    const response = await fetch('/live', {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      signal: controller.signal,
    });
    if (response.status === 401) {
      window.dispatchEvent(new CustomEvent(SIGNED_OUT));
      return false;
    }
    if (!response.ok || !response.body) throw new Error(`/live answered ${response.status}`);
    onState('open');
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return true;
      buffer += value.replace(/\r\n?/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  }

  /** One SSE message: `event:`, `data:` and `retry:` lines; lines starting with ':' are comments. */
  function dispatch(block) {
    let event = 'message';
    const data = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
      else if (field === 'retry' && /^\d+$/.test(value)) retryMs = Number(value);
    }
    if (event === 'projections' && data.length > 0) onReport(JSON.parse(data.join('\n')));
  }

  async function run() {
    while (!controller.signal.aborted) {
      try {
        if (!(await connect())) return;
      } catch (error) {
        if (controller.signal.aborted) return;
        console.warn('live stream broke', error);
      }
      onState('broken');
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  }

  void run();
  return { stop: () => controller.abort() };
}

/** "up to date" or "N events behind" for the masthead, from a status report. */
export function describeLag(report) {
  const lag = Math.max(0, ...report.projections.map((projection) => projection.lag));
  const atLeast = report.projections.some((projection) => projection.lagAtLeast);
  const parked = report.projections.reduce((sum, projection) => sum + projection.parked, 0);
  if (lag === 0) return { behind: false, text: t('live.upToDate', { parked }) };
  return {
    behind: true,
    text: t(atLeast ? 'live.behindAtLeast' : 'live.behind', { lag, parked }),
  };
}

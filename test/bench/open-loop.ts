import { Agent, request } from 'node:http';
import { nowMs, percentile } from './measure';

/** How long the last requests may take to be answered once all were sent. */
const DRAIN_MS = 30_000;

export interface OpenLoopRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface OpenLoopFigures {
  label: string;
  offeredPerSecond: number;
  sent: number;
  answeredPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  /** Connection errors, and requests still unanswered DRAIN_MS after the last was sent. */
  unanswered: number;
  /** The slowest answers: when each was due (ms from the run's start) and how long it took. */
  slowest: { dueAtMs: number; ms: number }[];
}

/**
 * An open-loop load: request i is due at i / rate seconds whatever happened to the others, and its
 * latency runs from when it was due (not from when it was sent), so a stalled server is charged
 * for the requests it kept waiting (no coordinated omission). Sockets are not limited.
 */
export async function openLoop(
  label: string,
  url: string,
  ratePerSecond: number,
  seconds: number,
  next: () => OpenLoopRequest,
): Promise<OpenLoopFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const target = new URL(url);
  const total = Math.round(ratePerSecond * seconds);
  const latencies: number[] = [];
  const timed: { dueAtMs: number; ms: number }[] = [];
  let non2xx = 0;
  const inFlight: Promise<void>[] = [];
  const started = nowMs();
  const send = (due: number): Promise<void> => {
    const { method, path, headers, body } = next();
    return new Promise<void>((resolve) => {
      const req = request(
        { host: target.hostname, port: target.port, method, path, headers, agent },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(nowMs() - due);
            timed.push({ dueAtMs: due - started, ms: nowMs() - due });
            if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) >= 300) non2xx += 1;
            resolve();
          });
        },
      );
      req.on('error', () => resolve());
      req.end(body);
    });
  };
  for (let i = 0; i < total;) {
    const now = nowMs();
    // Send everything that is due; a late tick sends the backlog at once, still timed from due.
    while (i < total && started + (i * 1000) / ratePerSecond <= now) {
      inFlight.push(send(started + (i * 1000) / ratePerSecond));
      i += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  // A stalled server is not waited for forever: what is unanswered by then counts as an error.
  await Promise.race([
    Promise.all(inFlight),
    new Promise((resolve) => setTimeout(resolve, DRAIN_MS).unref()),
  ]);
  const elapsed = (nowMs() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  agent.destroy();
  return {
    label,
    offeredPerSecond: ratePerSecond,
    sent: total,
    answeredPerSecond: latencies.length / elapsed,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? 0,
    non2xx,
    unanswered: total - sorted.length,
    slowest: timed.sort((a, b) => b.ms - a.ms).slice(0, 5),
  };
}

import { Counter, Histogram, Registry } from 'prom-client';
import type { AppendObserver, AppendOutcome } from '@dutyledger/wiring';

/** Seconds; from a fast SQLite append to a slow command that retried a lost race. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * How a command ended, from its answer: `created`, the 4xx status (a client's mistake, a rule or a
 * race: 400, 401, 403, 404, 409, 413, 415, 422…), or `5xx` (ours).
 */
export function commandOutcome(status: number): string {
  if (status < 300) return 'created';
  return status >= 500 ? '5xx' : String(status);
}

/** The api's own metrics, in a registry of this application (tests run several in a process). */
export class ApiMetrics implements AppendObserver {
  readonly registry = new Registry();

  readonly commands = new Counter({
    name: 'dutyledger_commands_total',
    help: 'Commands answered, by command type and outcome (created, the 4xx status, or 5xx)',
    labelNames: ['command', 'outcome'],
    registers: [this.registry],
  });

  readonly commandDuration = new Histogram({
    name: 'dutyledger_command_duration_seconds',
    help: 'Time from receiving a command to answering it, by command type and outcome',
    labelNames: ['command', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly appendDuration = new Histogram({
    name: 'dutyledger_event_store_append_duration_seconds',
    help: 'Appends to the event store, by outcome (ok, conflict: the stream moved, error)',
    labelNames: ['outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'dutyledger_http_request_duration_seconds',
    help: 'HTTP requests, by method, route (as declared, ids not filled in) and status',
    labelNames: ['method', 'route', 'status'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  /** Every command shows from the start (at 0), so a rate is defined before the first one. */
  knowCommands(commands: Iterable<string>): void {
    for (const command of commands) this.commands.labels(command, 'created').inc(0);
  }

  appended(seconds: number, outcome: AppendOutcome): void {
    this.appendDuration.labels(outcome).observe(seconds);
  }
}

import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AppendResult } from '../port/event-store.port';
import { type AppendUnit, errorOf } from './sqlite.group-commit';
import type {
  Durability,
  FromWriter,
  NumberedRequest,
  ToWriter,
  WriterData,
} from './sqlite.writer.protocol';

const MAX_GROUP = 1000;

interface Pending {
  resolve(results: AppendResult[]): void;
  reject(error: Error): void;
}

/** One writer thread and the settings its connection reported once open. */
interface Thread {
  worker: Worker;
  opened: Promise<Durability>;
}

/**
 * The writer thread, started when the first append comes, seen from the store's thread. Appends
 * made in the same turn of the event loop travel in one message (under load, the commands of every
 * request read in one poll of the network), and the writer commits whatever reached it during
 * its last commit in one transaction: a group shares one fsync, and each append learns its own
 * outcome only after that fsync. A thread that dies fails the appends it held (their outcome is
 * unknown: a retry with the same event ids is safe) and the next append starts another.
 */
export class SqliteWriter {
  private thread: Thread | undefined;
  private readonly pending = new Map<number, Pending>();
  private outbox: NumberedRequest[] = [];
  private nextId = 1;
  private closing: Promise<void> | undefined;
  private groups = 0;
  private messages = 0;

  constructor(
    private readonly file: string,
    /** Called after each acknowledged group that wrote something. */
    private readonly onCommitted: () => void,
  ) {}

  /** Writes the unit's appends together or none of them: one result per append. */
  append(unit: AppendUnit): Promise<AppendResult[]> {
    if (this.closing) return Promise.reject(new Error('The event store is closed'));
    return new Promise<AppendResult[]>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.outbox.push({ id, unit });
      // Sent once this turn's I/O callbacks have run, not at the end of this one: each message
      // wakes the writer thread. At 64 connections, 1 message per command became 0.32 (the api's
      // CPU per command did not move beyond the noise: test/bench/README.md, "Fewer messages").
      if (this.outbox.length === 1) setImmediate(() => this.send());
    });
  }

  /**
   * Starts the writer thread and resolves once its connection is open, so that the first append
   * does not wait for the thread to load (a process that takes commands calls it at start). The
   * idle thread does not keep the process alive.
   */
  async ready(): Promise<void> {
    if (this.closing) throw new Error('The event store is closed');
    const thread = this.started();
    await thread.opened;
    if (this.pending.size === 0 && this.thread === thread) thread.worker.unref();
  }

  /** The settings of the writer's own connection (starts the writer thread if need be). */
  durability(): Promise<Durability> {
    return this.started().opened;
  }

  /** Whether the writer thread runs (tests: readied at start rather than by the first append). */
  running(): boolean {
    return this.thread !== undefined;
  }

  /** How many transactions the writer has acknowledged (tests: one group, one transaction). */
  committedGroups(): number {
    return this.groups;
  }

  /** How many messages of appends were sent to the writer (tests: one per turn of the loop). */
  sentMessages(): number {
    return this.messages;
  }

  /** Waits for every append made so far, then stops the writer thread. */
  close(): Promise<void> {
    this.closing ??= this.stop();
    return this.closing;
  }

  private async stop(): Promise<void> {
    // Appends of this very tick are still in the outbox: they go first.
    this.send();
    const thread = this.thread;
    if (!thread) return;
    const exited = new Promise<void>((resolve) => thread.worker.once('exit', () => resolve()));
    thread.worker.ref();
    this.post(thread.worker, { type: 'close' });
    await exited;
  }

  private send(): void {
    const requests = this.outbox;
    if (requests.length === 0) return;
    this.outbox = [];
    const { worker } = this.started();
    worker.ref();
    try {
      this.post(worker, { type: 'append', requests });
    } catch {
      // One request the writer cannot receive (a function in its data, say) must not sink the
      // others of its tick: send them one by one and refuse only that one.
      for (const request of requests) {
        try {
          this.post(worker, { type: 'append', requests: [request] });
        } catch (error) {
          this.settle(request.id, new Error(`The batch cannot be stored: ${String(error)}`));
        }
      }
    }
  }

  private post(worker: Worker, message: ToWriter): void {
    worker.postMessage(message);
    if (message.type === 'append') this.messages += 1;
  }

  private started(): Thread {
    if (this.thread) return this.thread;
    const worker = writerThread({ file: this.file, maxGroup: MAX_GROUP });
    let opened: (durability: Durability) => void = () => undefined;
    let failed: (error: Error) => void = () => undefined;
    const thread: Thread = {
      worker,
      opened: new Promise<Durability>((resolve, reject) => {
        opened = resolve;
        failed = reject;
      }),
    };
    // Only durability() awaits it: a writer that failed to open is not an unhandled rejection.
    thread.opened.catch(() => undefined);
    worker.on('message', (message: FromWriter) => {
      if (message.type === 'opened') opened(message.durability);
      else if (message.type === 'committed') this.committed(message);
    });
    const stopped = (error: Error) => {
      failed(error);
      if (this.thread !== thread) return;
      this.thread = undefined;
      for (const id of [...this.pending.keys()]) this.settle(id, error);
    };
    worker.on('error', (error) => stopped(error));
    // After a close every append was settled: this fails only what a dying thread held.
    worker.on('exit', (code) =>
      stopped(new Error(`The event store's writer thread stopped (${code})`)),
    );
    this.thread = thread;
    return thread;
  }

  private committed(message: Extract<FromWriter, { type: 'committed' }>): void {
    this.groups += 1;
    let wrote = false;
    for (const { id, outcome } of message.outcomes) {
      if (outcome.ok) {
        wrote ||= outcome.results.some((result) => result.position > 0n);
        this.settle(id, outcome.results);
      } else {
        this.settle(id, errorOf(outcome.failure));
      }
    }
    // An idle writer must not keep the process alive: a store nobody closed lets it exit.
    if (this.pending.size === 0 && !this.closing) this.thread?.worker.unref();
    if (wrote) this.onCommitted();
  }

  private settle(id: number, outcome: AppendResult[] | Error): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    if (outcome instanceof Error) pending.reject(outcome);
    else pending.resolve(outcome);
  }
}

/**
 * Loads the writer's TypeScript sources in the thread with @swc/core alone: @swc-node/register,
 * which the process may have been started with, takes most of a second to load (it reads the
 * tsconfig through typescript), so the thread does not inherit the process's preloads.
 * Modules are resolved from here, not from the working directory.
 */
const TYPESCRIPT_WORKER = `
const { readFileSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const { transformSync } = require(workerData.swc);
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
require(workerData.entry);
`;

/** The writer thread: from its TypeScript source (npm start, jest), or compiled next to this file. */
function writerThread(data: WriterData): Worker {
  if (__filename.endsWith('.ts')) {
    return new Worker(TYPESCRIPT_WORKER, {
      eval: true,
      execArgv: [],
      workerData: {
        ...data,
        entry: join(__dirname, 'sqlite.writer.worker.ts'),
        swc: require.resolve('@swc/core'),
      },
    });
  }
  return new Worker(join(__dirname, 'sqlite.writer.worker.js'), { workerData: data });
}

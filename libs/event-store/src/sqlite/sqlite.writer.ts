import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ProposedEvent } from '../port/envelope';
import type { AppendResult, ExpectedRevision } from '../port/event-store.port';
import { errorOf } from './sqlite.group-commit';
import type {
  Durability,
  FromWriter,
  NumberedRequest,
  ToWriter,
  WriterData,
} from './sqlite.writer.protocol';

const MAX_GROUP = 1000;

interface Pending {
  resolve(result: AppendResult): void;
  reject(error: Error): void;
}

/**
 * The writer thread, started when the first append comes, seen from the store's thread. Appends
 * made in the same tick travel in one message, and the writer commits whatever reached it during
 * its last commit in one transaction: a group shares one fsync, and each append learns its own
 * outcome only after that fsync.
 */
export class SqliteWriter {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private outbox: NumberedRequest[] = [];
  private nextId = 1;
  private failure: Error | undefined;
  private closing: Promise<void> | undefined;
  private groups = 0;
  private readonly opened: Promise<Durability>;
  private resolveOpened: (durability: Durability) => void = () => undefined;
  private rejectOpened: (error: Error) => void = () => undefined;

  constructor(
    private readonly file: string,
    /** Called after each acknowledged group that wrote something. */
    private readonly onCommitted: () => void,
  ) {
    this.opened = new Promise((resolve, reject) => {
      this.resolveOpened = resolve;
      this.rejectOpened = reject;
    });
    // Only durability() awaits it: a writer that failed to open must not be an unhandled rejection.
    this.opened.catch(() => undefined);
  }

  append(stream: string, events: readonly ProposedEvent[], expected: ExpectedRevision) {
    if (this.closing) return Promise.reject(new Error('The event store is closed'));
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<AppendResult>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.outbox.push({ id, stream, events, expected });
      if (this.outbox.length === 1) queueMicrotask(() => this.send());
    });
  }

  /** The settings of the writer's own connection (starts the writer thread if need be). */
  async durability(): Promise<Durability> {
    if (!this.started()) throw this.failure ?? new Error('The writer thread did not start');
    return this.opened;
  }

  /** How many transactions the writer has acknowledged (tests: one group, one transaction). */
  committedGroups(): number {
    return this.groups;
  }

  /** Waits for every append made so far, then stops the writer thread. */
  close(): Promise<void> {
    this.closing ??= this.stop();
    return this.closing;
  }

  private async stop(): Promise<void> {
    // Appends of this very tick are still in the outbox: they go first.
    this.send();
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.ref();
    this.post(worker, { type: 'close' });
    await exited;
  }

  private send(): void {
    const requests = this.outbox;
    if (requests.length === 0) return;
    this.outbox = [];
    const worker = this.started();
    if (!worker) return;
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
  }

  private started(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const data: WriterData = { file: this.file, maxGroup: MAX_GROUP };
      const worker = writerThread(data);
      worker.on('message', (message: FromWriter) => this.received(message));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (!this.closing)
          this.fail(new Error(`The event store's writer thread stopped (${code})`));
      });
      this.worker = worker;
      return worker;
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
      return undefined;
    }
  }

  private received(message: FromWriter): void {
    if (message.type === 'opened') this.resolveOpened(message.durability);
    if (message.type !== 'committed') return;
    this.groups += 1;
    let wrote = false;
    for (const { id, outcome } of message.outcomes) {
      if (outcome.ok) {
        wrote ||= outcome.result.position > 0n;
        this.settle(id, outcome.result);
      } else {
        this.settle(id, errorOf(outcome.failure));
      }
    }
    // An idle writer must not keep the process alive: a store nobody closed lets it exit.
    if (this.pending.size === 0 && !this.closing) this.worker?.unref();
    if (wrote) this.onCommitted();
  }

  private settle(id: number, outcome: AppendResult | Error): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    if (outcome instanceof Error) pending.reject(outcome);
    else pending.resolve(outcome);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.rejectOpened(error);
    for (const id of [...this.pending.keys()]) this.settle(id, error);
  }
}

/**
 * Loads the writer's TypeScript sources in the thread with @swc/core alone: @swc-node/register,
 * which the process may have been started with, takes most of a second to load (it reads the
 * tsconfig through typescript), so the thread does not inherit the process's preloads.
 */
const TYPESCRIPT_WORKER = `
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');
const { workerData } = require('node:worker_threads');
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
    const entry = join(__dirname, 'sqlite.writer.worker.ts');
    return new Worker(TYPESCRIPT_WORKER, {
      eval: true,
      execArgv: [],
      workerData: { ...data, entry },
    });
  }
  return new Worker(join(__dirname, 'sqlite.writer.worker.js'), { workerData: data });
}

import { Server, ServerCredentials } from '@grpc/grpc-js';
import { appendHandler } from './append.handler';
import { batchAppendHandler } from './batch-append.handler';
import { deleteHandler, tombstoneHandler } from './delete.handler';
import { zeroCounts, type CallCounts, type EmulatorContext } from './emulator-context';
import { EmulatorLog } from './emulator-log';
import { OpenCalls } from './open-calls';
import { ServerFeaturesService, StreamsService } from './proto';
import { readHandler } from './read.handler';
import { serverFeaturesHandler } from './server-features.handler';

export interface EsdbEmulatorOptions {
  /** Advertise BatchAppend in ServerFeatures, as a 23.10 server does (default true). */
  readonly batchAppend?: boolean;
  /** Largest total data of one append, in bytes (default 1,048,576, the server's default). */
  readonly maxAppendSize?: number;
  /**
   * Write every append as a transaction with a commit record, as servers before 20.6 did and
   * explicit transactions still do: its events share one commit position and keep their own
   * prepare positions (prepare < commit). Default false: commit == prepare, as 23.10 writes.
   */
  readonly commitRecords?: boolean;
  /**
   * Write the system events a real server writes (users, settings, stats metadata) at start and
   * after reset, and a `$statsCollected` event after every `statsEvery` client writes (default
   * true and 5): readers of `$all` meet `$` streams and types as they do in production.
   */
  readonly systemEvents?: boolean;
  readonly statsEvery?: number;
  /** Milliseconds since the Unix epoch, for `created` and `$maxAge` (default Date.now). */
  readonly clock?: () => number;
}

export interface RunningEsdbEmulator {
  readonly port: number;
  /** `esdb://127.0.0.1:PORT?tls=false` */
  readonly connectionString: string;
  /**
   * Ends every open call (subscriptions and BatchAppend calls close with an OK status) and shuts
   * the server down. Rejects if the emulator hit an internal fault while running.
   */
  stop(): Promise<void>;
  /**
   * Forgets every event and the call counts, and ends the open subscriptions; the startup system
   * events are written again.
   */
  reset(): void;
  /** How many calls of each kind were served since start or the last reset. */
  calls(): CallCounts;
  /** Subscriptions still open: a test can check that its code unsubscribed. */
  openSubscriptions(): number;
}

export const DEFAULT_MAX_APPEND_SIZE = 1_048_576;
export const DEFAULT_STATS_EVERY = 5;
const SHUTDOWN_GRACE_MS = 1_000;

/** Starts an emulator on a free port of 127.0.0.1. */
export async function start(options: EsdbEmulatorOptions = {}): Promise<RunningEsdbEmulator> {
  const faults: unknown[] = [];
  const context: EmulatorContext = {
    log: new EmulatorLog({
      commitRecords: options.commitRecords ?? false,
      systemEvents: options.systemEvents ?? true,
      statsEvery: options.statsEvery ?? DEFAULT_STATS_EVERY,
      clock: options.clock ?? Date.now,
    }),
    counts: zeroCounts(),
    openCalls: new OpenCalls(),
    maxAppendSize: options.maxAppendSize ?? DEFAULT_MAX_APPEND_SIZE,
    advertiseBatchAppend: options.batchAppend ?? true,
    reportFault: (error) => {
      faults.push(error);
      console.error('EventStoreDB emulator fault', error);
    },
  };
  const server = new Server();
  server.addService(StreamsService, {
    read: readHandler(context),
    append: appendHandler(context),
    batchAppend: batchAppendHandler(context),
    delete: deleteHandler(context),
    tombstone: tombstoneHandler(context),
  });
  server.addService(ServerFeaturesService, { getSupportedMethods: serverFeaturesHandler(context) });
  const port = await bind(server);
  let stopped: Promise<void> | undefined;
  return {
    port,
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    stop: () => {
      stopped ??= shutDown(server, context.openCalls).then(() => {
        if (faults.length > 0) {
          throw new AggregateError(faults, `EventStoreDB emulator: ${faults.length} fault(s)`);
        }
      });
      return stopped;
    },
    reset: () => {
      context.openCalls.endAll('subscription');
      context.log.reset();
      Object.assign(context.counts, zeroCounts());
    },
    calls: () => ({ ...context.counts }),
    openSubscriptions: () => context.openCalls.count('subscription'),
  };
}

function bind(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, port) =>
      error === null ? resolve(port) : reject(error),
    );
  });
}

/** Graceful first, so clients see their calls end cleanly; forced if a client lingers. */
function shutDown(server: Server, openCalls: OpenCalls): Promise<void> {
  openCalls.endAll();
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, SHUTDOWN_GRACE_MS);
    server.tryShutdown(() => {
      clearTimeout(force);
      resolve();
    });
  });
}

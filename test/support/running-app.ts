import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import { type DutyLedgerConfig, loadConfig } from '@dutyledger/config';
import type { ProjectionRunner } from '@dutyledger/read-models';
import { type ReadModelDatabase, openReadModels } from '@dutyledger/read-models';
import { createApp } from '../../apps/api/src/create-app';
import { embeddedSecret } from '@dutyledger/auth';
import { mintToken } from '@dutyledger/auth';
import type { Role } from '@dutyledger/auth';
import { PROJECTION_RUNNER, type Clock } from '@dutyledger/wiring';
import { postgresSchema } from './postgres';

export interface RunningApp {
  app: NestFastifyApplication;
  url: string;
  config: DutyLedgerConfig;
  /** Where the app's read models are (SQLite file or PostgreSQL schema). */
  readModelDatabase: ReadModelDatabase;
  token(role: Role, subject?: string, expiresInSeconds?: number): string;
  /**
   * Resolves when the projections have applied everything up to `position`; rejects, saying where
   * they stand, if they have not within `withinMs` (PROJECTED_WITHIN_MS): a projector that cannot
   * move fails the suite that waits for it instead of holding the run until it is killed.
   */
  projected(position: string, withinMs?: number): Promise<void>;
  /** Stops the app; `keepData` leaves the data directory for a restart. */
  stop(keepData?: boolean): Promise<void>;
}

export interface StartOptions {
  dataDir?: string;
  clock?: Clock;
  /** Read models on PostgreSQL, in a schema of their own (DUTYLEDGER_TEST_POSTGRES_URL). */
  postgres?: boolean;
  /** More environment variables for the configuration (e.g. DUTYLEDGER_JWT_PUBLIC_KEY). */
  env?: Record<string, string>;
  /** Where the app's log lines go instead of stdout. */
  logs?: DestinationStream;
}

/** How long `projected` waits by default: the demo projects in a few seconds on a loaded machine. */
export const PROJECTED_WITHIN_MS = 60_000;

/** `waited`, or a rejection saying `late()` once `withinMs` have passed first. */
async function within(waited: Promise<void>, withinMs: number, late: () => string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(late())), withinMs);
  });
  try {
    await Promise.race([waited, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the whole api (embedded stores in a fresh data directory) on an ephemeral port. */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'dutyledger-e2e-'));
  const config = loadConfig({
    DUTYLEDGER_DATA_DIR: dataDir,
    PORT: '0',
    // A run may ask for more or fewer log lines (benchmarks: warn).
    DUTYLEDGER_LOG_LEVEL: process.env.DUTYLEDGER_LOG_LEVEL,
    ...options.env,
  });
  const schema = options.postgres ? await postgresSchema() : undefined;
  const app = await createApp(
    config,
    {
      clock: options.clock,
      readModels: schema
        ? () => openReadModels({ kind: 'postgres', url: schema.url, schema: schema.name })
        : undefined,
    },
    { logs: options.logs },
  );
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const secret = embeddedSecret(dataDir);
  const runner = app.get<ProjectionRunner>(PROJECTION_RUNNER);
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    config,
    readModelDatabase: schema
      ? { kind: 'postgres', url: schema.url, schema: schema.name }
      : config.readModels,
    token: (role, subject = `${role.toLowerCase()}-1`, expiresInSeconds) =>
      mintToken(secret, { subject, role, expiresInSeconds }),
    projected: (position, withinMs = PROJECTED_WITHIN_MS) =>
      within(
        runner.waitFor(BigInt(position)),
        withinMs,
        () =>
          `the projections did not reach position ${position} within ${withinMs} ms: they have considered the log up to ${runner.position}`,
      ),
    stop: async (keepData = false) => {
      await app.close();
      await schema?.drop();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

import { existsSync } from 'node:fs';
import { type DynamicModule, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type DutyLedgerConfig, type LogLevel, loadConfig } from '@dutyledger/config';
import { EventStoreModule, StoresModule, createLogger } from '@dutyledger/wiring';
import { Logger, LoggerModule } from 'nestjs-pino';
import type { Logger as Pino } from 'pino';
import { CliError } from './command-line';

/** What a command opens: the event store alone, or both stores (the projection commands). */
export type StoresScope = 'event-store' | 'stores';

/**
 * The CLI as a Nest application without HTTP: the configured stores through the same modules as
 * the api and the projector (the projector is never started here), and Nest's logger on stderr,
 * so that a command's results on stdout stay clean.
 */
@Module({})
export class CliModule {
  static forConfig(config: DutyLedgerConfig, scope: StoresScope, logger: Pino): DynamicModule {
    const stores =
      scope === 'stores'
        ? StoresModule.forConfig({ ...config, runProjector: false })
        : EventStoreModule.forConfig(config);
    return {
      module: CliModule,
      imports: [stores, LoggerModule.forRoot({ pinoHttp: { logger } })],
    };
  }
}

/**
 * The CLI says what went wrong itself: at the default level (`info`) Nest's own lines are shown
 * from a warning up; a level asked for otherwise (`debug`, `silent`, …) is kept.
 */
function cliLogLevel(configured: LogLevel): LogLevel {
  return configured === 'info' ? 'warn' : configured;
}

/**
 * Runs `work` on the configured stores and closes them after, whatever happens. An embedded
 * event store that does not exist yet is an error (a command must not create an empty one).
 */
export async function withStores<T>(
  scope: StoresScope,
  work: (context: INestApplicationContext, config: DutyLedgerConfig) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  if (config.eventStore.kind === 'sqlite' && !existsSync(config.eventStore.file)) {
    throw new CliError('cli.noEventStore', { file: config.eventStore.file });
  }
  const logger = createLogger(
    { ...config.log, level: cliLogLevel(config.log.level) },
    'dutyledger-cli',
    process.stderr,
  );
  const context = await NestFactory.createApplicationContext(
    CliModule.forConfig(config, scope, logger),
    { bufferLogs: true, abortOnError: false },
  );
  context.useLogger(context.get(Logger));
  try {
    return await work(context, config);
  } finally {
    await context.close();
  }
}

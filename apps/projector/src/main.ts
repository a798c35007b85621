import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@dutyledger/config';
import { operatorLang } from '@dutyledger/i18n';
import {
  PROJECTION_RUNNER,
  READ_MODELS,
  boundHeapGrowth,
  createLogger,
  sayConfigError,
} from '@dutyledger/wiring';
import type { ProjectionRunner } from '@dutyledger/read-models';
import { Logger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { keepHealthFile } from './projector-health';
import { ProjectorModule } from './projector.module';

/**
 * The projector on its own: runs the projections, serves nothing (production layout). Stops
 * gracefully on SIGTERM (the batch in flight finished, the leases given up); exits with 1 when
 * its runner fails, so that the container is restarted and another projector takes over.
 */
async function main(): Promise<void> {
  boundHeapGrowth();
  // Started by the api as its child (DUTYLEDGER_PROJECTOR=child): when the api is gone, even
  // killed with kill -9, the IPC channel closes and the projector stops as on SIGTERM. Listened
  // to first, so that an api gone while this process still starts is not missed.
  if (process.send !== undefined) {
    process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  }
  let config;
  try {
    config = { ...loadConfig(), runProjector: true };
  } catch (error) {
    if (error instanceof ConfigError) {
      // Said to whoever starts the process, in their language (README, "Languages").
      process.stderr.write(`${sayConfigError(error, operatorLang(process.env))}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.log, 'dutyledger-projector');
  const app = await NestFactory.createApplicationContext(
    ProjectorModule.forConfig(config, logger),
    { bufferLogs: true },
  );
  const log = app.get(Logger);
  app.useLogger(log);
  app.enableShutdownHooks();
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, () => (stopping = true));
  const runner = app.get<ProjectionRunner>(PROJECTION_RUNNER);
  void runner.ended.then(() => {
    if (stopping) return;
    log.error('The projection runner failed; exiting', 'Main');
    process.exit(1);
  });
  if (config.healthFile !== undefined) {
    keepHealthFile(config.healthFile, app.get<DataSource>(READ_MODELS), () => runner.running);
  }
  log.log(`DutyLedger projector running (events: ${config.eventStore.kind})`, 'Main');
}

void main();

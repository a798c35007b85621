import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@dutyledger/config';
import { PROJECTION_RUNNER, READ_MODELS, StoresModule } from '@dutyledger/platform';
import type { ProjectionRunner } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { keepHealthFile } from './projector-health';

/**
 * The projector on its own: runs the projections, serves nothing (production layout). Stops
 * gracefully on SIGTERM (the batch in flight finished, the leases given up); exits with 1 when
 * its runner fails, so that the container is restarted and another projector takes over.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = { ...loadConfig(), runProjector: true };
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const app = await NestFactory.createApplicationContext(StoresModule.forConfig(config));
  app.enableShutdownHooks();
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, () => (stopping = true));
  const runner = app.get<ProjectionRunner>(PROJECTION_RUNNER);
  void runner.ended.then(() => {
    if (stopping) return;
    process.stderr.write('DutyLedger projector: the projection runner failed; exiting\n');
    process.exit(1);
  });
  if (config.healthFile !== undefined) {
    keepHealthFile(config.healthFile, app.get<DataSource>(READ_MODELS), () => runner.running);
  }
  process.stdout.write(`DutyLedger projector running (events: ${config.eventStore.kind})\n`);
}

void main();

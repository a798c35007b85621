import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@dutyledger/config';
import { StoresModule } from '@dutyledger/platform';

/** The projector on its own: runs the projections, serves nothing (production layout). */
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
  process.stdout.write(`DutyLedger projector running (events: ${config.eventStore.kind})\n`);
}

void main();

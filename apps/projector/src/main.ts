import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@dutyledger/config';
import { createLogger } from '@dutyledger/platform';
import { Logger } from 'nestjs-pino';
import { ProjectorModule } from './projector.module';

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
  const logger = createLogger(config.log, 'dutyledger-projector');
  const app = await NestFactory.createApplicationContext(
    ProjectorModule.forConfig(config, logger),
    {
      bufferLogs: true,
    },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log(`DutyLedger projector running (events: ${config.eventStore.kind})`, 'Main');
}

void main();

import 'reflect-metadata';
import { ConfigError, loadConfig } from '@dutyledger/config';
import { Logger } from 'nestjs-pino';
import { createApp } from './create-app';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.http.port, config.http.host);
  // A log line like every other (JSON unless DUTYLEDGER_LOG_FORMAT=pretty).
  app
    .get(Logger)
    .log(
      `DutyLedger listening on http://${config.http.host}:${config.http.port} ` +
        `(events: ${config.eventStore.kind}, read models: ${config.readModels.kind}, ` +
        `projector: ${config.runProjector ? 'in-process' : 'separate'})`,
      'Main',
    );
}

void main();

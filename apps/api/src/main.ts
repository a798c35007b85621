import 'reflect-metadata';
import { ConfigError, loadConfig } from '@dutyledger/config';
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
  process.stdout.write(
    `DutyLedger listening on http://${config.http.host}:${config.http.port} ` +
      `(events: ${config.eventStore.kind}, read models: ${config.readModels.kind}, ` +
      `projector: ${config.runProjector ? 'in-process' : 'separate'})\n`,
  );
}

void main();

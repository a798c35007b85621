import 'reflect-metadata';
import { ConfigError, loadConfig } from '@dutyledger/config';
import { operatorLang } from '@dutyledger/i18n';
import type { ProjectionRunner } from '@dutyledger/read-models';
import { PROJECTION_RUNNER, boundHeapGrowth, sayConfigError } from '@dutyledger/wiring';
import { Logger } from 'nestjs-pino';
import { createApp } from './create-app';
import { startProjectorChild } from './projector-child';

async function main(): Promise<void> {
  boundHeapGrowth();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      // Said to whoever starts the process, in their language (README, "Languages").
      process.stderr.write(`${sayConfigError(error, operatorLang(process.env))}\n`);
      process.exit(2);
    }
    throw error;
  }
  // The projector runs beside the api, in a process of its own unless told to share the api's.
  // Either way it starts once the api listens: a catch-up on the api's loop would otherwise hold
  // the server's start-up back between its batches.
  const child = config.runProjector && config.projectorProcess;
  const inProcess = config.runProjector && !config.projectorProcess;
  const app = await createApp({ ...config, runProjector: false });
  await app.listen(config.http.port, config.http.host);
  // Not before: the child's own start (loading its modules, opening the stores) would take the
  // CPU from the api's.
  if (child) startProjectorChild((message) => app.get(Logger).warn(message, 'Main'));
  if (inProcess) await app.get<ProjectionRunner>(PROJECTION_RUNNER).start();
  // A log line like every other (JSON unless DUTYLEDGER_LOG_FORMAT=pretty).
  app
    .get(Logger)
    .log(
      `DutyLedger listening on http://${config.http.host}:${config.http.port} ` +
        `(events: ${config.eventStore.kind}, read models: ${config.readModels.kind}, ` +
        `projector: ${config.runProjector ? (config.projectorProcess ? 'child process' : 'in-process') : 'separate'})`,
      'Main',
    );
}

void main();

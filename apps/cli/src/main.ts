import 'reflect-metadata';
import { processOutput } from './cli-command';
import { runCli } from './cli';

void runCli(process.argv.slice(2), processOutput).then((code) => {
  process.exitCode = code;
});

import 'reflect-metadata';
import { ConfigError } from '@dutyledger/config';
import { tokenCommand, tokenUsage } from './commands/token.command';
import { CliError, parseFlags } from './flags';

const usage = `Usage: npm run cli -- <command> [flags]

  ${tokenUsage}
`;

function main(args: readonly string[]): number {
  try {
    const { words, flags } = parseFlags(args);
    switch (words[0]) {
      case 'token':
        process.stdout.write(`${tokenCommand(flags)}\n`);
        return 0;
      case undefined:
      case 'help':
        process.stdout.write(usage);
        return 0;
      default:
        throw new CliError(`Unknown command "${words[0]}"\n\n${usage}`);
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));

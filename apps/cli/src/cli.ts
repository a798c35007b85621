import { ConfigError } from '@dutyledger/config';
import type { CliCommand, CliOutput } from './cli-command';
import { CliError, UsageError, parseCommandLine } from './command-line';
import { COMMANDS } from './commands';

/** The exit code of a command line that is wrong, as with most Unix tools. */
export const USAGE_EXIT_CODE = 2;

export const USAGE = `Usage: npm run cli -- <command> [flags]   (npm run cli -- <command> --help)

${COMMANDS.map((command) => `  ${command.usage}`).join('\n\n')}
`;

const usageOf = (command: CliCommand) => `Usage: npm run cli -- ${command.usage}`;

/** Runs one command line; answers the exit code. */
export async function runCli(args: readonly string[], output: CliOutput): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const asked = COMMANDS.find((command) => command.name === rest[0]);
    output.out(asked ? usageOf(asked) : USAGE);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    output.err(`Unknown command "${name}"\n\n${USAGE}`);
    return USAGE_EXIT_CODE;
  }
  try {
    const { words, flags, help } = parseCommandLine(rest, command);
    if (help) {
      output.out(usageOf(command));
      return 0;
    }
    return await command.run(words, flags, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`${error.message}\n\n${usageOf(command)}`);
      return USAGE_EXIT_CODE;
    }
    if (error instanceof CliError || error instanceof ConfigError) {
      output.err(error.message);
      return 2;
    }
    throw error;
  }
}

import 'reflect-metadata';
import { ConfigError } from '@dutyledger/config';
import { processOutput } from './cli-command';
import { COMMANDS } from './commands';
import { CliError, parseFlags } from './flags';

const usage = `Usage: npm run cli -- <command> [flags]

${COMMANDS.map((command) => `  ${command.usage}`).join('\n\n')}
`;

async function main(args: readonly string[]): Promise<number> {
  try {
    const { words, flags } = parseFlags(args);
    const [name, ...rest] = words;
    if (name === undefined || name === 'help') {
      processOutput.out(usage);
      return 0;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (!command) throw new CliError(`Unknown command "${name}"\n\n${usage}`);
    return await command.run(rest, flags, processOutput);
  } catch (error) {
    if (error instanceof CliError || error instanceof ConfigError) {
      processOutput.err(error.message);
      return 2;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

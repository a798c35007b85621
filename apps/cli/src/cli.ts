import { ConfigError } from '@dutyledger/config';
import { type Lang, operatorLang, translate } from '@dutyledger/i18n';
import { sayConfigError } from '@dutyledger/wiring';
import type { CliCommand, CliOutput } from './cli-command';
import { CliError, UsageError, parseCommandLine } from './command-line';
import { COMMANDS } from './commands';

/** The exit code of a command line that is wrong, as with most Unix tools. */
export const USAGE_EXIT_CODE = 2;

/** The operator's language: DUTYLEDGER_LANG, else LANG (`zh_CN.UTF-8` counts), else English. */
export const cliLang = operatorLang;

/** A command's usage line and, under it, what it does in `lang`. */
const described = (command: CliCommand, lang: Lang) => {
  const about = translate(lang, command.about.key, command.about.values);
  return `${command.usage}\n${about.replace(/^/gm, '    ')}`;
};

/** Every command's usage, in `lang` (the commands and flags themselves are not translated). */
export const usageIn = (lang: Lang) => `${translate(lang, 'cli.usage.all')}

${COMMANDS.map((command) => `  ${described(command, lang)}`).join('\n\n')}
`;

export const USAGE = usageIn('en');

/** Runs one command line; answers the exit code. */
export async function runCli(
  args: readonly string[],
  output: CliOutput,
  lang: Lang = cliLang(process.env),
): Promise<number> {
  const USAGE = usageIn(lang);
  const usageOf = (command: CliCommand) =>
    translate(lang, 'cli.usage.one', { usage: described(command, lang) });
  const [name, ...rest] = args;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const asked = COMMANDS.find((command) => command.name === rest[0]);
    output.out(asked ? usageOf(asked) : USAGE);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    output.err(`${translate(lang, 'cli.unknownCommand', { name })}\n\n${USAGE}`);
    return USAGE_EXIT_CODE;
  }
  try {
    const { words, flags, help } = parseCommandLine(rest, command);
    if (help) {
      output.out(usageOf(command));
      return 0;
    }
    return await command.run(words, flags, output, lang);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`${translate(lang, error.said.key, error.said.values)}\n\n${usageOf(command)}`);
      return USAGE_EXIT_CODE;
    }
    if (error instanceof CliError) {
      output.err(translate(lang, error.said.key, error.said.values));
      return 2;
    }
    if (error instanceof ConfigError) {
      output.err(sayConfigError(error, lang));
      return 2;
    }
    throw error;
  }
}

import { parseArgs } from 'node:util';
import type { MessageValues } from '@dutyledger/i18n';

/** A command could not do its work (no store, no api): said on stderr, exit code 2. */
export class CliError extends Error {
  override readonly name: string = 'CliError';
}

/**
 * The command line itself is wrong (unknown flag, missing or bad value): said with the usage,
 * in the operator's language when it has a `cli` message (`said`), else as its English message.
 */
export class UsageError extends CliError {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly said?: { readonly key: string; readonly values: MessageValues },
  ) {
    super(message);
  }
}

/** A command's `--name value` flags, each given at most once. */
export type Flags = ReadonlyMap<string, string>;

/** What a command accepts on its command line. */
export interface CommandLineRules {
  /** The flags it takes, each with a value: `--name value` or `--name=value`. */
  readonly flags: readonly string[];
  /** How many words (positional arguments) it takes. */
  readonly words: { readonly min: number; readonly max: number };
}

export interface CommandLine {
  words: string[];
  flags: Flags;
  /** `--help` or `-h` was given: show the usage, do nothing else. */
  help: boolean;
}

/** Node's message without its hint about `--`, which does not apply to our commands. */
function sentence(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('. To specify')[0] ?? message;
}

/**
 * Parses a command's arguments with node's `util.parseArgs` in strict mode: an unknown flag, a
 * flag without its value, a flag given twice or a word too many is a UsageError.
 */
export function parseCommandLine(args: readonly string[], rules: CommandLineRules): CommandLine {
  const options = Object.fromEntries(
    rules.flags.map((name) => [name, { type: 'string' as const }]),
  );
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw new UsageError(sentence(error));
  }
  const given = parsed.tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : []));
  const twice = given.find((name, index) => given.indexOf(name) !== index);
  if (twice !== undefined) {
    throw new UsageError(`--${twice} is given more than once`, {
      key: 'cli.flagTwice',
      values: { flag: twice },
    });
  }
  const help = parsed.values.help === true;
  const words = parsed.positionals;
  if (!help && (words.length < rules.words.min || words.length > rules.words.max)) {
    const extra = words[rules.words.max] ?? '';
    throw words.length > rules.words.max
      ? new UsageError(`Unexpected argument "${extra}"`, {
          key: 'cli.unexpectedArgument',
          values: { word: extra },
        })
      : new UsageError('An argument is missing', { key: 'cli.argumentMissing', values: {} });
  }
  const flags = new Map<string, string>();
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const name of rules.flags) {
    const value = values[name];
    if (typeof value === 'string') flags.set(name, value);
  }
  return { words, flags, help };
}

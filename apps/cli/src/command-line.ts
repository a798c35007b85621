import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type MessageValues, translate } from '@dutyledger/i18n';

/** What the CLI says: a key of the `cli` catalogue and the values its message names. */
export interface Said {
  readonly key: string;
  readonly values: MessageValues;
}

/**
 * A command could not do its work (no store, no api): said on stderr in the operator's language
 * (`said`), exit code 2. Its `message` is the same said in English.
 */
export class CliError extends Error {
  override readonly name: string = 'CliError';
  readonly said: Said;
  constructor(key: string, values: MessageValues = {}) {
    super(translate('en', key, values));
    this.said = { key, values };
  }
}

/** The command line itself is wrong (unknown flag, missing or bad value): said with the usage. */
export class UsageError extends CliError {
  override readonly name = 'UsageError';
}

/** The options node's parser is given. */
type ParseArgsOptions = NonNullable<ParseArgsConfig['options']>;

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
 * Why node's strict parse refused `args`, found again in its tokens so that it can be said in
 * the operator's language: an unknown flag, a flag without its value (or followed by another
 * flag instead), `--help` with a value; node's own sentence for anything else.
 */
function refusal(args: readonly string[], options: ParseArgsOptions, error: unknown): UsageError {
  const { tokens } = parseArgs({
    args: [...args],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const flag = token.rawName;
    const option = options[token.name];
    if (option === undefined) return new UsageError('cli.unknownFlag', { flag });
    if (option.type === 'boolean') {
      if (token.value !== undefined) return new UsageError('cli.flagTakesNoValue', { flag });
    } else if (token.value === undefined) {
      return new UsageError('cli.flagValueMissing', { flag });
    } else if (!token.inlineValue && token.value.startsWith('-')) {
      return new UsageError('cli.flagValueAmbiguous', { flag, next: token.value });
    }
  }
  return new UsageError('cli.commandLineRefused', { reason: sentence(error) });
}

/**
 * Parses a command's arguments with node's `util.parseArgs` in strict mode: an unknown flag, a
 * flag without its value, a flag given twice or a word too many is a UsageError.
 */
export function parseCommandLine(args: readonly string[], rules: CommandLineRules): CommandLine {
  const options: ParseArgsOptions = {
    ...Object.fromEntries(rules.flags.map((name) => [name, { type: 'string' as const }])),
    help: { type: 'boolean', short: 'h' },
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw refusal(args, options, error);
  }
  const given = parsed.tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : []));
  const twice = given.find((name, index) => given.indexOf(name) !== index);
  if (twice !== undefined) throw new UsageError('cli.flagTwice', { flag: twice });
  const help = parsed.values.help === true;
  const words = parsed.positionals;
  if (!help && (words.length < rules.words.min || words.length > rules.words.max)) {
    const extra = words[rules.words.max] ?? '';
    throw words.length > rules.words.max
      ? new UsageError('cli.unexpectedArgument', { word: extra })
      : new UsageError('cli.argumentMissing');
  }
  const flags = new Map<string, string>();
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const name of rules.flags) {
    const value = values[name];
    if (typeof value === 'string') flags.set(name, value);
  }
  return { words, flags, help };
}

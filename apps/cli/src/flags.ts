export class CliError extends Error {
  override readonly name = 'CliError';
}

export type Flags = Map<string, string>;

/** `--name value` pairs after the command words. */
export function parseFlags(args: readonly string[]): { words: string[]; flags: Flags } {
  const words: string[] = [];
  const flags: Flags = new Map();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg.startsWith('--')) {
      const value = args[index + 1];
      if (value === undefined || value.startsWith('--')) throw new CliError(`${arg} needs a value`);
      flags.set(arg.slice(2), value);
      index++;
    } else {
      words.push(arg);
    }
  }
  return { words, flags };
}

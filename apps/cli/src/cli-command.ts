import type { Lang, MessageValues } from '@dutyledger/i18n';
import type { CommandLineRules, Flags } from './command-line';

/** What a command may print to: stdout for results, stderr for progress. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export const processOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** One `npm run cli -- <name> ...` command. */
export interface CliCommand extends CommandLineRules {
  readonly name: string;
  /** Its usage line: its words and flags, never translated; shown by `help` and with every usage error. */
  readonly usage: string;
  /** What it does, said under its usage line in the operator's language (a cli key). */
  readonly about: { readonly key: string; readonly values?: MessageValues };
  /**
   * `words` are the words after the command's name; `lang` is the operator's language its
   * sentences are said in (English when not given). Answers the process exit code.
   */
  run(words: readonly string[], flags: Flags, output: CliOutput, lang?: Lang): Promise<number>;
}

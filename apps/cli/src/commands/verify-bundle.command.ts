import { readFileSync } from 'node:fs';
import { verifyCaseBundle } from '@dutyledger/event-store';
import type { CliCommand } from '../cli-command';
import { CliError } from '../command-line';

function describe(problem: ReturnType<typeof verifyCaseBundle>['problems'][number]): string {
  const event =
    problem.eventId === undefined
      ? ''
      : ` [event ${problem.eventId}, stream ${problem.stream ?? '?'}, revision ${problem.revision ?? '?'}]`;
  const values =
    problem.expected === undefined ? '' : ` (expected ${problem.expected}, found ${problem.found})`;
  return `line ${problem.line}${event}: ${problem.message}${values}`;
}

export const verifyBundleCommand: CliCommand = {
  name: 'verify-bundle',
  flags: [],
  words: { min: 1, max: 1 },
  usage: `verify-bundle FILE
    Checks a case bundle offline (no database, no configuration): recomputes every stream's hash
    chain and compares counts and heads with the manifest. Exit 0 when it holds, 1 otherwise.`,
  run(words, _flags, output) {
    const [file] = words;
    if (file === undefined) throw new CliError('verify-bundle needs the bundle FILE');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new CliError(
        `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const verdict = verifyCaseBundle(text);
    if (verdict.ok) {
      output.out(
        `OK: case ${verdict.caseId ?? '?'}, ${verdict.eventCount} events in ${verdict.streamCount} streams; every chain and the manifest hold`,
      );
      return Promise.resolve(0);
    }
    output.out(`BROKEN: ${verdict.problems.length} problem(s) in ${file}`);
    for (const problem of verdict.problems) output.out(describe(problem));
    return Promise.resolve(1);
  },
};

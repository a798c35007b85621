import { type KeyObject, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { keyIdOf, verifyCaseBundle } from '@dutyledger/event-store';
import type { CliCommand } from '../cli-command';
import { CliError, UsageError } from '../command-line';

function describe(problem: ReturnType<typeof verifyCaseBundle>['problems'][number]): string {
  const event =
    problem.eventId === undefined
      ? ''
      : ` [event ${problem.eventId}, stream ${problem.stream ?? '?'}, revision ${problem.revision ?? '?'}]`;
  const values =
    problem.expected === undefined ? '' : ` (expected ${problem.expected}, found ${problem.found})`;
  return `line ${problem.line}${event}: ${problem.message}${values}`;
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `Cannot read ${what} ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function publicKeyOf(file: string): KeyObject {
  try {
    const key = createPublicKey(readText(file, 'the public key'));
    if (key.asymmetricKeyType === 'ed25519') return key;
  } catch (error) {
    if (error instanceof CliError) throw error;
  }
  throw new UsageError(`--public-key ${file} must hold an Ed25519 public key (PEM)`);
}

function checkpointOf(file: string): unknown {
  try {
    return JSON.parse(readText(file, 'the checkpoint')) as unknown;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new UsageError(`--checkpoint ${file} is not a checkpoint file (JSON)`);
  }
}

export const verifyBundleCommand: CliCommand = {
  name: 'verify-bundle',
  flags: ['public-key', 'checkpoint'],
  words: { min: 1, max: 1 },
  usage: `verify-bundle FILE [--public-key KEY.pem] [--checkpoint CHECKPOINT.json]
    Checks a case bundle offline (no database, no configuration): recomputes every stream's hash
    chain, compares counts and heads with the manifest, and holds each stream against the signed
    checkpoint of the log the manifest carries (events cut off before the export show there);
    --public-key requires that checkpoint to be signed by that key (otherwise its key id is
    printed: compare it with the one you trust); --checkpoint also holds the bundle against a
    checkpoint file kept elsewhere (a store rolled back before the export shows there).
    Exit 0 when everything holds, 1 otherwise.`,
  run(words, flags, output) {
    const [file] = words;
    if (file === undefined) throw new UsageError('verify-bundle needs the bundle FILE');
    const keyFile = flags.get('public-key');
    const trusted = keyFile === undefined ? undefined : publicKeyOf(keyFile);
    const checkpointFile = flags.get('checkpoint');
    const given = checkpointFile === undefined ? undefined : checkpointOf(checkpointFile);
    const verdict = verifyCaseBundle(readText(file, 'the bundle'), { trusted, given });
    const signed = verdict.checkpoint;
    const checkpoint =
      signed === null
        ? 'it carries no signed checkpoint of the log, so events cut off before the export cannot be told'
        : `held against the log's checkpoint at position ${signed.position} of ${signed.recordedAt}, signed by key ${signed.keyId}${trusted ? ` (${keyIdOf(trusted) === signed.keyId ? 'the key given' : 'not the key given'})` : ''}`;
    if (verdict.ok) {
      output.out(
        `OK: case ${verdict.caseId ?? '?'}, ${verdict.eventCount} events in ${verdict.streamCount} streams; every chain and the manifest hold; ${checkpoint}`,
      );
      return Promise.resolve(0);
    }
    output.out(`BROKEN: ${verdict.problems.length} problem(s) in ${file}; ${checkpoint}`);
    for (const problem of verdict.problems) output.out(describe(problem));
    return Promise.resolve(1);
  },
};

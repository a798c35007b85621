import { type KeyObject, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { types } from 'node:util';
import { keyIdOf, verifyCaseBundle } from '@dutyledger/event-store';
import { type Lang, translate } from '@dutyledger/i18n';
import type { CliCommand } from '../cli-command';
import { CliError, UsageError } from '../command-line';

type Verdict = ReturnType<typeof verifyCaseBundle>;

/** One problem, said in `lang`: its code's message, on its line, framed by its checkpoint's. */
function describe(problem: Verdict['problems'][number], lang: Lang): string {
  const { eventId, expected, found } = problem;
  const said = translate(lang, `integrity.${problem.code}`, problem.params);
  const message =
    problem.checkpoint === undefined
      ? said
      : translate(lang, `cli.verifyBundle.${problem.checkpoint}Checkpoint`, { problem: said });
  const line = String(problem.line);
  const values =
    expected === undefined
      ? ''
      : translate(lang, 'cli.verifyBundle.values', { expected, found: found ?? '?' });
  if (eventId === undefined)
    return translate(lang, 'cli.verifyBundle.line', { line, message, values });
  const stream = problem.stream ?? '?';
  const revision = problem.revision ?? '?';
  const named = { line, eventId, stream, revision, message, values };
  return translate(lang, 'cli.verifyBundle.eventLine', named);
}

/** What the bundle's signed checkpoint says, in `lang`. */
function checkpointSentence(verdict: Verdict, trusted: KeyObject | undefined, lang: Lang): string {
  const signed = verdict.checkpoint;
  if (signed === null) return translate(lang, 'cli.verifyBundle.noCheckpoint');
  const { recordedAt, keyId } = signed;
  const position = String(signed.position);
  const given = trusted === undefined ? 'none' : keyIdOf(trusted) === keyId ? 'given' : 'other';
  return translate(lang, 'cli.verifyBundle.checkpoint', {
    position,
    recordedAt,
    keyId,
    trusted: given,
  });
}

/** The text of `file`, the bundle or a file a flag names (`what`). */
function readText(file: string, what: 'bundle' | 'publicKey' | 'checkpoint'): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = types.isNativeError(error) ? error.message : String(error);
    throw new CliError('cli.verifyBundle.cannotRead', { what, file, reason });
  }
}

function publicKeyOf(file: string): KeyObject {
  try {
    const key = createPublicKey(readText(file, 'publicKey'));
    if (key.asymmetricKeyType === 'ed25519') return key;
  } catch (error) {
    if (error instanceof CliError) throw error;
  }
  throw new UsageError('cli.verifyBundle.publicKeyInvalid', { file });
}

function checkpointOf(file: string): unknown {
  try {
    return JSON.parse(readText(file, 'checkpoint')) as unknown;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new UsageError('cli.verifyBundle.checkpointInvalid', { file });
  }
}

export const verifyBundleCommand: CliCommand = {
  name: 'verify-bundle',
  flags: ['public-key', 'checkpoint'],
  words: { min: 1, max: 1 },
  usage: 'verify-bundle FILE [--public-key KEY.pem] [--checkpoint CHECKPOINT.json]',
  about: { key: 'cli.about.verifyBundle' },
  run(words, flags, output, lang: Lang = 'en') {
    const [file] = words;
    if (file === undefined) throw new UsageError('cli.verifyBundle.fileMissing');
    const keyFile = flags.get('public-key');
    const trusted = keyFile === undefined ? undefined : publicKeyOf(keyFile);
    const checkpointFile = flags.get('checkpoint');
    const given = checkpointFile === undefined ? undefined : checkpointOf(checkpointFile);
    const verdict = verifyCaseBundle(readText(file, 'bundle'), { trusted, given });
    const checkpoint = checkpointSentence(verdict, trusted, lang);
    if (verdict.ok) {
      const { eventCount: events, streamCount: streams } = verdict;
      const caseId = verdict.caseId ?? '?';
      const values = { caseId, events, streams, checkpoint };
      output.out(translate(lang, 'cli.verifyBundle.ok', values));
      return Promise.resolve(0);
    }
    const problems = verdict.problems.length;
    output.out(translate(lang, 'cli.verifyBundle.broken', { problems, file, checkpoint }));
    for (const problem of verdict.problems) output.out(describe(problem, lang));
    return Promise.resolve(1);
  },
};

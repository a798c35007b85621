import { existsSync } from 'node:fs';
import {
  type CheckpointVerdict,
  type EventStore,
  StreamNotFoundError,
  type VerificationProgress,
  type VerificationResult,
  verifyStream,
} from '@dutyledger/event-store';
import {
  EVENT_STORE,
  chainBreakAnswer,
  checkpointAnswer,
  readCheckpointFile,
  sayHead,
  verifyLog,
} from '@dutyledger/wiring';
import { type Lang, translate } from '@dutyledger/i18n';
import type { CliCommand, CliOutput } from '../cli-command';
import { UsageError } from '../command-line';
import { withStores } from '../cli.module';

function progressLine(
  stream: string | undefined,
  progress: VerificationProgress,
  lang: Lang,
): string {
  return translate(lang, 'cli.verify.progress', {
    events: progress.eventsChecked,
    streams: progress.streamsChecked,
    where: stream === undefined ? 'position' : 'revision',
    reached: String(progress.reached),
    head: String(progress.head),
  });
}

/**
 * A checkpoint's verdict in `lang`, its problem said from the problem's code, then each stream
 * whose head differs from the signed one (the hashes as they are, the words in `lang`).
 */
function checkpointLines(verdict: CheckpointVerdict, lang: Lang): string[] {
  const differences = verdict.differences.map((difference) =>
    translate(lang, 'cli.verify.headDiffers', {
      stream: difference.stream,
      signed: sayHead(difference.signed, lang),
      found: sayHead(difference.found, lang),
    }),
  );
  return [checkpointLine(verdict, lang), ...differences];
}

function checkpointLine(verdict: CheckpointVerdict, lang: Lang): string {
  const { problem } = verdict;
  return translate(lang, 'cli.verify.checkpoint', {
    source: verdict.source,
    where: verdict.where,
    position:
      verdict.position === undefined || verdict.position === null ? '?' : String(verdict.position),
    holds: verdict.ok ? 'yes' : 'no',
    problem:
      problem === null
        ? translate(lang, 'cli.verify.checkpointFails')
        : translate(lang, `integrity.${problem.code}`, problem.params),
  });
}

async function run(
  stream: string | undefined,
  given: string | undefined,
  output: CliOutput,
  lang: Lang,
): Promise<number> {
  if (given !== undefined && stream !== undefined) {
    throw new UsageError('cli.verify.checkpointWithStream');
  }
  if (given !== undefined && !existsSync(given)) {
    throw new UsageError('cli.verify.checkpointMissing', { file: given });
  }
  return withStores('event-store', async (context, config) => {
    const store = context.get<EventStore>(EVENT_STORE);
    try {
      const options = {
        onProgress: (p: VerificationProgress) => output.err(progressLine(stream, p, lang)),
      };
      const givenSource = given === undefined ? undefined : readCheckpointFile(given, 'given');
      const result: VerificationResult & { checkpoints?: CheckpointVerdict[] } =
        stream === undefined
          ? await verifyLog(store, config, { ...options, given: givenSource ? [givenSource] : [] })
          : await verifyStream(store, stream, options);
      for (const verdict of result.checkpoints ?? []) {
        for (const line of checkpointLines(verdict, lang)) output.err(line);
      }
      const broken = result.firstBreak;
      if (broken !== null) {
        const { position, problem } = chainBreakAnswer(broken, lang);
        output.err(translate(lang, 'cli.verify.firstBreak', { position, problem }));
      }
      output.out(
        JSON.stringify({
          ok: result.ok,
          scope: stream === undefined ? 'store' : 'stream',
          stream: stream ?? null,
          eventsChecked: result.eventsChecked,
          streamsChecked: result.streamsChecked,
          firstBreak: broken === null ? null : chainBreakAnswer(broken),
          checkpoints: (result.checkpoints ?? []).map((verdict) => checkpointAnswer(verdict)),
        }),
      );
      return result.ok ? 0 : 1;
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
      output.err(translate(lang, 'cli.verify.streamNotFound', { stream: error.stream }));
      return 1;
    }
  });
}

export const verifyCommand: CliCommand = {
  name: 'verify',
  flags: ['stream', 'checkpoint'],
  words: { min: 0, max: 0 },
  usage: 'verify [--stream STREAM] [--checkpoint FILE]',
  about: { key: 'cli.about.verify' },
  run: (_words, flags, output, lang = 'en') =>
    run(flags.get('stream'), flags.get('checkpoint'), output, lang),
};

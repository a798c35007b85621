import { loadConfig } from '@dutyledger/config';
import {
  StreamNotFoundError,
  type VerificationProgress,
  verifyStore,
  verifyStream,
} from '@dutyledger/event-store';
import type { CliCommand, CliOutput } from '../cli-command';
import { eventStoreOf } from '../event-store-of';

function progressLine(stream: string | undefined, progress: VerificationProgress): string {
  const where = stream === undefined ? 'position' : 'revision';
  return `verified ${progress.eventsChecked} events in ${progress.streamsChecked} streams (${where} ${progress.reached} of ${progress.head})`;
}

async function run(stream: string | undefined, output: CliOutput): Promise<number> {
  const store = eventStoreOf(loadConfig());
  try {
    const options = {
      onProgress: (p: VerificationProgress) => output.err(progressLine(stream, p)),
    };
    const result =
      stream === undefined
        ? await verifyStore(store, options)
        : await verifyStream(store, stream, options);
    const broken = result.firstBreak;
    output.out(
      JSON.stringify({
        ok: result.ok,
        scope: stream === undefined ? 'store' : 'stream',
        stream: stream ?? null,
        eventsChecked: result.eventsChecked,
        streamsChecked: result.streamsChecked,
        firstBreak:
          broken === null
            ? null
            : { ...broken, revision: String(broken.revision), position: String(broken.position) },
      }),
    );
    return result.ok ? 0 : 1;
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
    output.err(error.message);
    return 1;
  } finally {
    await store.close();
  }
}

export const verifyCommand: CliCommand = {
  name: 'verify',
  flags: ['stream'],
  words: { min: 0, max: 0 },
  usage: `verify [--stream STREAM]
    Recomputes the hash chain of one stream, or of every stream of the configured store.
    Progress goes to stderr, the result (JSON, with the first broken link) to stdout.
    Exit 0 when every link holds, 1 when one is broken.`,
  run: (_words, flags, output) => run(flags.get('stream'), output),
};

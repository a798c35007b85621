import { copyFileSync, existsSync } from 'node:fs';
import type { EventStore } from '@dutyledger/event-store';
import { EVENT_STORE, LogCheckpointer, writeCheckpointFile } from '@dutyledger/wiring';
import type { CliCommand } from '../cli-command';
import { CliError } from '../command-line';
import { withStores } from '../cli.module';

export const checkpointCommand: CliCommand = {
  name: 'checkpoint',
  flags: ['out'],
  words: { min: 0, max: 0 },
  usage: `checkpoint [--out FILE]
    Records a signed checkpoint of the whole log now (in the store and in the checkpoint file,
    DUTYLEDGER_CHECKPOINT_FILE), unless nothing was appended since the last one; with --out, also
    writes it to FILE: keep that copy away from the store, and verify --checkpoint FILE against it.`,
  run: (_words, flags, output) =>
    withStores('event-store', async (context, config) => {
      const out = flags.get('out');
      const store = context.get<EventStore>(EVENT_STORE);
      const recorded = await new LogCheckpointer(store, config).record();
      if (recorded) {
        if (out !== undefined) writeCheckpointFile(out, recorded);
        const { position, streams, events, keyId } = recorded.checkpoint;
        output.out(
          `Signed the log up to position ${position} (${events} events in ${streams} streams) with key ${keyId}${out === undefined ? '' : `; copied to ${out}`}`,
        );
        return 0;
      }
      if (!existsSync(config.checkpoints.file)) {
        throw new CliError(
          `Nothing to sign (the log is empty, or holds nothing since its last checkpoint) and no checkpoint file at ${config.checkpoints.file}`,
        );
      }
      if (out !== undefined) copyFileSync(config.checkpoints.file, out);
      output.out(
        `Nothing was appended since the last checkpoint (${config.checkpoints.file})${out === undefined ? '' : `; copied to ${out}`}`,
      );
      return 0;
    }),
};

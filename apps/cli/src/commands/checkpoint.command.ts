import { copyFileSync, existsSync } from 'node:fs';
import type { EventStore } from '@dutyledger/event-store';
import { EVENT_STORE, LogCheckpointer, writeCheckpointFile } from '@dutyledger/wiring';
import { type Lang, translate } from '@dutyledger/i18n';
import type { CliCommand } from '../cli-command';
import { CliError } from '../command-line';
import { withStores } from '../cli.module';

export const checkpointCommand: CliCommand = {
  name: 'checkpoint',
  flags: ['out'],
  words: { min: 0, max: 0 },
  usage: 'checkpoint [--out FILE]',
  about: { key: 'cli.about.checkpoint' },
  run: (_words, flags, output, lang: Lang = 'en') =>
    withStores('event-store', async (context, config) => {
      const out = flags.get('out');
      const copied = { copied: out === undefined ? 'no' : 'yes', out: out ?? '' };
      const file = config.checkpoints.file;
      const store = context.get<EventStore>(EVENT_STORE);
      const recorded = await new LogCheckpointer(store, config).record();
      if (recorded) {
        if (out !== undefined) writeCheckpointFile(out, recorded);
        const { streams, events, keyId } = recorded.checkpoint;
        const position = String(recorded.checkpoint.position);
        const values = { position, events, streams, keyId, ...copied };
        output.out(translate(lang, 'cli.checkpoint.signed', values));
        return 0;
      }
      if (!existsSync(file)) throw new CliError('cli.checkpoint.nothing', { file });
      if (out !== undefined) copyFileSync(file, out);
      output.out(translate(lang, 'cli.checkpoint.unchanged', { file, ...copied }));
      return 0;
    }),
};

import { type EventStore, UpcasterRegistry } from '@dutyledger/event-store';
import { EVENT_STORE, backfillReservations } from '@dutyledger/wiring';
import { type Lang, translate } from '@dutyledger/i18n';
import type { CliCommand, CliOutput } from '../cli-command';
import { UsageError } from '../command-line';
import { withStores } from '../cli.module';

function backfill(output: CliOutput, lang: Lang): Promise<number> {
  return withStores('event-store', async (context) => {
    const result = await backfillReservations(
      context.get<EventStore>(EVENT_STORE),
      context.get(UpcasterRegistry),
      (read) => output.err(translate(lang, 'cli.reservations.read', { events: read })),
    );
    output.out(JSON.stringify(result));
    return 0;
  });
}

export const reservationsCommand: CliCommand = {
  name: 'reservations',
  flags: [],
  words: { min: 1, max: 1 },
  usage: 'reservations backfill',
  about: { key: 'cli.about.reservations' },
  run: async (words, _flags, output, lang: Lang = 'en') => {
    if (words[0] !== 'backfill')
      throw new UsageError('cli.reservations.actionUnknown', { action: words[0] ?? '' });
    return backfill(output, lang);
  },
};

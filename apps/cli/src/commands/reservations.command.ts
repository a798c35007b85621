import { loadConfig } from '@dutyledger/config';
import { domainCodec } from '@dutyledger/ledger';
import { backfillReservations } from '@dutyledger/platform';
import type { CliCommand, CliOutput } from '../cli-command';
import { UsageError } from '../command-line';
import { eventStoreOf } from '../event-store-of';

async function backfill(output: CliOutput): Promise<number> {
  const store = eventStoreOf(loadConfig());
  try {
    const result = await backfillReservations(store, domainCodec(), (read) =>
      output.err(`read ${read} events`),
    );
    output.out(JSON.stringify(result));
    return 0;
  } finally {
    await store.close();
  }
}

export const reservationsCommand: CliCommand = {
  name: 'reservations',
  flags: [],
  words: { min: 1, max: 1 },
  usage: `reservations backfill
    Reserves the values a store written by an earlier version already holds (personnel numbers,
    caller-chosen child ids, the grounds of open cases), so that the api refuses their reuse.
    Run once after upgrading; values already reserved are left alone. Result JSON on stdout.`,
  run: async (words, _flags, output) => {
    if (words[0] !== 'backfill')
      throw new UsageError(`reservations: unknown action ${words[0] ?? ''}`);
    return backfill(output);
  },
};

import { writeFileSync } from 'node:fs';
import { loadConfig } from '@dutyledger/config';
import { writeCaseBundle } from '@dutyledger/event-store';
import { domainCodec } from '@dutyledger/ledger';
import { checkpointForBundle, readCaseRecord } from '@dutyledger/platform';
import type { CliCommand } from '../cli-command';
import { eventStoreOf } from '../event-store-of';
import { UsageError } from '../command-line';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const exportCaseCommand: CliCommand = {
  name: 'export-case',
  flags: ['case', 'out'],
  words: { min: 0, max: 0 },
  usage: `export-case --case CASE_ID --out FILE
    Writes the case bundle (JSON Lines: a manifest with the latest signed checkpoint of the log,
    then every event of the case and of every stream it rests on) to FILE; check it anywhere
    with verify-bundle.`,
  async run(_words, flags, output) {
    const caseId = flags.get('case');
    const out = flags.get('out');
    if (caseId === undefined || !UUID.test(caseId))
      throw new UsageError('--case must be a case id (UUID v4)');
    if (out === undefined) throw new UsageError('--out must name the file to write');
    const config = loadConfig();
    const store = eventStoreOf(config);
    try {
      const record = await readCaseRecord(store, domainCodec(), caseId);
      if (record === undefined) {
        output.err(`Case ${caseId} was not found`);
        return 1;
      }
      const streams = record.streams.map((stream) => stream.events);
      const names = record.streams.map((stream) => stream.stream);
      const checkpoint = await checkpointForBundle(store, config, names);
      writeFileSync(out, writeCaseBundle(caseId, new Date().toISOString(), streams, checkpoint));
      const events = streams.reduce((total, stream) => total + stream.length, 0);
      output.out(`Wrote ${events} events of ${streams.length} streams to ${out}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

import { writeFileSync } from 'node:fs';
import { type EventStore, UpcasterRegistry, writeCaseBundle } from '@dutyledger/event-store';
import { type Lang, isLang, translate } from '@dutyledger/i18n';
import { EventCodec } from '@dutyledger/ledger';
import {
  EVENT_STORE,
  checkpointForBundle,
  composeCaseReport,
  readCaseRecord,
} from '@dutyledger/wiring';
import type { CliCommand } from '../cli-command';
import { withStores } from '../cli.module';
import { UsageError } from '../command-line';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const exportCaseCommand: CliCommand = {
  name: 'export-case',
  flags: ['case', 'out', 'lang'],
  words: { min: 0, max: 0 },
  usage: 'export-case --case CASE_ID --out FILE [--lang zh-CN|en]',
  about: { key: 'cli.about.exportCase' },
  async run(_words, flags, output, said: Lang = 'en') {
    const caseId = flags.get('case');
    const out = flags.get('out');
    if (caseId === undefined || !UUID.test(caseId))
      throw new UsageError('cli.exportCase.caseInvalid');
    if (out === undefined) throw new UsageError('cli.exportCase.outMissing');
    const asked = flags.get('lang');
    const lang = asked === undefined ? said : asked;
    if (!isLang(lang)) throw new UsageError('cli.langUnknown');
    return withStores('event-store', async (context, config) => {
      const store = context.get<EventStore>(EVENT_STORE);
      const record = await readCaseRecord(store, context.get(UpcasterRegistry), caseId);
      const now = new Date();
      const html = record && composeCaseReport(record, context.get(EventCodec), config, now, lang);
      if (record === undefined || html === undefined) {
        output.err(translate(said, 'cli.exportCase.notFound', { caseId }));
        return 1;
      }
      const streams = record.streams.map((stream) => stream.events);
      const names = record.streams.map((stream) => stream.stream);
      const checkpoint = await checkpointForBundle(store, config, names);
      const report = { lang, mediaType: 'text/html' as const, html };
      writeFileSync(out, writeCaseBundle(caseId, now.toISOString(), streams, checkpoint, report));
      const events = streams.reduce((total, stream) => total + stream.length, 0);
      output.out(
        translate(said, 'cli.exportCase.written', { events, streams: streams.length, out }),
      );
      return 0;
    });
  },
};

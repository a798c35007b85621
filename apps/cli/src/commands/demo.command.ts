import { loadConfig } from '@dutyledger/config';
import { embeddedSecret, mintToken } from '@dutyledger/auth';
import { type Lang, translate } from '@dutyledger/i18n';
import type { CliCommand } from '../cli-command';
import {
  DemoApiUnreachable,
  DemoCommandRefused,
  type DemoTokens,
  DemoTokensUnfit,
  demoTokens,
  investigatorOf,
  loadDemo,
  probeApi,
} from '../demo';
import { CliError, type Flags, UsageError } from '../command-line';

const TOKEN_FLAGS = [
  'token-admin',
  'token-caseworker',
  'token-supervisor',
  'token-investigator',
  'token-appeal-board',
] as const;
const TOKEN_FLAG_LIST = TOKEN_FLAGS.map((flag) => `--${flag}`).join(', ');

function baseUrlOf(flags: Flags): string {
  const url = flags.get('url') ?? `http://127.0.0.1:${process.env.PORT || '3000'}`;
  if (!/^https?:\/\/[^\s/]+(?:\/\S*)?$/.test(url)) {
    throw new UsageError('cli.demo.urlInvalid', { url });
  }
  return url.replace(/\/+$/, '');
}

/**
 * The five tokens from the flags, checked before anything is sent (all five given, three
 * supervisors who are three people); undefined when none is given.
 */
function givenTokens(flags: Flags): DemoTokens | undefined {
  const given = TOKEN_FLAGS.filter((flag) => flags.has(flag));
  if (given.length === 0) return undefined;
  const [admin, caseworker, supervisor, investigator, appealBoard] = TOKEN_FLAGS.map((flag) =>
    flags.get(flag),
  );
  if (
    admin === undefined ||
    caseworker === undefined ||
    supervisor === undefined ||
    investigator === undefined ||
    appealBoard === undefined
  ) {
    throw new UsageError('cli.demo.tokensAllFive', { flags: TOKEN_FLAG_LIST });
  }
  const tokens = { admin, caseworker, supervisor, investigator, appealBoard };
  try {
    investigatorOf(tokens);
  } catch (error) {
    if (error instanceof DemoTokensUnfit) throw new CliError(error.said.key, error.said.values);
    throw error;
  }
  return tokens;
}

/** The five tokens minted with the embedded secret of DUTYLEDGER_DATA_DIR. */
function mintedTokens(): DemoTokens {
  const config = loadConfig();
  if (config.auth.publicKeyPem || config.auth.jwksUrl) {
    throw new CliError('cli.demo.identityProvider', { flags: TOKEN_FLAG_LIST });
  }
  const secret = embeddedSecret(config.dataDir);
  const lifetime = Math.min(3600, config.auth.maxLifetimeSeconds);
  return demoTokens((role, subject) =>
    mintToken(secret, { subject, role, expiresInSeconds: lifetime }),
  );
}

function concurrencyOf(flags: Flags): number {
  const concurrency = flags.get('concurrency') ?? '4';
  if (!/^\d{1,2}$/.test(concurrency) || Number(concurrency) < 1 || Number(concurrency) > 32) {
    throw new UsageError('cli.demo.concurrencyInvalid');
  }
  return Number(concurrency);
}

export const demoCommand: CliCommand = {
  name: 'demo',
  flags: ['url', 'concurrency', ...TOKEN_FLAGS],
  words: { min: 0, max: 0 },
  usage: `demo [--url URL] [--concurrency N] [--token-admin T --token-caseworker T --token-supervisor T
          --token-investigator T --token-appeal-board T]`,
  about: { key: 'cli.about.demo' },
  async run(_words, flags, output, lang: Lang = 'en') {
    const baseUrl = baseUrlOf(flags);
    const concurrency = concurrencyOf(flags);
    const given = givenTokens(flags);
    try {
      await probeApi(baseUrl);
      const summary = await loadDemo({
        baseUrl,
        tokens: given ?? mintedTokens(),
        concurrency,
        progress: (line) => output.err(line),
        lang,
      });
      const { commands, seconds } = summary;
      output.err(translate(lang, 'cli.demo.loaded', { commands, seconds: String(seconds) }));
      output.out(JSON.stringify(summary, null, 2));
      return 0;
    } catch (error) {
      if (error instanceof DemoApiUnreachable) {
        throw new CliError('cli.demo.unreachable', { url: error.baseUrl, why: error.why });
      }
      if (error instanceof DemoCommandRefused) {
        output.err(translate(lang, 'cli.demo.stopped', { reason: error.sayIn(lang) }));
        return 1;
      }
      throw error;
    }
  },
};

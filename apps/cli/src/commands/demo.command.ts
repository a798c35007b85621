import { loadConfig } from '@dutyledger/config';
import { embeddedSecret, mintToken } from '@dutyledger/platform';
import type { CliCommand } from '../cli-command';
import {
  DemoApiUnreachable,
  DemoCommandRefused,
  type DemoTokens,
  loadDemo,
  probeApi,
} from '../demo';
import { CliError, type Flags, UsageError } from '../command-line';

const TOKEN_FLAGS = ['token-admin', 'token-caseworker', 'token-supervisor'] as const;

function baseUrlOf(flags: Flags): string {
  const url = flags.get('url') ?? `http://127.0.0.1:${process.env.PORT || '3000'}`;
  if (!/^https?:\/\/[^\s/]+(?:\/\S*)?$/.test(url)) {
    throw new UsageError(
      `--url must be an http(s) URL such as http://127.0.0.1:3000, not "${url}"`,
    );
  }
  return url.replace(/\/+$/, '');
}

/** The three tokens from the flags, or minted with the embedded secret of DUTYLEDGER_DATA_DIR. */
function tokensOf(flags: Flags): DemoTokens {
  const given = TOKEN_FLAGS.filter((flag) => flags.has(flag));
  if (given.length > 0) {
    const [admin, caseworker, supervisor] = TOKEN_FLAGS.map((flag) => flags.get(flag));
    if (admin === undefined || caseworker === undefined || supervisor === undefined) {
      throw new UsageError(`Pass all three of ${TOKEN_FLAGS.map((f) => `--${f}`).join(', ')}`);
    }
    return { admin, caseworker, supervisor };
  }
  const config = loadConfig();
  if (config.auth.publicKeyPem || config.auth.jwksUrl) {
    throw new CliError(
      'An identity provider is configured: pass --token-admin, --token-caseworker and --token-supervisor from it',
    );
  }
  const secret = embeddedSecret(config.dataDir);
  const lifetime = Math.min(3600, config.auth.maxLifetimeSeconds);
  const mint = (role: 'ADMIN' | 'CASEWORKER' | 'SUPERVISOR') =>
    mintToken(secret, { subject: `demo-${role.toLowerCase()}`, role, expiresInSeconds: lifetime });
  return { admin: mint('ADMIN'), caseworker: mint('CASEWORKER'), supervisor: mint('SUPERVISOR') };
}

function concurrencyOf(flags: Flags): number {
  const concurrency = flags.get('concurrency') ?? '4';
  if (!/^\d{1,2}$/.test(concurrency) || Number(concurrency) < 1 || Number(concurrency) > 32) {
    throw new UsageError('--concurrency must be a whole number from 1 to 32');
  }
  return Number(concurrency);
}

export const demoCommand: CliCommand = {
  name: 'demo',
  flags: ['url', 'concurrency', ...TOKEN_FLAGS],
  words: { min: 0, max: 0 },
  usage: `demo [--url URL] [--concurrency N] [--token-admin T --token-caseworker T --token-supervisor T]
    Loads the demo scenario (a municipality, two years of history ending today) through the
    command API of a running api (default http://127.0.0.1:$PORT, PORT 3000). Tokens are minted
    with the embedded secret of DUTYLEDGER_DATA_DIR unless given. Same day, same store: a re-run
    answers the first answers. Prints progress to stderr and a JSON summary to stdout.`,
  async run(_words, flags, output) {
    const baseUrl = baseUrlOf(flags);
    const concurrency = concurrencyOf(flags);
    try {
      await probeApi(baseUrl);
      const summary = await loadDemo({
        baseUrl,
        tokens: tokensOf(flags),
        concurrency,
        progress: (line) => output.err(line),
      });
      output.err(`Loaded ${summary.commands} commands in ${summary.seconds} s.`);
      output.out(JSON.stringify(summary, null, 2));
      return 0;
    } catch (error) {
      if (error instanceof DemoApiUnreachable) throw new CliError(error.message);
      if (error instanceof DemoCommandRefused) {
        output.err(`The demo load stopped: ${error.message}`);
        return 1;
      }
      throw error;
    }
  },
};

import { loadConfig } from '@dutyledger/config';
import { ROLES, embeddedSecret, isRole, mintToken } from '@dutyledger/auth';
import type { CliCommand } from '../cli-command';
import { CliError, type Flags, UsageError } from '../command-line';

export function tokenFor(flags: Flags): string {
  const role = flags.get('role');
  const subject = flags.get('sub');
  if (!isRole(role)) throw new UsageError('cli.token.roleUnknown', { roles: ROLES.join(', ') });
  if (!subject || !/^[A-Za-z0-9._@-]{1,200}$/.test(subject)) {
    throw new UsageError('cli.token.subjectInvalid');
  }
  const config = loadConfig();
  // The api refuses a token that lives longer than DUTYLEDGER_JWT_MAX_LIFETIME_SECONDS.
  const most = Math.max(1, Math.floor(config.auth.maxLifetimeSeconds / 3600));
  const hours = flags.get('hours') ?? String(Math.min(8, most));
  if (!/^\d{1,4}$/.test(hours) || Number(hours) < 1 || Number(hours) > most) {
    throw new UsageError('cli.token.hoursInvalid', { most: String(most) });
  }
  if (config.auth.publicKeyPem || config.auth.jwksUrl) {
    throw new CliError('cli.token.identityProvider');
  }
  return mintToken(embeddedSecret(config.dataDir), {
    subject,
    role,
    expiresInSeconds: Math.min(Number(hours) * 3600, config.auth.maxLifetimeSeconds),
  });
}

export const tokenCommand: CliCommand = {
  name: 'token',
  flags: ['role', 'sub', 'hours'],
  words: { min: 0, max: 0 },
  usage: 'token --role ROLE --sub SUBJECT [--hours N]',
  about: { key: 'cli.about.token', values: { roles: ROLES.join(', ') } },
  run(_words, flags, output) {
    output.out(tokenFor(flags));
    return Promise.resolve(0);
  },
};

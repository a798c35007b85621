import { loadConfig } from '@dutyledger/config';
import { ROLES, embeddedSecret, isRole, mintToken } from '@dutyledger/platform';
import type { CliCommand } from '../cli-command';
import { type Flags, CliError } from '../flags';

export function tokenFor(flags: Flags): string {
  const role = flags.get('role');
  const subject = flags.get('sub');
  if (!isRole(role)) throw new CliError(`--role must be one of ${ROLES.join(', ')}`);
  if (!subject || !/^[A-Za-z0-9._@-]{1,200}$/.test(subject)) {
    throw new CliError('--sub must be 1 to 200 letters, digits or . _ @ -');
  }
  const hours = Number(flags.get('hours') ?? '8');
  if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 30) {
    throw new CliError('--hours must be a whole number from 1 to 720');
  }
  const config = loadConfig();
  if (config.auth.publicKeyPem) {
    throw new CliError('DUTYLEDGER_JWT_PUBLIC_KEY is set: tokens come from your identity provider');
  }
  return mintToken(embeddedSecret(config.dataDir), {
    subject,
    role,
    expiresInSeconds: hours * 3600,
  });
}

export const tokenCommand: CliCommand = {
  name: 'token',
  usage: `token --role ROLE --sub SUBJECT [--hours N]
    Prints a bearer token signed with the embedded secret (in DUTYLEDGER_DATA_DIR).
    ROLE is one of ${ROLES.join(', ')}.`,
  run(_words, flags, output) {
    output.out(tokenFor(flags));
    return Promise.resolve(0);
  },
};

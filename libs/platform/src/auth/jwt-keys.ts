import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { privateDirectory } from '@dutyledger/event-store';

export type VerificationKey =
  { algorithm: 'HS256'; secret: string } | { algorithm: 'RS256'; publicKey: string };

/**
 * The key that verifies bearer tokens: a configured RS256 public key in production, otherwise an
 * HS256 secret generated into the data directory on first start (the CLI mints tokens with it).
 */
export function verificationKey(config: DutyLedgerConfig): VerificationKey {
  if (config.auth.publicKeyPem) {
    return { algorithm: 'RS256', publicKey: config.auth.publicKeyPem };
  }
  return { algorithm: 'HS256', secret: embeddedSecret(config.dataDir) };
}

export function embeddedSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    privateDirectory(dataDir);
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return readFileSync(file, 'utf8').trim();
}

import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DutyLedgerConfig } from '@dutyledger/config';

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

/**
 * Several processes may start together on one data directory (api replicas, a projector, the
 * CLI): the secret is written aside and linked into place, which is atomic, so each of them
 * reads the one secret that won, never a half-written file, and none fails because another
 * created it first.
 */
export function embeddedSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const aside = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
    writeFileSync(aside, randomBytes(48).toString('base64url'), { mode: 0o600 });
    try {
      linkSync(aside, file);
    } catch (error) {
      // Checked by code, not class: errors from node's fs need not be instances of this Error.
      const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
      if (code !== 'EEXIST') throw error;
    } finally {
      rmSync(aside, { force: true });
    }
  }
  return readFileSync(file, 'utf8').trim();
}

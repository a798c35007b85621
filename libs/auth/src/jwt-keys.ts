import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { privateDirectory } from '@dutyledger/event-store';
import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER } from './mint-token';

/** Where the keys that sign bearer tokens come from. */
export type VerificationKey =
  | { kind: 'embedded-secret'; secret: string }
  | { kind: 'public-key'; pem: string }
  | { kind: 'key-set'; url: string; cooldownSeconds: number };

/** Everything a token must satisfy besides its signature. */
export interface TokenRules {
  key: VerificationKey;
  algorithm: 'HS256' | 'RS256';
  issuer: string;
  audience: string;
  maxLifetimeSeconds: number;
  clockSkewSeconds: number;
}

/**
 * How bearer tokens are verified: against the identity provider's RS256 key (a configured public
 * key, or its published key set) for its issuer and this audience in production; otherwise with
 * an HS256 secret generated into the data directory on first start (the CLI mints with it).
 */
export function tokenRules(config: DutyLedgerConfig): TokenRules {
  const { auth } = config;
  const limits = {
    maxLifetimeSeconds: auth.maxLifetimeSeconds,
    clockSkewSeconds: auth.clockSkewSeconds,
  };
  const provider = { issuer: auth.issuer ?? '', audience: auth.audience ?? '' };
  if (auth.jwksUrl) {
    return {
      key: { kind: 'key-set', url: auth.jwksUrl, cooldownSeconds: auth.jwksCooldownSeconds },
      algorithm: 'RS256',
      ...provider,
      ...limits,
    };
  }
  if (auth.publicKeyPem) {
    return {
      key: { kind: 'public-key', pem: auth.publicKeyPem },
      algorithm: 'RS256',
      ...provider,
      ...limits,
    };
  }
  return {
    key: { kind: 'embedded-secret', secret: embeddedSecret(config.dataDir) },
    algorithm: 'HS256',
    issuer: EMBEDDED_ISSUER,
    audience: EMBEDDED_AUDIENCE,
    ...limits,
  };
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
    privateDirectory(dataDir);
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

import { ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import type { TokenRules } from '@dutyledger/auth';
import { isRole } from '@dutyledger/auth';
import {
  type CryptoKey,
  type JWTPayload,
  type JWTVerifyGetKey,
  createRemoteJWKSet,
  errors,
  importSPKI,
  jwtVerify,
} from 'jose';
import type { AuthenticatedActor } from './actor';

type Key = Uint8Array | CryptoKey | JWTVerifyGetKey;

/** How long a verified token is trusted again without checking its signature. */
export const TRUSTED_AGAIN_MS = 60_000;
/** How many verified tokens are remembered (the oldest is forgotten first). */
const REMEMBERED_TOKENS = 10_000;

/** What a refused token is told, by the claim jose found wanting. */
const CLAIM_REFUSALS: Readonly<Record<string, string>> = {
  exp: 'The token must carry an expiry (exp)',
  iss: 'The token was issued by another issuer',
  aud: 'The token was issued for another audience',
  nbf: 'The token is not valid yet',
  iat: 'The token carries a bad issue time (iat)',
};

/**
 * Verifies bearer tokens: the signature (embedded secret, the provider's public key, or the key
 * its key set names — a key set is fetched again when a token names a key it lacks, so rotation
 * is followed), then the claims: `exp` required, `iss` and `aud` as configured, `nbf` and `iat`
 * not in the future, and a lifetime no longer than allowed, each within the clock skew.
 */
export class TokenVerifier {
  private readonly key: Promise<Key>;
  /** Tokens verified lately, with the actor each names and until when it may be trusted again. */
  private readonly verified = new Map<string, { actor: AuthenticatedActor; untilMs: number }>();

  constructor(
    private readonly rules: TokenRules,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.key = keyOf(rules);
    // A bad configured key is reported on first use; keep the rejection from going unhandled.
    this.key.catch(() => undefined);
  }

  /**
   * Under a key fixed for the process's life (the embedded secret, a configured public key), a
   * token verified in full is trusted again, as the same string, until it expires and for at most
   * TRUSTED_AGAIN_MS: a client sends the same token with every request, and checking its
   * signature was a fifth of a light read's cost. Of the claims, only the expiry can turn with
   * time. Tokens under a provider's key set are checked every time: a retired key is refused at
   * once.
   */
  async verify(token: string): Promise<AuthenticatedActor> {
    const nowMs = this.now().getTime();
    const known = this.verified.get(token);
    if (known !== undefined && nowMs < known.untilMs) return known.actor;
    if (known !== undefined) this.verified.delete(token);
    const payload = await this.claims(token);
    const { sub, role, exp = 0 } = payload;
    if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200 || !isRole(role)) {
      throw new UnauthorizedException('The token must carry a subject and a known role');
    }
    const actor: AuthenticatedActor = { id: sub, role };
    // jose refuses a token once exp <= now - skew.
    const untilMs = Math.min(nowMs + TRUSTED_AGAIN_MS, (exp + this.rules.clockSkewSeconds) * 1000);
    if (this.rules.key.kind === 'key-set') return actor;
    if (this.verified.size >= REMEMBERED_TOKENS) {
      const oldest = this.verified.keys().next();
      if (oldest.done !== true) this.verified.delete(oldest.value);
    }
    this.verified.set(token, { actor, untilMs });
    return actor;
  }

  private async claims(token: string): Promise<JWTPayload> {
    const { rules } = this;
    const now = this.now();
    let payload: JWTPayload;
    try {
      const key = await this.key;
      ({ payload } = await jwtVerify(token, key as CryptoKey, {
        algorithms: [rules.algorithm],
        issuer: rules.issuer,
        audience: rules.audience,
        requiredClaims: ['exp'],
        clockTolerance: rules.clockSkewSeconds,
        currentDate: now,
      }));
    } catch (error) {
      throw refusal(error);
    }
    const seconds = Math.floor(now.getTime() / 1000);
    const { exp = 0, iat } = payload;
    if (iat !== undefined && iat > seconds + rules.clockSkewSeconds) {
      throw new UnauthorizedException('The token was issued in the future (iat)');
    }
    if (
      exp - Math.min(iat ?? seconds, seconds) >
      rules.maxLifetimeSeconds + rules.clockSkewSeconds
    ) {
      throw new UnauthorizedException(
        `The token lives longer than the ${rules.maxLifetimeSeconds} s a token may live`,
      );
    }
    return payload;
  }
}

async function keyOf(rules: TokenRules): Promise<Key> {
  switch (rules.key.kind) {
    case 'embedded-secret':
      // Imported once: given the secret's bytes, jose imports them again for every token.
      return crypto.subtle.importKey(
        'raw',
        new TextEncoder().encode(rules.key.secret),
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['verify'],
      );
    case 'public-key':
      return importSPKI(rules.key.pem, rules.algorithm);
    case 'key-set':
      return createRemoteJWKSet(new URL(rules.key.url), {
        cooldownDuration: rules.key.cooldownSeconds * 1000,
      });
  }
}

function refusal(error: unknown): Error {
  if (error instanceof errors.JWTExpired) return new UnauthorizedException('The token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new UnauthorizedException(CLAIM_REFUSALS[error.claim] ?? 'The token is not valid');
  }
  const unreachable =
    error instanceof errors.JWKSTimeout ||
    // A key set answered other than 200 is a plain JOSEError; every token error has its own class.
    (error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC') ||
    !(error instanceof errors.JOSEError);
  if (unreachable) {
    // The provider's key set could not be fetched: the token may be good, we cannot tell.
    return new ServiceUnavailableException(
      'The identity provider’s keys could not be fetched; try again shortly',
    );
  }
  return new UnauthorizedException('The token is not valid');
}

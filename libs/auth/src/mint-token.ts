import { JwtService } from '@nestjs/jwt';
import type { Role } from './role';

/** The issuer and audience of the embedded (development) tokens, checked like a provider's. */
export const EMBEDDED_ISSUER = 'dutyledger-embedded';
export const EMBEDDED_AUDIENCE = 'dutyledger-api';

export interface TokenRequest {
  subject: string;
  role: Role;
  /** Lifetime in seconds (default 8 hours); negative makes an already expired token, for tests. */
  expiresInSeconds?: number;
}

/** Signs an HS256 token with the embedded secret (the development and test sign-in). */
export function mintToken(secret: string, request: TokenRequest): string {
  const now = Math.floor(Date.now() / 1000);
  const lifetime = request.expiresInSeconds ?? 8 * 3600;
  return new JwtService().sign(
    {
      sub: request.subject,
      role: request.role,
      iss: EMBEDDED_ISSUER,
      aud: EMBEDDED_AUDIENCE,
      iat: now,
      exp: now + lifetime,
    },
    { secret, algorithm: 'HS256' },
  );
}

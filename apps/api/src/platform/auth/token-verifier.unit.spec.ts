import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER, type TokenRules, mintToken } from '@dutyledger/auth';
import { TRUSTED_AGAIN_MS, TokenVerifier } from './token-verifier';

const SECRET = 'a-secret-of-the-data-directory-0123456789';
const RULES: TokenRules = {
  key: { kind: 'embedded-secret', secret: SECRET },
  algorithm: 'HS256',
  issuer: EMBEDDED_ISSUER,
  audience: EMBEDDED_AUDIENCE,
  maxLifetimeSeconds: 24 * 3600,
  clockSkewSeconds: 30,
};

describe('TokenVerifier with the embedded secret', () => {
  afterEach(() => jest.restoreAllMocks());

  it('imports the secret once, not once per token', async () => {
    const imports = jest.spyOn(crypto.subtle, 'importKey');
    const verifier = new TokenVerifier(RULES);
    for (const role of ['ADMIN', 'CASEWORKER', 'VIEWER'] as const) {
      await expect(
        verifier.verify(mintToken(SECRET, { subject: `s-${role}`, role })),
      ).resolves.toEqual({
        id: `s-${role}`,
        role,
      });
    }
    expect(imports).toHaveBeenCalledTimes(1);
  });

  it('refuses a token signed with another secret, and an expired one', async () => {
    const verifier = new TokenVerifier(RULES);
    await expect(
      verifier.verify(mintToken(`${SECRET}-other`, { subject: 'x', role: 'ADMIN' })),
    ).rejects.toThrow('The token is not valid');
    await expect(
      verifier.verify(mintToken(SECRET, { subject: 'x', role: 'ADMIN', expiresInSeconds: -120 })),
    ).rejects.toThrow('The token has expired');
  });

  it('checks a token’s signature once, then again once it has been trusted for TRUSTED_AGAIN_MS', async () => {
    let nowMs = Date.now();
    const verifier = new TokenVerifier(RULES, () => new Date(nowMs));
    const token = mintToken(SECRET, { subject: 'caseworker-1', role: 'CASEWORKER' });
    const checks = jest.spyOn(crypto.subtle, 'verify');
    for (let i = 0; i < 3; i++) {
      await expect(verifier.verify(token)).resolves.toEqual({
        id: 'caseworker-1',
        role: 'CASEWORKER',
      });
    }
    expect(checks).toHaveBeenCalledTimes(1);
    nowMs += TRUSTED_AGAIN_MS;
    await expect(verifier.verify(token)).resolves.toEqual({
      id: 'caseworker-1',
      role: 'CASEWORKER',
    });
    expect(checks).toHaveBeenCalledTimes(2);
  });

  it('refuses a token it trusted once the token has expired', async () => {
    let nowMs = Date.now();
    const verifier = new TokenVerifier(RULES, () => new Date(nowMs));
    const token = mintToken(SECRET, { subject: 'viewer-1', role: 'VIEWER', expiresInSeconds: 5 });
    await expect(verifier.verify(token)).resolves.toEqual({ id: 'viewer-1', role: 'VIEWER' });
    // Past its expiry and the clock skew, well within TRUSTED_AGAIN_MS.
    nowMs += (5 + RULES.clockSkewSeconds + 1) * 1000;
    await expect(verifier.verify(token)).rejects.toThrow('The token has expired');
  });

  it('does not trust another token for one it verified', async () => {
    const verifier = new TokenVerifier(RULES);
    const token = mintToken(SECRET, { subject: 'admin-1', role: 'ADMIN' });
    await verifier.verify(token);
    const [header, payload] = token.split('.');
    await expect(verifier.verify(`${header}.${payload}.forged`)).rejects.toThrow(
      'The token is not valid',
    );
  });
});

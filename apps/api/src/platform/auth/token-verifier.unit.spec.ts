import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER, type TokenRules, mintToken } from '@dutyledger/auth';
import { TokenVerifier } from './token-verifier';

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
});

import { randomUUID } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER, embeddedSecret } from '@dutyledger/auth';
import {
  type CryptoKey,
  type JWK,
  type JWTPayload,
  SignJWT,
  exportJWK,
  exportSPKI,
  generateKeyPair,
} from 'jose';
import { call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';

const ISSUER = 'https://idp.example/realms/gov';
const AUDIENCE = 'dutyledger';
const now = () => Math.floor(Date.now() / 1000);

/** A token with exactly these claims and header, as a forger or another application would make. */
function sign(
  claims: JWTPayload,
  key: CryptoKey | Uint8Array,
  header: { alg: string; kid?: string },
) {
  return new SignJWT(claims).setProtectedHeader(header).sign(key);
}

/** GET of an unknown department: 404 means the token was accepted, 401 refused. */
async function statusWith(running: RunningApp, token: string) {
  const answer = await call(running.url, 'GET', `/departments/${randomUUID()}`, { token });
  return { status: answer.status, message: answer.body.message };
}

const accepted = { status: 404, message: expect.any(String) as string };
const refused = (message: string) => ({ status: 401, message });

describe('embedded tokens (HS256, the development sign-in)', () => {
  let running: RunningApp;
  let secret: Uint8Array;
  const hs256 = (claims: JWTPayload) => sign(claims, secret, { alg: 'HS256' });
  const base = () => ({
    sub: 'alice',
    role: 'ADMIN',
    iss: EMBEDDED_ISSUER,
    aud: EMBEDDED_AUDIENCE,
    iat: now(),
    exp: now() + 600,
  });

  beforeAll(async () => {
    running = await startApp();
    secret = new TextEncoder().encode(embeddedSecret(running.config.dataDir));
  });
  afterAll(() => running.stop());

  it('accepts a token with every claim in order, and one minted for the tests or the CLI', async () => {
    expect(await statusWith(running, await hs256(base()))).toEqual(accepted);
    expect(await statusWith(running, running.token('ADMIN'))).toEqual(accepted);
  });

  it('refuses a token without exp: it would never expire', async () => {
    const { exp: _exp, ...claims } = base();
    expect(await statusWith(running, await hs256(claims))).toEqual(
      refused('The token must carry an expiry (exp)'),
    );
  });

  it('refuses a token issued a year ahead, and takes one within the clock skew', async () => {
    const ahead = now() + 365 * 24 * 3600;
    expect(
      await statusWith(running, await hs256({ ...base(), iat: ahead, exp: ahead + 600 })),
    ).toEqual(refused('The token was issued in the future (iat)'));
    const skewed = now() + 30;
    expect(await statusWith(running, await hs256({ ...base(), iat: skewed }))).toEqual(accepted);
  });

  it('refuses a token that would live longer than the longest lifetime allowed', async () => {
    expect(
      await statusWith(running, await hs256({ ...base(), exp: now() + 2 * 24 * 3600 })),
    ).toEqual(refused('The token lives longer than the 86400 s a token may live'));
    const { iat: _iat, ...withoutIat } = base();
    expect(
      await statusWith(running, await hs256({ ...withoutIat, exp: now() + 30 * 24 * 3600 })),
    ).toEqual(refused('The token lives longer than the 86400 s a token may live'));
  });

  it('refuses a token for another issuer or audience, even signed with the embedded secret', async () => {
    expect(await statusWith(running, await hs256({ ...base(), iss: 'someone-else' }))).toEqual(
      refused('The token was issued by another issuer'),
    );
    expect(await statusWith(running, await hs256({ ...base(), aud: 'another-app' }))).toEqual(
      refused('The token was issued for another audience'),
    );
  });
});

describe('provider tokens verified with a configured RS256 public key', () => {
  let running: RunningApp;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    running = await startApp({
      env: {
        DUTYLEDGER_JWT_PUBLIC_KEY: await exportSPKI(pair.publicKey),
        DUTYLEDGER_JWT_ISSUER: ISSUER,
        DUTYLEDGER_JWT_AUDIENCE: AUDIENCE,
      },
    });
  });
  afterAll(() => running.stop());

  const rs256 = (claims: JWTPayload) =>
    sign(
      { sub: 'idp-user-7', role: 'ADMIN', iss: ISSUER, aud: AUDIENCE, exp: now() + 600, ...claims },
      privateKey,
      { alg: 'RS256' },
    );

  it('accepts a token the provider issued for this audience, and checks its role', async () => {
    const answer = await call(running.url, 'POST', '/departments', {
      token: await rs256({}),
      body: {
        departmentId: randomUUID(),
        name: 'Top',
        level: 'MUNICIPAL',
        kind: 'GOVERNMENT',
        industries: ['mining'],
        supervisionAuthority: true,
      },
    });
    expect(answer.status).toBe(201);
    const viewer = await call(running.url, 'POST', '/departments', {
      token: await rs256({ role: 'VIEWER' }),
      body: {},
    });
    expect(viewer.status).toBe(403);
  });

  it('refuses a token the same provider minted for another application', async () => {
    expect(await statusWith(running, await rs256({ aud: 'payroll' }))).toEqual(
      refused('The token was issued for another audience'),
    );
    expect(
      await statusWith(running, await rs256({ iss: 'https://idp.example/realms/other' })),
    ).toEqual(refused('The token was issued by another issuer'));
    expect(await statusWith(running, await rs256({ exp: undefined }))).toEqual(
      refused('The token must carry an expiry (exp)'),
    );
  });

  it('refuses an HS256 token, even one signed with the embedded secret', async () => {
    expect(await statusWith(running, running.token('ADMIN'))).toEqual(
      refused('The token is not valid'),
    );
  });
});

describe('provider tokens verified with the key set the provider publishes (JWKS)', () => {
  let running: RunningApp;
  let server: Server;
  let published: JWK[] = [];
  let providerDown = false;
  let fetches = 0;

  async function signingKey(kid: string) {
    const pair = await generateKeyPair('RS256', { extractable: true });
    const jwk = { ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' };
    const token = (claims: JWTPayload = {}) =>
      sign(
        {
          sub: 'idp-user-9',
          role: 'AUDITOR',
          iss: ISSUER,
          aud: AUDIENCE,
          exp: now() + 600,
          ...claims,
        },
        pair.privateKey,
        { alg: 'RS256', kid },
      );
    return { jwk, token };
  }

  beforeAll(async () => {
    server = createServer((_request, response) => {
      fetches += 1;
      if (providerDown) {
        response.writeHead(502).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: published }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    running = await startApp({
      env: {
        DUTYLEDGER_JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
        DUTYLEDGER_JWT_ISSUER: ISSUER,
        DUTYLEDGER_JWT_AUDIENCE: AUDIENCE,
        DUTYLEDGER_JWT_JWKS_COOLDOWN_SECONDS: '0',
      },
    });
  });
  afterAll(async () => {
    await running.stop();
    await new Promise((resolve) => server.close(resolve));
  });

  it('follows a key rotation: the new key is fetched when a token names it, the retired one is refused', async () => {
    const first = await signingKey('2026-a');
    const second = await signingKey('2026-b');
    published = [first.jwk];
    expect(await statusWith(running, await first.token())).toEqual(accepted);
    expect(await statusWith(running, await first.token())).toEqual(accepted);
    expect(fetches).toBe(1);

    published = [second.jwk];
    expect(await statusWith(running, await second.token())).toEqual(accepted);
    expect(fetches).toBe(2);
    expect(await statusWith(running, await first.token())).toEqual(
      refused('The token is not valid'),
    );
    expect(await statusWith(running, await second.token({ aud: 'payroll' }))).toEqual(
      refused('The token was issued for another audience'),
    );
  });

  it('answers 503, not 401, while the provider’s key set cannot be fetched', async () => {
    const unknown = await signingKey('2026-c');
    providerDown = true;
    try {
      const answer = await call(running.url, 'GET', `/departments/${randomUUID()}`, {
        token: await unknown.token(),
      });
      expect(answer.status).toBe(503);
      expect(answer.body.message).toBe(
        'The identity provider’s keys could not be fetched; try again shortly',
      );
    } finally {
      providerDown = false;
    }
  });
});

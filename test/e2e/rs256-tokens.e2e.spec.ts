import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';

describe('production tokens: RS256 verified with a configured public key', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp({ env: { DUTYLEDGER_JWT_PUBLIC_KEY: publicPem } });
  });
  afterAll(() => running.stop());

  const rs256 = (role: string) =>
    new JwtService().sign(
      { sub: 'idp-user-7', role },
      { privateKey: privatePem, algorithm: 'RS256', expiresIn: 600 },
    );

  it('accepts a token signed by the identity provider', async () => {
    const answer = await call(running.url, 'POST', '/departments', {
      token: rs256('ADMIN'),
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
  });

  it('refuses an HS256 token, even one signed with the embedded secret', async () => {
    const answer = await call(running.url, 'GET', `/departments/${randomUUID()}`, {
      token: running.token('ADMIN'),
    });
    expect(answer.status).toBe(401);
  });

  it('checks the role of an RS256 token', async () => {
    const answer = await call(running.url, 'GET', `/departments/${randomUUID()}`, {
      token: rs256('VIEWER'),
    });
    expect(answer.status).toBe(404);
  });
});

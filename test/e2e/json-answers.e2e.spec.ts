import { call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';

/**
 * Answers larger than one piece of apps/api/src/platform/http/json-answer.ts go out as the UTF-8
 * bytes of their JSON (a Buffer, not one large string): Fastify must send them whole, with the
 * JSON content type and their length in bytes, Chinese text and all.
 */
describe('large JSON answers', () => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp();
    const admin = running.token('ADMIN');
    let last = '0';
    for (let index = 0; index < 100; index++) {
      const answer = await call(running.url, 'POST', '/departments', {
        token: admin,
        body: {
          name: `滨江市第${index}人民政府安全生产委员会（“一岗双责”落实情况）`,
          level: 'MUNICIPAL',
          kind: 'GOVERNMENT',
          industries: ['mining', 'construction', 'chemicals'],
          supervisionAuthority: false,
          effectiveFrom: '2020-01-01',
        },
      });
      if (answer.status !== 201) {
        throw new Error(
          `POST /departments answered ${answer.status}: ${JSON.stringify(answer.body)}`,
        );
      }
      last = String(answer.body.position);
    }
    await running.projected(last);
  });
  afterAll(() => running.stop());

  const read = async (path: string) => {
    const response = await fetch(`${running.url}${path}`, {
      headers: { authorization: `Bearer ${running.token('VIEWER')}` },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { response, bytes, body: JSON.parse(bytes.toString('utf8')) as unknown };
  };

  it('sends a page of 100 departments’ compliance whole: its bytes, their length, the JSON content type', async () => {
    const { response, bytes, body } = await read('/compliance?year=2026&pageSize=100');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    // Longer than json-answer.ts's LARGE (60,000 characters), so it went out in pieces.
    expect(bytes.toString('utf8').length).toBeGreaterThan(60_000);
    expect(bytes.equals(Buffer.from(JSON.stringify(body), 'utf8'))).toBe(true);
    const page = body as { total: number; departments: { name: string }[] };
    expect(page.total).toBe(100);
    expect(page.departments.map((department) => department.name)).toContain(
      '滨江市第7人民政府安全生产委员会（“一岗双责”落实情况）',
    );
  });

  it('sends the OpenAPI document, the largest answer, whole', async () => {
    const { response, bytes, body } = await read('/docs/openapi.json');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect(bytes.length).toBeGreaterThan(60_000);
    expect(bytes.equals(Buffer.from(JSON.stringify(body), 'utf8'))).toBe(true);
    const document = body as { openapi: unknown; paths: Record<string, unknown> };
    expect(typeof document.openapi).toBe('string');
    expect(Object.keys(document.paths)).toContain('/departments');
  });
});

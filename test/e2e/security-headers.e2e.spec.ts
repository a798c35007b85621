import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { type RunningApp, startApp } from '../support/running-app';

jest.setTimeout(60_000);

/** The page's globals this file reads inside the browser (the project has no DOM lib). */
declare const document: { querySelectorAll(selector: string): { length: number } };

describe('security headers, as helmet makes them', () => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(() => running.stop());

  const get = (path: string, token?: string) =>
    fetch(`${running.url}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('marks every API answer, success or error, as not to be cached, sniffed, framed or rendered', async () => {
    const answers = [
      await get('/departments', running.token('VIEWER')),
      await get('/departments?pageSize=1000', running.token('VIEWER')),
      await get('/departments'),
      await get('/health'),
      await get('/no-such-route', running.token('VIEWER')),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 400, 401, 200, 404]);
    for (const answer of answers) {
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('content-security-policy')).toBe(
        "default-src 'none';base-uri 'none';form-action 'none';frame-ancestors 'none'",
      );
    }
  });

  it('keeps the dashboard shell on its own strict policy, revalidated rather than stored', async () => {
    for (const path of ['/', '/assets/dashboard.js']) {
      const answer = await get(path);
      expect(answer.status).toBe(200);
      const policy = answer.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('unsafe-inline');
      expect(answer.headers.get('cache-control')).toBe('no-cache');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('gives /docs a policy of its own, never framed, under which swagger-ui renders every operation', async () => {
    const page = await get('/docs');
    expect(page.status).toBe(200);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const openapi = await get('/docs/openapi.json');
    expect(openapi.headers.get('x-content-type-options')).toBe('nosniff');

    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const tab = await browser.newPage();
      const refused: string[] = [];
      tab.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text()))
          refused.push(message.text());
      });
      await tab.goto(`${running.url}/docs`);
      await tab.waitForSelector('.opblock', { timeout: 20_000 });
      const operations = await tab.evaluate(() => document.querySelectorAll('.opblock').length);
      expect(operations).toBeGreaterThan(40);
      expect(refused).toEqual([]);
    } finally {
      await browser?.close();
    }
  });
});

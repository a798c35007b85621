import { randomUUID } from 'node:crypto';
import type { ProjectionStatusReport } from '@dutyledger/read-models';
import { ProjectionStatusFeed } from '../../apps/api/src/dashboard/live/projection-status.feed';
import { call } from '../support/http';
import { POSTGRES_TEST_URL } from '../support/postgres';
import { type RunningApp, startApp } from '../support/running-app';
import { type ServerSentEvent, openEventStream } from '../support/server-sent-events';

const report = (message: ServerSentEvent): ProjectionStatusReport =>
  JSON.parse(message.data) as ProjectionStatusReport;

const department = () => ({
  name: `Department ${randomUUID().slice(0, 8)}`,
  level: 'MUNICIPAL',
  kind: 'GOVERNMENT',
  industries: ['mining'],
  supervisionAuthority: false,
});

/** Waits (within the test's timeout) until `condition` holds. */
async function eventually(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

function describeDashboard(readModels: 'sqlite' | 'postgres') {
  describe(`the dashboard's page, session and live stream (read models on ${readModels})`, () => {
    let running: RunningApp;

    beforeAll(async () => {
      running = await startApp({ postgres: readModels === 'postgres' });
    });
    afterAll(() => running.stop());

    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${running.url}${path}`, { headers });
    const bearer = (role: Parameters<RunningApp['token']>[0]) => ({
      authorization: `Bearer ${running.token(role)}`,
    });

    it('serves the page at / without sign-in, locked to its own scripts, with a sign-in form', async () => {
      const page = await get('/');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(page.headers.get('set-cookie')).toBeNull();
      const html = await page.text();
      expect(html).toContain('<form id="sign-in-form"');
      expect(html).toContain('npm run cli -- token --role VIEWER --sub me');
      // Chart.js is fetched by the views that draw a chart, not by every page.
      expect(html).not.toContain('chart.umd.min.js');
      // One script, the page's modules bundled: a cold browser makes one request for them.
      expect(html.match(/<script\b[^>]*>/g)).toEqual([
        expect.stringMatching(/src="\/assets\/v-[\w-]{12}\/dashboard\.bundle\.js"/),
      ]);
      expect(html).not.toContain('modulepreload');
      expect(html).not.toMatch(/https?:\/\//);
      expect(page.headers.get('cache-control')).toBe('no-cache');
    });

    it('serves the files the page names for good (immutable) and compressed, the page itself revalidated', async () => {
      const html = await (await get('/')).text();
      const script = /src="(\/assets\/v-[\w-]{12}\/dashboard\.bundle\.js)"/.exec(html)?.[1] ?? '';
      const style = /href="(\/assets\/v-[\w-]{12}\/dashboard\.css)"/.exec(html)?.[1] ?? '';
      for (const path of [script, style]) {
        // Node's fetch sends Accept-Encoding and inflates the answer.
        const answer = await get(path);
        expect({
          path,
          status: answer.status,
          caching: answer.headers.get('cache-control'),
          encoding: answer.headers.get('content-encoding'),
          vary: answer.headers.get('vary'),
        }).toEqual({
          path,
          status: 200,
          caching: 'public, max-age=31536000, immutable',
          encoding: 'gzip',
          vary: 'accept-encoding',
        });
      }
      const chart = await get(script.replace('dashboard.bundle.js', 'chart.umd.min.js'));
      expect(chart.headers.get('content-encoding')).toBe('gzip');
      expect(await chart.text()).toContain('Chart');
      // A page of another release gets today's file, revalidated rather than kept.
      const stale = await get('/assets/v-000000000000/dashboard.bundle.js');
      expect(stale.status).toBe(200);
      expect(stale.headers.get('cache-control')).toBe('no-cache');
      expect(await stale.text()).toBe(await (await get(script)).text());
    });

    it("bundles the page's modules into its one script, which imports nothing more", async () => {
      const html = await (await get('/')).text();
      const script = /src="(\/assets\/v-[\w-]{12}\/dashboard\.bundle\.js)"/.exec(html)?.[1] ?? '';
      const answer = await get(script);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      const bundle = await answer.text();
      expect(bundle).not.toMatch(/^\s*(import|export)\b/m);
      // The entry module, modules it imports directly and not, and the message formatter.
      for (const code of [
        'function renderRoute',
        'function translateShell',
        'dutyledger:signed-out',
      ]) {
        expect(bundle).toContain(code);
      }
      expect(bundle).toContain('IntlMessageFormat');
      const again = await get(script, { 'if-none-match': String(answer.headers.get('etag')) });
      expect(again.status).toBe(304);
    });

    it('sends a file uncompressed to a client that does not take gzip', async () => {
      const answer = await get('/assets/dashboard.js', { 'accept-encoding': 'identity' });
      expect(answer.headers.get('content-encoding')).toBeNull();
      expect(await answer.text()).toContain('import ');
    });

    it('serves its files and chart.js by name, with their types', async () => {
      const expected: Record<string, string> = {
        '/assets/dashboard.js': 'text/javascript; charset=utf-8',
        '/assets/dashboard.css': 'text/css; charset=utf-8',
        '/assets/chart.umd.min.js': 'text/javascript; charset=utf-8',
      };
      for (const [path, type] of Object.entries(expected)) {
        const answer = await get(path);
        expect({ path, status: answer.status, type: answer.headers.get('content-type') }).toEqual({
          path,
          status: 200,
          type,
        });
      }
      expect(await (await get('/assets/chart.umd.min.js')).text()).toContain('Chart');
    });

    it.each([
      '/assets/nothing.js',
      '/assets/index.html',
      '/assets/..%2Fdashboard.module.ts',
      '/assets/..%2F..%2F..%2F..%2F..%2Fpackage.json',
      '/assets/%2e%2e%2fshell%2fdashboard-assets.ts',
      '/assets/live',
      '/assets/v-000000000000/index.html',
      '/assets/v-000000000000/..%2Fdashboard.module.ts',
    ])('answers 404 for %s: nothing outside the fixed list is served', async (path) => {
      const answer = await get(path);
      expect(answer.status).toBe(404);
      expect(await answer.text()).not.toContain('import ');
    });

    it('answers 304 to a request for a file the browser already has', async () => {
      const first = await get('/assets/dashboard.js');
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await get('/assets/dashboard.js', { 'if-none-match': String(etag) });
      expect(again.status).toBe(304);
    });

    it('tells the signed-in subject and role, and the jurisdiction’s time zone, and refuses a missing token with 401', async () => {
      const answer = await call(running.url, 'GET', '/session', {
        token: running.token('AUDITOR', 'auditor-7'),
      });
      expect(answer).toEqual({
        status: 200,
        body: { subject: 'auditor-7', role: 'AUDITOR', timeZone: 'Asia/Shanghai' },
      });
      expect((await call(running.url, 'GET', '/session')).status).toBe(401);
    });

    it('refuses /live without a valid token before streaming anything', async () => {
      const anonymous = await openEventStream(`${running.url}/live`);
      expect(anonymous.status).toBe(401);
      const forged = await openEventStream(`${running.url}/live`, {
        authorization: 'Bearer not.a.jwt',
      });
      expect(forged.status).toBe(401);
    });

    it('streams the projection status at once, and again when a command moves the projections', async () => {
      const stream = await openEventStream(`${running.url}/live`, bearer('VIEWER'));
      try {
        expect(stream.status).toBe(200);
        expect(stream.contentType).toBe('text/event-stream');
        const first = await stream.next();
        expect(first.event).toBe('projections');
        const before = report(first);
        expect(before.projections.map((projection) => projection.name)).toContain('departments');
        const registered = await call(running.url, 'POST', '/departments', {
          token: running.token('ADMIN'),
          body: department(),
        });
        expect(registered.status).toBe(201);
        const position = BigInt(String(registered.body.position));
        const after = await stream.until((message) => {
          const status = report(message);
          const departments = status.projections.find((p) => p.name === 'departments');
          return BigInt(departments?.position ?? '0') >= position && departments?.lag === 0;
        });
        expect(after.event).toBe('projections');
        expect(BigInt(report(after).headPosition)).toBeGreaterThanOrEqual(position);
        expect(BigInt(report(after).headPosition)).toBeGreaterThan(BigInt(before.headPosition));
      } finally {
        stream.close();
      }
    });

    it('stops polling once the last client has gone', async () => {
      const feed = running.app.get(ProjectionStatusFeed);
      const first = await openEventStream(`${running.url}/live`, bearer('CASEWORKER'));
      const second = await openEventStream(`${running.url}/live`, bearer('SUPERVISOR'));
      await first.next();
      await second.next();
      expect(feed.listening).toBe(2);
      expect(feed.polling).toBe(true);
      first.close();
      await eventually(() => feed.listening === 1);
      expect(feed.polling).toBe(true);
      second.close();
      await eventually(() => feed.listening === 0);
      await eventually(() => !feed.polling);
    });
  });
}

describeDashboard('sqlite');
if (POSTGRES_TEST_URL) describeDashboard('postgres');

describe('stopping the api while a live stream is open', () => {
  it('ends the stream instead of waiting for the client', async () => {
    const running = await startApp();
    const stream = await openEventStream(`${running.url}/live`, {
      authorization: `Bearer ${running.token('VIEWER')}`,
    });
    await stream.next();
    await running.stop();
    await expect(stream.next()).rejects.toThrow();
  });
});

import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import type { DemoSummary } from '../../apps/cli/src/demo';
import type { Role } from '@dutyledger/auth';
import { launchChromium } from '../support/browser';
import { demoWorld } from '../support/demo-world';
import { call } from '../support/http';
import { POSTGRES_TEST_URL } from '../support/postgres';
import { type RunningApp, startApp } from '../support/running-app';

/**
 * The dashboard in a real browser (Chromium through playwright-core) against the api with the demo
 * scenario loaded. The screenshots go to the temp directory, or to docs/ for the README when
 * DUTYLEDGER_SCREENSHOTS=docs, so that a test run leaves the work tree as it found it.
 */
const DOCS =
  process.env.DUTYLEDGER_SCREENSHOTS === 'docs'
    ? join(__dirname, '..', '..', 'docs')
    : join(tmpdir(), 'dutyledger-screenshots');

/**
 * The page's globals, as far as the functions this file runs inside the page use them: the
 * project compiles without the DOM lib, and these declarations stay local to this file.
 */
interface PageElement {
  id: string;
  textContent: string | null;
  matches(selector: string): boolean;
  getAttribute(name: string): string | null;
}
declare const document: {
  activeElement: PageElement | null;
  body: PageElement;
  documentElement: { scrollWidth: number };
  getElementById(id: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
};
declare const window: { innerWidth: number; Chart?: { getChart(id: string): unknown } };
declare const sessionStorage: { length: number; setItem(key: string, value: string): void };
declare const localStorage: { setItem(key: string, value: string): void };
declare function getComputedStyle(element: PageElement): { outlineStyle: string };

jest.setTimeout(60_000);

function describeInBrowser(readModels: 'sqlite' | 'postgres') {
  describe(`the dashboard in a browser, on the demo data (read models on ${readModels})`, () => {
    let running: RunningApp;
    let demo: DemoSummary;
    let browser: Browser;

    beforeAll(async () => {
      const world = await demoWorld();
      running = await startApp({ dataDir: world.dataDir, postgres: readModels === 'postgres' });
      demo = world.summary;
      await running.projected(demo.lastPosition);
      browser = await launchChromium();
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await running?.stop();
    });

    /** Problems the page reported: script errors and console errors (a CSP refusal is one). */
    const problems = new WeakMap<Page, string[]>();

    async function open(width = 1280, height = 900): Promise<Page> {
      const context = await browser.newContext({ viewport: { width, height } });
      // These tests read the English wording; the Chinese dashboard (the default) has its own.
      await context.addInitScript(() => localStorage.setItem('dutyledger.lang', 'en'));
      const page = await context.newPage();
      const seen: string[] = [];
      problems.set(page, seen);
      page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        // Failed loads are reported below with their address.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          seen.push(`console: ${message.text()}`);
        }
      });
      page.on('response', (response) => {
        if (response.status() >= 400) {
          const { pathname } = new URL(response.url());
          seen.push(`HTTP ${response.status()} ${response.request().method()} ${pathname}`);
        }
      });
      await page.goto(`${running.url}/#/departments`);
      return page;
    }

    async function close(page: Page, expectedProblems: readonly RegExp[] = []): Promise<void> {
      const seen = (problems.get(page) ?? []).filter(
        (problem) => !expectedProblems.some((expected) => expected.test(problem)),
      );
      await page.context().close();
      expect(seen).toEqual([]);
    }

    /** The view has rendered the route (a live refresh may follow, but the route is there). */
    async function shown(page: Page, route: string): Promise<void> {
      await page.waitForSelector(`#view[data-state="ready"][data-route="${route}"]`);
    }

    async function signIn(page: Page, role: Role, subject?: string): Promise<void> {
      await page.fill('#token', running.token(role, subject));
      await page.press('#token', 'Enter');
      await shown(page, 'departments');
    }

    /**
     * Presses Tab (or Shift+Tab, as a keyboard user goes back to the menu above the view) until
     * the focused element matches `selector` (at most `limit` times).
     */
    async function tabTo(
      page: Page,
      selector: string,
      key: 'Tab' | 'Shift+Tab' = 'Tab',
      limit = 800,
    ): Promise<void> {
      for (let presses = 0; presses < limit; presses += 1) {
        await page.keyboard.press(key);
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
          return;
        }
      }
      throw new Error(`Tab never reached ${selector}`);
    }

    /**
     * A test of the page alone (sign-in, keyboard, redaction, layout): its outcome does not depend
     * on the read models' engine, so it runs once, on SQLite; the PostgreSQL run keeps the tests
     * that read the read models.
     */
    const pageOnly = (name: string, test: () => Promise<void>): void => {
      if (readModels === 'sqlite') it(name, test);
    };

    pageOnly(
      'asks for a token, refuses a bad one saying why, shows the role, keeps the session in the tab, and signs out',
      async () => {
        const page = await open();
        await page.waitForSelector('#sign-in:not([hidden])');
        expect(await page.isHidden('#main-nav')).toBe(true);
        await page.fill('#token', 'not.a.jwt');
        await page.press('#token', 'Enter');
        await page.waitForFunction(
          () => (document.getElementById('sign-in-error')?.textContent ?? '') !== '',
        );
        expect(await page.textContent('#sign-in-error')).toContain('The token is not valid');

        await signIn(page, 'CASEWORKER', 'caseworker-jiang');
        expect(await page.textContent('#session-role')).toBe('CASEWORKER');
        expect(await page.textContent('#session-subject')).toBe('caseworker-jiang');
        expect(await page.isVisible('#main-nav')).toBe(true);

        await page.reload();
        await shown(page, 'departments');
        expect(await page.textContent('#session-role')).toBe('CASEWORKER');

        await page.click('#sign-out');
        await page.waitForSelector('#sign-in:not([hidden])');
        expect(await page.isHidden('#view')).toBe(true);
        expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
        await close(page, [/^HTTP 401 GET \/session$/]);
      },
    );

    pageOnly(
      'a reloaded tab asks for its view while its token is checked again, and shows it only once the api has said the same',
      async () => {
        const page = await open();
        await signIn(page, 'SUPERVISOR', 'supervisor-reloading');
        // The check is held: the view's data is asked for meanwhile, and nothing is shown.
        const held: Route[] = [];
        await page.route('**/session', (route) => void held.push(route));
        await Promise.all([
          page.waitForRequest((request) => request.url().includes('/compliance?')),
          page.reload({ waitUntil: 'commit' }),
        ]);
        while (held.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(await page.isHidden('#view')).toBe(true);
        expect(await page.isHidden('#main-nav')).toBe(true);
        await held[0]?.continue();
        await page.unroute('**/session');
        await shown(page, 'departments');
        expect(await page.textContent('#session-subject')).toBe('supervisor-reloading');
        await close(page);
      },
    );

    pageOnly(
      'a reloaded tab is shown as the api answers now, not as it answered before',
      async () => {
        const page = await open();
        await signIn(page, 'SUPERVISOR', 'supervisor-kept');
        await page.click('#main-nav a[href="#/cadres"]');
        await shown(page, 'cadres');
        // The tab kept a VIEWER's answer (no cadres); the api says SUPERVISOR.
        await page.evaluate(() =>
          sessionStorage.setItem(
            'dutyledger.session',
            JSON.stringify({ subject: 'supervisor-kept', role: 'VIEWER', timeZone: 'UTC' }),
          ),
        );
        await page.reload();
        await shown(page, 'cadres');
        expect(await page.textContent('#session-role')).toBe('SUPERVISOR');
        expect(await page.locator('[data-testid="not-for-role"]').count()).toBe(0);
        await close(page);

        // A token the api refuses: the sign-in form saying why, nothing of the view it asked for.
        const refused = await open();
        await signIn(refused, 'SUPERVISOR');
        await refused.evaluate(() => sessionStorage.setItem('dutyledger.token', 'not.a.jwt'));
        await refused.reload();
        await refused.waitForSelector('#sign-in:not([hidden])');
        expect(await refused.textContent('#sign-in-error')).toContain('The token is not valid');
        expect(await refused.isHidden('#view')).toBe(true);
        expect(await refused.isHidden('#main-nav')).toBe(true);
        expect(await refused.evaluate(() => sessionStorage.length)).toBe(0);
        await close(refused, [/^HTTP 401 GET \//]);
      },
    );

    it('shows the demo: the department tree with scores, figures that open their events, the accident chart and the case queue overdue first', async () => {
      const page = await open();
      await signIn(page, 'SUPERVISOR');

      const municipality = page.locator(`tr[data-department="${demo.municipalityId}"]`);
      await municipality.waitFor();
      const departments = await page.locator('[data-testid="department-tree"] tbody tr').count();
      expect(departments).toBeGreaterThanOrEqual(1 + 3 + 6);
      expect(await municipality.locator('.score').textContent()).toMatch(/^\d{1,3}$/);
      await page.waitForSelector('#live-status[data-state="current"]');
      expect(await page.textContent('#live-status')).toContain('up to date');
      mkdirSync(DOCS, { recursive: true });
      await page.screenshot({ path: join(DOCS, 'dashboard-en.png') });

      // Every figure opens the events behind it: one counted event per performance.
      const performed = municipality.locator('[data-key$=":dutiesPerformed"]');
      const count = Number(await performed.textContent());
      expect(count).toBeGreaterThan(0);
      await performed.click();
      await page.waitForSelector('[data-testid="drill-down-events"]');
      const listed = page.locator('[data-testid="drill-down-events"] tbody tr[data-counted]');
      expect(await listed.count()).toBe(Math.min(count, 500));
      // Each event a sentence with its business date: no ids, types or log positions.
      expect(await listed.first().locator('th').textContent()).toMatch(
        /^\d{1,2} [A-Z][a-z]{2} \d{4}$/,
      );
      expect(await listed.first().locator('td').first().textContent()).toBe('Duty performed');
      expect(await page.textContent('[data-testid="drill-down-events"]')).not.toMatch(
        /[0-9a-f]{8}-[0-9a-f]{4}|DutyPerformanceRecorded/,
      );
      await page.click('#drill-down-close');
      expect(await page.isHidden('#drill-down')).toBe(true);

      await page.click('#main-nav a[href="#/accidents"]');
      await shown(page, 'accidents');
      // Chart.js is fetched by this view once it is shown, then draws.
      await page.waitForFunction(() => window.Chart?.getChart('accidents-chart') !== undefined);
      const totals = await page
        .locator('[data-testid="accidents-table"] tbody td[data-grade]')
        .allTextContents();
      expect(totals.reduce((sum, cell) => sum + Number(cell), 0)).toBeGreaterThanOrEqual(4);

      await page.locator('[data-testid="accidents-by-department"] button').first().click();
      await page.waitForSelector('[data-testid="drill-down-events"]');
      const types = await page
        .locator('[data-testid="drill-down-events"] tbody tr[data-counted] td:first-of-type')
        .allTextContents();
      expect(types.length).toBeGreaterThan(0);
      expect(new Set(types)).toEqual(new Set(['Accident reported']));
      expect(
        await page
          .locator('[data-testid="drill-down-events"] tbody a[href^="#/accidents/"]')
          .count(),
      ).toBe(types.length);
      await page.click('#drill-down-close');

      await page.click('#main-nav a[href="#/cases"]');
      await shown(page, 'cases');
      const rows = page.locator('[data-testid="case-queue"] tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      const overdue = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="case-queue"] tbody tr')].map(
          (row) => row.getAttribute('class') === 'overdue',
        ),
      );
      expect(overdue[0]).toBe(true);
      expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
      expect(
        await page.locator(`tr[data-case="${demo.overdueCaseId}"]`).getAttribute('class'),
      ).toBe('overdue');
      await close(page);
    });

    it('changes without a reload when a command is issued through the api', async () => {
      const page = await open();
      await signIn(page, 'CASEWORKER');
      await page.click('#main-nav a[href="#/accidents"]');
      await shown(page, 'accidents');
      const count = () =>
        page.evaluate(() =>
          [
            ...document.querySelectorAll('[data-testid="accidents-table"] tbody td[data-grade]'),
          ].reduce((sum, cell) => sum + Number(cell.textContent), 0),
        );
      const before = await count();
      await page.evaluate(() => Object.assign(window, { loadedOnce: true }));

      const reported = await call(running.url, 'POST', '/accidents', {
        token: running.token('CASEWORKER'),
        body: {
          departmentId: demo.municipalityId,
          industry: 'construction',
          occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
          description: 'Scaffold collapse reported while the dashboard was open',
          deaths: 1,
          seriousInjuries: 0,
          directLossYuan: 0,
        },
      });
      expect(reported.status).toBe(201);

      await page.waitForFunction(
        (expected) =>
          [
            ...document.querySelectorAll('[data-testid="accidents-table"] tbody td[data-grade]'),
          ].reduce((sum, cell) => sum + Number(cell.textContent), 0) === expected,
        before + 1,
      );
      expect(await count()).toBe(before + 1);
      expect(await page.evaluate(() => 'loadedOnce' in window)).toBe(true);
      await page.waitForSelector('#live-status[data-state="current"]');
      await close(page);
    });

    it("opens the demo's blocked cadre and shows the eligibility blocked, with the reason and its events", async () => {
      const page = await open();
      await signIn(page, 'AUDITOR');
      await page.click('#main-nav a[href="#/cadres"]');
      await shown(page, 'cadres');
      await page.click(`a[href="#/cadres/${demo.blockedCadre.cadreId}"]`);
      await shown(page, `cadres/${demo.blockedCadre.cadreId}`);

      expect(await page.textContent('#view h1')).toBe(demo.blockedCadre.name);
      const eligibility = page.locator('[data-testid="eligibility"]');
      expect(await eligibility.locator('.badge').textContent()).toBe('blocked');
      const block = eligibility.locator(`li[data-reason="${demo.blockedCadre.reason}"]`);
      // The reason in words, with a local date and a link to its case: no ids, no ISO times.
      const reason = String(await block.textContent());
      expect(reason).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|\d{4}-\d{2}-\d{2}T/);
      expect(reason).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}/);
      expect(await block.locator('a[href^="#/cases/"]').count()).toBe(1);
      await block.locator('button').click();
      const ids = await page.locator('[data-testid="drill-down-ids"] li').allTextContents();
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(await page.locator('[data-testid="assessments"] tbody tr').count()).toBeGreaterThan(0);
      await close(page);
    });

    pageOnly(
      'can be used with the keyboard alone: sign in, move between the views, open a figure and a cadre',
      async () => {
        const page = await open();
        await tabTo(page, '#token');
        await page.keyboard.type(running.token('SUPERVISOR'));
        await page.keyboard.press('Enter');
        await shown(page, 'departments');

        await tabTo(page, '#main-nav a[href="#/cases"]', 'Shift+Tab');
        const outline = await page.evaluate(
          () => getComputedStyle(document.activeElement ?? document.body).outlineStyle,
        );
        expect(outline).toBe('solid');
        await page.keyboard.press('Enter');
        await shown(page, 'cases');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('cases-title');

        await tabTo(page, '#main-nav a[href="#/departments"]', 'Shift+Tab');
        await page.keyboard.press('Enter');
        await shown(page, 'departments');
        await tabTo(page, 'button.figure');
        const figure = await page.evaluate(() => document.activeElement?.getAttribute('data-key'));
        await page.keyboard.press('Enter');
        await page.waitForSelector('#drill-down:not([hidden])');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('drill-down-title');
        await tabTo(page, '#drill-down-close');
        await page.keyboard.press('Enter');
        expect(await page.isHidden('#drill-down')).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(
          figure,
        );

        await tabTo(page, '#main-nav a[href="#/cadres"]', 'Shift+Tab');
        await page.keyboard.press('Enter');
        await shown(page, 'cadres');
        await tabTo(page, `a[href="#/cadres/${demo.blockedCadre.cadreId}"]`);
        await page.keyboard.press('Enter');
        await shown(page, `cadres/${demo.blockedCadre.cadreId}`);
        expect(await page.locator('[data-testid="eligibility"] .badge').textContent()).toBe(
          'blocked',
        );
        await close(page);
      },
    );

    pageOnly(
      'shows a VIEWER the aggregates only: no cadre view, no case subjects, no request for personal details',
      async () => {
        const page = await open();
        const personal: string[] = [];
        page.on('request', (request) => {
          if (/\/cadres(\/|\?|$)/.test(new URL(request.url()).pathname))
            personal.push(request.url());
        });
        await signIn(page, 'VIEWER');
        expect(await page.textContent('#session-role')).toBe('VIEWER');
        expect(await page.isHidden('#main-nav a[href="#/cadres"]')).toBe(true);

        await page.click('#main-nav a[href="#/cases"]');
        await shown(page, 'cases');
        expect(await page.locator('[data-testid="case-queue"] tbody tr').count()).toBeGreaterThan(
          0,
        );
        expect(await page.locator('[data-testid="case-queue"] a[href^="#/cadres/"]').count()).toBe(
          0,
        );
        expect(await page.locator('[data-testid="case-queue"] thead').textContent()).not.toContain(
          'Summary',
        );

        await page.goto(`${running.url}/#/cadres/${demo.blockedCadre.cadreId}`);
        await shown(page, `cadres/${demo.blockedCadre.cadreId}`);
        expect(await page.isVisible('[data-testid="not-for-role"]')).toBe(true);
        expect(await page.content()).not.toContain(demo.blockedCadre.name);
        expect(personal).toEqual([]);
        await close(page);
      },
    );

    pageOnly(
      'reads at 390 px: no sideways scrolling of the page, wide tables scroll in their frame',
      async () => {
        const page = await open(390, 844);
        await signIn(page, 'SUPERVISOR');
        await page.waitForSelector('#live-status[data-state="current"]');
        const widths = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          viewport: window.innerWidth,
        }));
        expect(widths.page).toBeLessThanOrEqual(widths.viewport);
        await page.screenshot({ path: join(DOCS, 'dashboard-en-narrow.png') });
        await page.click('#main-nav a[href="#/cases"]');
        await shown(page, 'cases');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          390,
        );
        await close(page);
      },
    );
  });
}

describeInBrowser('sqlite');
if (POSTGRES_TEST_URL) describeInBrowser('postgres');

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DashboardBrowser,
  SCREENSHOTS as DOCS,
  type PageComputedStyle,
  type PageDocument,
  type PageWindow,
} from '../support/dashboard-browser';
import { call } from '../support/http';
import { POSTGRES_TEST_URL } from '../support/postgres';

/**
 * The dashboard in a real browser (Chromium through playwright-core) against the api with the demo
 * scenario loaded. The screenshots go to the temp directory, or to docs/ for the README when
 * DUTYLEDGER_SCREENSHOTS=docs, so that a test run leaves the work tree as it found it. Signing in
 * and the tab's session are dashboard-session.browser.e2e.spec.ts.
 */

/** The page's globals its in-page functions use (types: test/support/dashboard-browser.ts). */
declare const document: PageDocument;
declare const window: PageWindow;
declare const getComputedStyle: PageComputedStyle;

jest.setTimeout(60_000);

function describeInBrowser(readModels: 'sqlite' | 'postgres') {
  describe(`the dashboard in a browser, on the demo data (read models on ${readModels})`, () => {
    const dashboard = new DashboardBrowser({ lang: 'en', readModels });

    /**
     * A test of the page alone (sign-in, keyboard, redaction, layout): its outcome does not depend
     * on the read models' engine, so it runs once, on SQLite; the PostgreSQL run keeps the tests
     * that read the read models.
     */
    const pageOnly = (name: string, test: () => Promise<void>): void => {
      if (readModels === 'sqlite') it(name, test);
    };

    it('shows the demo: the department tree with scores, figures that open their events, the accident chart and the case queue overdue first', async () => {
      const page = await dashboard.open();
      await dashboard.signIn(page, 'SUPERVISOR');

      const municipality = page.locator(`tr[data-department="${dashboard.demo.municipalityId}"]`);
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
      await dashboard.shown(page, 'accidents');
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
      await dashboard.shown(page, 'cases');
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
        await page.locator(`tr[data-case="${dashboard.demo.overdueCaseId}"]`).getAttribute('class'),
      ).toBe('overdue');
      await dashboard.close(page);
    });

    it('changes without a reload when a command is issued through the api', async () => {
      const page = await dashboard.open();
      await dashboard.signIn(page, 'CASEWORKER');
      await page.click('#main-nav a[href="#/accidents"]');
      await dashboard.shown(page, 'accidents');
      const count = () =>
        page.evaluate(() =>
          [
            ...document.querySelectorAll('[data-testid="accidents-table"] tbody td[data-grade]'),
          ].reduce((sum, cell) => sum + Number(cell.textContent), 0),
        );
      const before = await count();
      await page.evaluate(() => Object.assign(window, { loadedOnce: true }));

      const reported = await call(dashboard.running.url, 'POST', '/accidents', {
        token: dashboard.running.token('CASEWORKER'),
        body: {
          departmentId: dashboard.demo.municipalityId,
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
      await dashboard.close(page);
    });

    it("opens the demo's blocked cadre and shows the eligibility blocked, with the reason and its events", async () => {
      const page = await dashboard.open();
      await dashboard.signIn(page, 'AUDITOR');
      await page.click('#main-nav a[href="#/cadres"]');
      await dashboard.shown(page, 'cadres');
      await page.click(`a[href="#/cadres/${dashboard.demo.blockedCadre.cadreId}"]`);
      await dashboard.shown(page, `cadres/${dashboard.demo.blockedCadre.cadreId}`);

      expect(await page.textContent('#view h1')).toBe(dashboard.demo.blockedCadre.name);
      const eligibility = page.locator('[data-testid="eligibility"]');
      expect(await eligibility.locator('.badge').textContent()).toBe('blocked');
      const block = eligibility.locator(`li[data-reason="${dashboard.demo.blockedCadre.reason}"]`);
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
      await dashboard.close(page);
    });

    pageOnly(
      'can be used with the keyboard alone: sign in, move between the views, open a figure and a cadre',
      async () => {
        const page = await dashboard.open();
        await dashboard.tabTo(page, '#token');
        await page.keyboard.type(dashboard.running.token('SUPERVISOR'));
        await page.keyboard.press('Enter');
        await dashboard.shown(page, 'departments');

        await dashboard.tabTo(page, '#main-nav a[href="#/cases"]', 'Shift+Tab');
        const outline = await page.evaluate(
          () => getComputedStyle(document.activeElement ?? document.body).outlineStyle,
        );
        expect(outline).toBe('solid');
        await page.keyboard.press('Enter');
        await dashboard.shown(page, 'cases');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('cases-title');

        await dashboard.tabTo(page, '#main-nav a[href="#/departments"]', 'Shift+Tab');
        await page.keyboard.press('Enter');
        await dashboard.shown(page, 'departments');
        await dashboard.tabTo(page, 'button.figure');
        const figure = await page.evaluate(() => document.activeElement?.getAttribute('data-key'));
        await page.keyboard.press('Enter');
        await page.waitForSelector('#drill-down:not([hidden])');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('drill-down-title');
        await dashboard.tabTo(page, '#drill-down-close');
        await page.keyboard.press('Enter');
        expect(await page.isHidden('#drill-down')).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(
          figure,
        );

        await dashboard.tabTo(page, '#main-nav a[href="#/cadres"]', 'Shift+Tab');
        await page.keyboard.press('Enter');
        await dashboard.shown(page, 'cadres');
        await dashboard.tabTo(page, `a[href="#/cadres/${dashboard.demo.blockedCadre.cadreId}"]`);
        await page.keyboard.press('Enter');
        await dashboard.shown(page, `cadres/${dashboard.demo.blockedCadre.cadreId}`);
        expect(await page.locator('[data-testid="eligibility"] .badge').textContent()).toBe(
          'blocked',
        );
        await dashboard.close(page);
      },
    );

    pageOnly(
      'shows a VIEWER the aggregates only: no cadre view, no case subjects, no request for personal details',
      async () => {
        const page = await dashboard.open();
        const personal: string[] = [];
        page.on('request', (request) => {
          if (/\/cadres(\/|\?|$)/.test(new URL(request.url()).pathname))
            personal.push(request.url());
        });
        await dashboard.signIn(page, 'VIEWER');
        expect(await page.textContent('#session-role')).toBe('VIEWER');
        expect(await page.isHidden('#main-nav a[href="#/cadres"]')).toBe(true);

        await page.click('#main-nav a[href="#/cases"]');
        await dashboard.shown(page, 'cases');
        expect(await page.locator('[data-testid="case-queue"] tbody tr').count()).toBeGreaterThan(
          0,
        );
        expect(await page.locator('[data-testid="case-queue"] a[href^="#/cadres/"]').count()).toBe(
          0,
        );
        expect(await page.locator('[data-testid="case-queue"] thead').textContent()).not.toContain(
          'Summary',
        );

        await page.goto(`${dashboard.running.url}/#/cadres/${dashboard.demo.blockedCadre.cadreId}`);
        await dashboard.shown(page, `cadres/${dashboard.demo.blockedCadre.cadreId}`);
        expect(await page.isVisible('[data-testid="not-for-role"]')).toBe(true);
        expect(await page.content()).not.toContain(dashboard.demo.blockedCadre.name);
        expect(personal).toEqual([]);
        await dashboard.close(page);
      },
    );

    pageOnly(
      'reads at 390 px: no sideways scrolling of the page, wide tables scroll in their frame',
      async () => {
        const page = await dashboard.open(390, 844);
        await dashboard.signIn(page, 'SUPERVISOR');
        await page.waitForSelector('#live-status[data-state="current"]');
        const widths = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          viewport: window.innerWidth,
        }));
        expect(widths.page).toBeLessThanOrEqual(widths.viewport);
        await page.screenshot({ path: join(DOCS, 'dashboard-en-narrow.png') });
        await page.click('#main-nav a[href="#/cases"]');
        await dashboard.shown(page, 'cases');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          390,
        );
        await dashboard.close(page);
      },
    );
  });
}

describeInBrowser('sqlite');
if (POSTGRES_TEST_URL) describeInBrowser('postgres');

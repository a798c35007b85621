import { join } from 'node:path';
import {
  DashboardBrowser,
  SCREENSHOTS as DOCS,
  type PageComputedStyle,
  type PageDocument,
  type PageElement,
  type PageStorage,
  type PageWindow,
} from '../support/dashboard-browser';

/**
 * The dashboard as a district supervisor opens it, in Chinese (the default language), on the demo
 * data: the language and the signed-out header, what a cold page fetches (its style and one
 * script; Chart.js only on views that draw), the keyboard alone, and a 390 px phone. The cases a
 * supervisor follows are dashboard-supervisor-cases.browser.e2e.spec.ts; departments, accidents,
 * duties and cadres dashboard-supervisor-organisation.browser.e2e.spec.ts.
 */

/** The page's globals its in-page functions use (types: test/support/dashboard-browser.ts). */
declare const document: PageDocument;
declare const window: PageWindow;
declare const localStorage: PageStorage;
declare const getComputedStyle: PageComputedStyle;

jest.setTimeout(90_000);

describe('the dashboard a district supervisor opens (Chinese, demo data)', () => {
  const dashboard = new DashboardBrowser({ lang: 'zh-CN' });
  it('is Chinese by default, hides the signed-out header, and remembers a switch to English', async () => {
    const page = await dashboard.open();
    await page.waitForSelector('#sign-in:not([hidden])');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.textContent('#sign-in-title')).toBe('登录');
    // The [hidden] attribute wins over the session box's flex display.
    expect(await page.isVisible('#session')).toBe(false);
    expect(await page.locator('body').innerText()).not.toContain('()');
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('#session') as PageElement).display,
      ),
    ).toBe('none');

    // The other language's messages are fetched, then the page speaks it.
    await page.selectOption('#language', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('#sign-in-title')).toBe('Sign in');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.evaluate(() => localStorage.getItem('dutyledger.lang'))).toBe('en');
    await page.reload();
    await page.waitForSelector('#sign-in:not([hidden])');
    expect(await page.textContent('#sign-in-title')).toBe('Sign in');
    await page.selectOption('#language', 'zh-CN');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.textContent('#sign-in-title')).toBe('登录');
    await dashboard.close(page);
  });
  it('loads cold with two files, its style and its one script (the modules bundled)', async () => {
    const page = await dashboard.open();
    await page.waitForSelector('#sign-in:not([hidden])');
    const files = dashboard.assetsOf(page).map((path) => path.replace(/^\/assets\/v-[\w-]+\//, ''));
    expect(files.sort()).toEqual(['dashboard.bundle.js', 'dashboard.css']);
    await dashboard.close(page);
  });
  it('fetches Chart.js only on views that draw a chart', async () => {
    const page = await dashboard.open();
    await page.goto(`${dashboard.running.url}/#/cases`);
    await page.fill('#token', dashboard.running.token('SUPERVISOR'));
    await page.press('#token', 'Enter');
    await dashboard.shown(page, 'cases');
    await page.waitForSelector('#live-status[data-state="current"]');
    expect(dashboard.assetsOf(page).filter((path) => path.endsWith('chart.umd.min.js'))).toEqual(
      [],
    );
    await page.click('#main-nav a[href="#/accidents"]');
    await dashboard.shown(page, 'accidents');
    await page.waitForFunction(() => window.Chart?.getChart('accidents-chart') !== undefined);
    expect(
      dashboard.assetsOf(page).filter((path) => path.endsWith('chart.umd.min.js')),
    ).toHaveLength(1);
    await dashboard.close(page);
  });
  it('can be used with the keyboard alone in Chinese: sign in, open the queue and a case', async () => {
    const page = await dashboard.open();
    await dashboard.tabTo(page, '#token');
    await page.keyboard.type(dashboard.running.token('CASEWORKER'));
    await page.keyboard.press('Enter');
    await dashboard.shown(page, 'departments');
    await dashboard.tabTo(page, '#main-nav a[href="#/cases"]', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await dashboard.shown(page, 'cases');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('在办案件');
    await dashboard.tabTo(
      page,
      `[data-testid="case-queue"] a[href="#/cases/${dashboard.demo.overdueCaseId}"]`,
    );
    await page.keyboard.press('Enter');
    await dashboard.shown(page, `cases/${dashboard.demo.overdueCaseId}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(
      'view-heading',
    );
    const steps = await page.locator('[data-testid="next-steps"] li').allTextContents();
    expect(steps).toContain('附加证据');
    await dashboard.close(page);
  });
  it('reads on a 390 px phone: the department hierarchy kept, tables scroll inside their box, the page never sideways', async () => {
    const page = await dashboard.open(390, 844);
    await dashboard.signIn(page, 'SUPERVISOR');
    await page.waitForSelector('#live-status[data-state="current"]');
    const layout = await page.evaluate(() => {
      const wrap = [...document.querySelectorAll('.table-wrap')][0];
      const head = document.querySelector('[data-testid="department-tree"] thead');
      return {
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        wrapScrolls: wrap ? wrap.scrollWidth > wrap.clientWidth : false,
        headShown: head ? getComputedStyle(head).display !== 'none' : false,
      };
    });
    expect(layout.page).toBeLessThanOrEqual(layout.viewport);
    expect(layout.wrapScrolls).toBe(true);
    expect(layout.headShown).toBe(true);
    const levels = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="department-tree"] tbody tr')].map((row) =>
        row.getAttribute('data-level'),
      ),
    );
    expect(new Set(levels)).toEqual(new Set(['1', '2', '3']));
    await page.screenshot({ path: join(DOCS, 'dashboard-narrow.png') });
    for (const route of ['cases', `cases/${dashboard.demo.overdueCaseId}`, 'closed', 'accidents']) {
      await page.goto(`${dashboard.running.url}/#/${route}`);
      await dashboard.shown(page, route);
      expect({
        route,
        width: await page.evaluate(() => document.documentElement.scrollWidth),
      }).toEqual({ route, width: 390 });
    }
    await dashboard.close(page);
  });
});

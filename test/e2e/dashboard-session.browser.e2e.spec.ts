import type { Route } from 'playwright-core';
import {
  DashboardBrowser,
  type PageDocument,
  type PageStorage,
} from '../support/dashboard-browser';

/**
 * The dashboard's session in a real browser, on the demo data: signing in with a token (a bad one
 * refused saying why), the session kept in the tab and signed out of, and a reloaded tab, which
 * asks for its view while its token is checked again and shows only what the api says now. The
 * page alone is tested here: the read models' engine plays no part, so SQLite only.
 */

/** The page's globals its in-page functions use (types: test/support/dashboard-browser.ts). */
declare const document: PageDocument;
declare const sessionStorage: PageStorage;

jest.setTimeout(60_000);

describe('the dashboard’s session in a browser (demo data)', () => {
  const dashboard = new DashboardBrowser({ lang: 'en' });

  it('asks for a token, refuses a bad one saying why, shows the role, keeps the session in the tab, and signs out', async () => {
    const page = await dashboard.open();
    await page.waitForSelector('#sign-in:not([hidden])');
    expect(await page.isHidden('#main-nav')).toBe(true);
    await page.fill('#token', 'not.a.jwt');
    await page.press('#token', 'Enter');
    await page.waitForFunction(
      () => (document.getElementById('sign-in-error')?.textContent ?? '') !== '',
    );
    expect(await page.textContent('#sign-in-error')).toContain('The token is not valid');

    await dashboard.signIn(page, 'CASEWORKER', 'caseworker-jiang');
    expect(await page.textContent('#session-role')).toBe('CASEWORKER');
    expect(await page.textContent('#session-subject')).toBe('caseworker-jiang');
    expect(await page.isVisible('#main-nav')).toBe(true);

    await page.reload();
    await dashboard.shown(page, 'departments');
    expect(await page.textContent('#session-role')).toBe('CASEWORKER');

    await page.click('#sign-out');
    await page.waitForSelector('#sign-in:not([hidden])');
    expect(await page.isHidden('#view')).toBe(true);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await dashboard.close(page, [/^HTTP 401 GET \/session$/]);
  });

  it('a reloaded tab asks for its view while its token is checked again, and shows it only once the api has said the same', async () => {
    const page = await dashboard.open();
    await dashboard.signIn(page, 'SUPERVISOR', 'supervisor-reloading');
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
    await dashboard.shown(page, 'departments');
    expect(await page.textContent('#session-subject')).toBe('supervisor-reloading');
    await dashboard.close(page);
  });

  it('a reloaded tab is shown as the api answers now, not as it answered before', async () => {
    const page = await dashboard.open();
    await dashboard.signIn(page, 'SUPERVISOR', 'supervisor-kept');
    await page.click('#main-nav a[href="#/cadres"]');
    await dashboard.shown(page, 'cadres');
    // The tab kept a VIEWER's answer (no cadres); the api says SUPERVISOR.
    await page.evaluate(() =>
      sessionStorage.setItem(
        'dutyledger.session',
        JSON.stringify({ subject: 'supervisor-kept', role: 'VIEWER', timeZone: 'UTC' }),
      ),
    );
    await page.reload();
    await dashboard.shown(page, 'cadres');
    expect(await page.textContent('#session-role')).toBe('SUPERVISOR');
    expect(await page.locator('[data-testid="not-for-role"]').count()).toBe(0);
    await dashboard.close(page);

    // A token the api refuses: the sign-in form saying why, nothing of the view it asked for.
    const refused = await dashboard.open();
    await dashboard.signIn(refused, 'SUPERVISOR');
    await refused.evaluate(() => sessionStorage.setItem('dutyledger.token', 'not.a.jwt'));
    await refused.reload();
    await refused.waitForSelector('#sign-in:not([hidden])');
    expect(await refused.textContent('#sign-in-error')).toContain('The token is not valid');
    expect(await refused.isHidden('#view')).toBe(true);
    expect(await refused.isHidden('#main-nav')).toBe(true);
    expect(await refused.evaluate(() => sessionStorage.length)).toBe(0);
    await dashboard.close(refused, [/^HTTP 401 GET \//]);
  });
});

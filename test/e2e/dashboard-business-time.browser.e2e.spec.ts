import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { type RunningApp, startApp } from '../support/running-app';
import { NOW, constructionCommission } from './construction-commission';

/** The page global the init script sets (the project compiles without the DOM lib). */
declare const localStorage: { setItem(key: string, value: string): void };

jest.setTimeout(60_000);

/**
 * The dashboard shows what the fair procedure and business times add: the departments' assessment
 * grade, measures apart from referrals, performances listed but not counted, and on a cadre's page
 * the override of an appointment, how each finding heard the subject and what it weighed, failure
 * kinds, and each measure's influence on appointment; days in the jurisdiction's calendar.
 */
describe('the dashboard in a browser, on the construction commission’s case', () => {
  let running: RunningApp;
  let world: Awaited<ReturnType<typeof constructionCommission>>;
  let browser: Browser;

  beforeAll(async () => {
    running = await startApp({ clock: () => NOW });
    world = await constructionCommission(running);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  async function signedIn(): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // These tests read the English wording; the Chinese dashboard (the default) has its own.
    await context.addInitScript(() => localStorage.setItem('dutyledger.lang', 'en'));
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.goto(`${running.url}/#/departments`);
    await page.fill('#token', running.token('SUPERVISOR'));
    await page.press('#token', 'Enter');
    await page.waitForSelector('#view[data-state="ready"][data-route="departments"]');
    return { page, problems };
  }

  it('grades each department, tells measures from referrals and lists a performance of a period not due without counting it', async () => {
    const { page, problems } = await signedIn();
    await page.selectOption('#compliance-year', '2026');
    const row = page.locator(`tr[data-department="${world.ids.commission}"]`);
    await row.locator('[data-grade]').waitFor();
    const grade = await row.locator('[data-grade]').getAttribute('data-grade');
    expect(['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT']).toContain(grade);
    const figure = (name: string) =>
      row.locator(`[data-key="figure:${world.ids.commission}:${name}"]`).textContent();
    expect(await figure('sanctionsDecided')).toBe('1');
    expect(await figure('referralsDecided')).toBe('1');
    expect(await figure('casesOpened')).toBe('1');
    const bureau = page.locator(`tr[data-department="${world.ids.bureau}"]`);
    expect(
      await bureau
        .locator(`[data-key="figure:${world.ids.bureau}:casesOpenedAsAuthority"]`)
        .textContent(),
    ).toBe('1');

    await row.locator(`[data-key="figure:${world.ids.commission}:dutiesPerformed"]`).click();
    await page.waitForSelector('[data-testid="drill-down-events"]');
    const listed = await page
      .locator('[data-testid="drill-down-events"] tbody tr')
      .allTextContents();
    expect(listed).toHaveLength(2);
    expect(listed.filter((text) => text.includes('(listed, not counted)'))).toHaveLength(1);
    await page.context().close();
    expect(problems).toEqual([]);
  });

  it('shows on the cadre’s page the appointment’s override, the findings’ hearing and circumstances, failure kinds and the influence of each measure', async () => {
    const { page, problems } = await signedIn();
    await page.goto(`${running.url}/#/cadres/${world.ids.zhao}`);
    await page.waitForSelector(`#view[data-state="ready"][data-route="cadres/${world.ids.zhao}"]`);
    const post = page.locator('[data-testid="posts"] tbody tr');
    expect(await post.locator('[data-override]').textContent()).toContain(
      'Approved by the standing committee',
    );
    // Appointed on 1 March 2024 in Beijing (29 February in UTC): days are the jurisdiction's.
    expect(await post.textContent()).toContain('1 Mar 2024 – now');
    const finding = page.locator('[data-testid="findings"] tbody tr');
    expect(await finding.locator('[data-hearing]').textContent()).toBe(
      'notice served, left unanswered',
    );
    expect(await finding.textContent()).toContain(
      'aggravating: repeated within year — Second lapse since June',
    );
    expect(await page.locator('[data-testid="failures"] [data-kind]').textContent()).toBe(
      'not recorded (before failure kinds)',
    );
    const referral = page.locator('[data-testid="sanctions"] tr[data-category="REFERRAL"]');
    expect(await referral.textContent()).toContain('none: a referral, not a measure');
    const measure = page.locator('[data-testid="sanctions"] tr[data-category="MEASURE"]');
    expect(await measure.textContent()).toContain('until 15 Dec 2027');
    await page.context().close();
    expect(problems).toEqual([]);
  });
});

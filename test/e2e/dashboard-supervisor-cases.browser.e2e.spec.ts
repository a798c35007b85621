import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DashboardBrowser,
  SCREENSHOTS as DOCS,
  type PageComputedStyle,
  type PageDocument,
  type PageElement,
} from '../support/dashboard-browser';

/**
 * The cases a district supervisor follows on the dashboard, in Chinese, on the demo data: the
 * landing page's overdue count and the queue's filters and days late, the case page, the auditor's
 * case report and print, closed cases, and a table downloaded as CSV. The README's screenshot
 * (docs/dashboard.png) is taken here when DUTYLEDGER_SCREENSHOTS=docs.
 */

/** The page's globals its in-page functions use (types: test/support/dashboard-browser.ts). */
declare const document: PageDocument;
declare const getComputedStyle: PageComputedStyle;

jest.setTimeout(90_000);

/** 2026年9月1日: a day as a Chinese reader writes it. */
const CHINESE_DAY = /\d{4}年\d{1,2}月\d{1,2}日/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/;

describe('the cases a district supervisor follows on the dashboard (Chinese, demo data)', () => {
  const dashboard = new DashboardBrowser({ lang: 'zh-CN' });
  it('counts overdue cases on the landing page and leads to them, days late, with the filters of the api', async () => {
    const page = await dashboard.open();
    await dashboard.signIn(page, 'SUPERVISOR');
    mkdirSync(DOCS, { recursive: true });
    await page.waitForSelector('#live-status[data-state="current"]');
    await page.screenshot({ path: join(DOCS, 'dashboard.png') });
    const notice = page.locator('[data-testid="overdue-count"]');
    const count = Number(await notice.getAttribute('data-count'));
    expect(count).toBeGreaterThan(0);
    expect(await notice.textContent()).toContain(`${count} 件案件已超过调查期限`);
    await notice.locator('a').click();
    await dashboard.shown(page, 'cases');
    expect(await page.isChecked('#cases-overdue')).toBe(true);
    const rows = page.locator('[data-testid="case-queue"] tbody tr');
    expect(await rows.count()).toBe(count);
    const late = page.locator(`tr[data-case="${dashboard.demo.overdueCaseId}"] [data-days-late]`);
    expect(Number(await late.getAttribute('data-days-late'))).toBeGreaterThan(0);
    expect(await late.textContent()).toMatch(/超期 \d+ 天/);

    // The api's kind, department and order filters are in the page.
    await page.uncheck('#cases-overdue');
    await dashboard.shown(page, 'cases');
    await page.selectOption('#cases-kind', 'PRE_ACCIDENT');
    // Each choice reloads the queue: wait for the rows it answers, not for the rows before it.
    await page.waitForFunction((kind) => {
      const heads = [...document.querySelectorAll('[data-testid="case-queue"] tbody th')];
      return heads.length > 0 && heads.every((head) => head.textContent?.includes(kind));
    }, '事前问责');
    const kinds = await page.locator('[data-testid="case-queue"] tbody th').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind).toContain('事前问责');
    await page.selectOption('#cases-kind', '');
    await page.selectOption('#cases-sort', '-openedAt');
    await page.waitForFunction(() => {
      const days = [...document.querySelectorAll('[data-testid="case-queue"] tbody tr')].map(
        (row) => (row.querySelector('td.date')?.textContent ?? '').replace(/\D+/g, ' ').trim(),
      );
      const keys = days.map((day) =>
        day
          .split(' ')
          .map((part) => part.padStart(4, '0'))
          .join(''),
      );
      return keys.length > 1 && keys.every((key, at) => at === 0 || (keys[at - 1] ?? '') >= key);
    });
    const opened = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="case-queue"] tbody tr')].map(
        (row) => row.querySelector('td.date')?.textContent ?? '',
      ),
    );
    const asDays = opened.map((text) => {
      const [year, month, day] = (text.match(/\d+/g) ?? []).map(Number);
      return (year ?? 0) * 10_000 + (month ?? 0) * 100 + (day ?? 0);
    });
    expect(asDays).toEqual([...asDays].sort((a, b) => b - a));
    const municipalBureau = await page
      .locator('#cases-department option')
      .nth(1)
      .getAttribute('value');
    expect(municipalBureau).toMatch(UUID);
    await dashboard.close(page);
  });
  it('opens a case from the queue: header, timeline with dates, findings, measures, appeals and the next steps for the role', async () => {
    const page = await dashboard.open();
    await dashboard.signIn(page, 'SUPERVISOR');
    await page.click('#main-nav a[href="#/cases"]');
    await dashboard.shown(page, 'cases');
    await page.click(
      `[data-testid="case-queue"] a[href="#/cases/${dashboard.demo.overdueCaseId}"]`,
    );
    await dashboard.shown(page, `cases/${dashboard.demo.overdueCaseId}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(
      'view-heading',
    );
    const header = page.locator('[data-testid="case-header"]');
    expect(await header.textContent()).toMatch(CHINESE_DAY);
    expect(await page.textContent('[data-testid="case-overdue"]')).toMatch(/超期 \d+ 天/);
    // Subjects link to their cadres, with post and department.
    const subjects = page.locator('[data-testid="case-subjects"] li');
    expect(await subjects.count()).toBeGreaterThan(0);
    expect(await subjects.first().locator('a[href^="#/cadres/"]').count()).toBe(1);
    expect(String(await subjects.first().textContent()).split('，').length).toBeGreaterThanOrEqual(
      3,
    );
    // Grounds link to the accident.
    expect(await header.locator('[data-ground="accident"] a').textContent()).toMatch(/事故/);
    const timeline = page.locator('[data-testid="case-timeline"] li');
    expect(await timeline.count()).toBeGreaterThan(1);
    expect(await timeline.first().locator('time').textContent()).toMatch(
      /\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/,
    );
    // The sentences are the api's (the case narrative), said in the Accept-Language sent.
    // An investigation under way: the supervisor records findings and decides.
    const steps = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="next-steps"] li')].map((item) =>
        item.getAttribute('data-step'),
      ),
    );
    expect(steps).toContain('recordFinding');
    expect(steps).toContain('decideCase');
    // Not for a supervisor: the audit report and bundle.
    expect(await page.locator('[data-testid="audit-files"]').count()).toBe(0);
    await dashboard.close(page);
  });
  it('offers an auditor the case report as a download, and prints the case page with its number on the page', async () => {
    const page = await dashboard.open();
    await dashboard.signIn(page, 'AUDITOR');
    await page.goto(`${dashboard.running.url}/#/cases/${dashboard.demo.overdueCaseId}`);
    await dashboard.shown(page, `cases/${dashboard.demo.overdueCaseId}`);
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-key="case-report"]'),
    ]);
    expect(report.suggestedFilename()).toBe(`case-${dashboard.demo.overdueCaseId}-report.html`);
    const html = readFileSync(String(await report.path()), 'utf8');
    expect(html).toContain('<html');

    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.masthead')).toBe(false);
    expect(await page.isVisible('.print-title')).toBe(true);
    expect(await page.textContent('.print-title')).toContain(dashboard.demo.overdueCaseId);
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('.print-title') as PageElement).position,
      ),
    ).toBe('fixed');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    await dashboard.close(page);
  });
  it('downloads a table as CSV: UTF-8 with a BOM, Chinese headings, one line per row', async () => {
    const page = await dashboard.open();
    await dashboard.signIn(page, 'SUPERVISOR');
    await page.click('#main-nav a[href="#/cases"]');
    await dashboard.shown(page, 'cases');
    const rows = await page.locator('[data-testid="case-queue"] tbody tr').count();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.csv')]);
    expect(download.suggestedFilename()).toMatch(/^在办案件 \d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(String(await download.path()));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toContain('案件');
    expect(lines[0]).toContain('超期天数');
    // Summaries hold commas: quoted, so each row stays one line.
    expect(lines).toHaveLength(rows + 1);
    await dashboard.close(page);
  });
  it('lists closed cases and finds them by words of the summary', async () => {
    const page = await dashboard.open();
    await dashboard.signIn(page, 'SUPERVISOR');
    await page.click('#main-nav a[href="#/closed"]');
    await dashboard.shown(page, 'closed');
    const all = await page.locator('[data-testid="closed-cases"] tbody tr').count();
    expect(all).toBeGreaterThan(0);
    const firstSummary = String(
      await page
        .locator('[data-testid="closed-cases"] tbody tr td:last-child')
        .first()
        .textContent(),
    );
    const word = firstSummary.split(/\s+/).find((each) => each.length > 5) ?? firstSummary;
    await page.fill('#closed-search', word);
    await page.press('#closed-search', 'Enter');
    await page.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('[data-testid="closed-cases"] tbody tr')].length > 0 &&
        [...document.querySelectorAll('[data-testid="closed-cases"] tbody tr')].every((row) =>
          (row.textContent ?? '').toLowerCase().includes(expected),
        ),
      word.toLowerCase(),
    );
    for (const status of await page
      .locator('[data-testid="closed-cases"] tbody td:nth-of-type(1)')
      .allTextContents())
      expect(status).toBe('已结案');
    await page.fill('#closed-search', 'no such words anywhere');
    await page.press('#closed-search', 'Enter');
    await page.waitForSelector('[data-testid="closed-none"]');
    await dashboard.close(page);
  });
});

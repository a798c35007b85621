import { DEMO_CASES } from '../../apps/cli/src/demo/scenario/case-stories';
import { DEMO_FAILURES } from '../../apps/cli/src/demo/scenario/failures';
import { ids } from '../../apps/cli/src/demo/scenario/ids';
import { DashboardBrowser, type PageDocument, type PageWindow } from '../support/dashboard-browser';

/**
 * The organisation as a district supervisor reads it on the dashboard, in Chinese, on the demo
 * data: a duty's page, the departments sorted, filtered and charted with their trends, and a
 * cadre's duties, posts and eligibility as of a day (the accidents: the -accidents spec).
 */

/** The page's globals its in-page functions use (types: test/support/dashboard-browser.ts). */
declare const document: PageDocument;
declare const window: PageWindow;

jest.setTimeout(90_000);

/** 2026年9月1日: a day as a Chinese reader writes it. */
const CHINESE_DAY = /\d{4}年\d{1,2}月\d{1,2}日/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/;

describe('the departments, duties and cadres a district supervisor reads (Chinese, demo data)', () => {
  const dashboard = new DashboardBrowser({ lang: 'zh-CN' });
  it('opens a duty page: post, department, holders, failures with the cases on them, linked from the cadre page', async () => {
    const demoCase = DEMO_CASES.find((each) => each.failureKeys.length > 0);
    const failure = DEMO_FAILURES.find((each) => each.key === demoCase?.failureKeys[0]);
    if (!demoCase || !failure) throw new Error('the demo opens a case on a failure');
    const dutyId = ids.duty(failure.dutyKey);
    const page = await dashboard.open();
    await dashboard.signIn(page, 'SUPERVISOR');
    await page.goto(`${dashboard.running.url}/#/duties/${dutyId}`);
    await dashboard.shown(page, `duties/${dutyId}`);
    expect(await page.locator('[data-testid="duty-post"]').textContent()).not.toBe('—');
    expect(await page.locator('[data-testid="duty-department"]').getAttribute('href')).toMatch(
      /^#\/departments\/[0-9a-f-]{36}$/,
    );
    expect(await page.locator('[data-testid="duty-holders"] tbody tr').count()).toBeGreaterThan(0);
    const failed = page.locator(`tr[data-failure="${ids.failure(failure.key)}"]`);
    expect(await failed.locator(`a[href="#/cases/${ids.case(demoCase.key)}"]`).count()).toBe(1);
    // The cadre who answers for the failure carried the duty: their page links back to it.
    await failed.locator('a[href^="#/cadres/"]').click();
    await page.waitForSelector('#view[data-state="ready"][data-route^="cadres/"]');
    await page.locator(`[data-testid="duties"] a[href="#/duties/${dutyId}"]`).click();
    await dashboard.shown(page, `duties/${dutyId}`);
    await dashboard.close(page);
  });
  it('filters the departments by a least and a greatest value of each figure, the bounds combined', async () => {
    const page = await dashboard.open();
    await dashboard.signIn(page, 'SUPERVISOR');
    const rows = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="department-tree"] tbody tr')].map((row) => ({
          score: row.getAttribute('data-score'),
          failures: row.getAttribute('data-failures'),
          level: row.getAttribute('data-level'),
        })),
      );
    const all = await rows();
    const scores = all
      .map((row) => Number(row.score))
      .filter((score) => Number.isFinite(score) && score > 0)
      .sort((a, b) => a - b);
    const middle = scores[Math.floor(scores.length / 2)] ?? 0;
    await page.click('[data-testid="department-ranges"] summary');
    await page.fill('#range-score-min', String(middle));
    await page.press('#range-score-min', 'Enter');
    await page.waitForFunction(
      (least) =>
        [...document.querySelectorAll('[data-testid="department-tree"] tbody tr')].every(
          (row) => Number(row.getAttribute('data-score')) >= least,
        ),
      middle,
    );
    const atLeast = await rows();
    expect(atLeast.length).toBeGreaterThan(0);
    expect(atLeast.length).toBeLessThan(all.length);
    expect(atLeast.length).toBe(scores.filter((score) => score >= middle).length);

    // A greatest number of failures, with the score bound still in force.
    await page.fill('#range-failures-max', '0');
    await page.press('#range-failures-max', 'Enter');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="department-tree"] tbody tr')].every(
        (row) => row.getAttribute('data-failures') === '0',
      ),
    );
    const both = await rows();
    expect(both.length).toBe(
      all.filter((row) => Number(row.score) >= middle && row.failures === '0').length,
    );
    for (const row of both) expect(Number(row.score)).toBeGreaterThanOrEqual(middle);

    // Cleared, every department is back.
    await page.click('[data-key="ranges-clear"]');
    await page.waitForFunction(
      (count) =>
        [...document.querySelectorAll('[data-testid="department-tree"] tbody tr')].length === count,
      all.length,
    );
    await dashboard.close(page);
  });
  it('sorts and filters the departments, keeps own figures apart from rolled-up scores, charts scores per level and shows each trend', async () => {
    const page = await dashboard.open();
    await dashboard.signIn(page, 'SUPERVISOR');
    await page.click('[data-sort="score"]');
    await dashboard.shown(page, 'departments');
    await page.waitForSelector('th[aria-sort="ascending"] [data-sort="score"]');
    const scores = (await page.locator('[data-testid="department-tree"] .score').allTextContents())
      .filter((text) => /^\d+$/.test(text))
      .map(Number);
    expect(scores.length).toBeGreaterThan(3);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    await page.click('[data-sort="score"]');
    await page.waitForSelector('th[aria-sort="descending"] [data-sort="score"]');

    await page.selectOption('#departments-level', 'TOWNSHIP');
    // The filter re-renders the table: wait for the rows it leaves, not for the rows before it.
    await page.waitForFunction((township) => {
      const rows = [...document.querySelectorAll('[data-testid="department-tree"] tbody tr')];
      return (
        rows.length > 0 &&
        rows.every((row) => row.querySelector('th .level')?.textContent === township)
      );
    }, '乡镇（街道）级');
    const levels = await page
      .locator('[data-testid="department-tree"] tbody th .level')
      .allTextContents();
    expect(new Set(levels)).toEqual(new Set(['乡镇（街道）级']));
    await page.selectOption('#departments-level', '');

    // Three levels, three charts; every department's trend over the years.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('canvas[data-chart-level]')].every(
        (canvas) => window.Chart?.getChart(canvas) !== undefined,
      ),
    );
    expect(await page.locator('canvas[data-chart-level]').count()).toBe(3);
    await page.waitForFunction(() => document.querySelector('td[data-trend] .trend') !== null);
    expect(await page.locator('td[data-trend] .trend').first().textContent()).toMatch(/→/);

    // Own figures: no score or grade beside them (those rate a department with its subordinates).
    await page.uncheck('#compliance-rollup');
    await dashboard.shown(page, 'departments');
    await page.waitForFunction(() => document.querySelector('[data-sort="score"]') === null);
    expect(await page.locator('[data-testid="department-tree"] .score').count()).toBe(0);
    const own = page.locator(
      `tr[data-department="${dashboard.demo.municipalityId}"] [data-key$=":dutiesDue"]`,
    );
    const ownDue = Number(await own.textContent());
    await page.check('#compliance-rollup');
    await dashboard.shown(page, 'departments');
    await page.waitForSelector('[data-sort="score"]');
    const rolledDue = Number(
      (
        await page
          .locator(
            `tr[data-department="${dashboard.demo.municipalityId}"] [data-key$=":dutiesDue"]`,
          )
          .textContent()
      )?.replace(/,/g, ''),
    );
    expect(rolledDue).toBeGreaterThan(ownDue);
    await dashboard.close(page);
  });
  it('shows a cadre’s duties, posts with departments and eligibility reasons in Chinese, as of a chosen day', async () => {
    const page = await dashboard.open();
    await dashboard.signIn(page, 'SUPERVISOR');
    const cadreRequests: string[] = [];
    page.on('request', (request) => {
      const { pathname, search } = new URL(request.url());
      if (pathname.startsWith('/cadres')) cadreRequests.push(`${pathname}${search}`);
    });
    await page.click('#main-nav a[href="#/cadres"]');
    await dashboard.shown(page, 'cadres');
    // The list's eligibility column comes with the list: one request for the page, none per cadre.
    expect(cadreRequests).toEqual([expect.stringMatching(/^\/cadres\?.*include=eligibility/)]);
    const rows = page.locator('[data-testid="cadre-list"] tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await page.locator('[data-testid="cadre-list"] td[data-eligible]').count()).toBe(
      await rows.count(),
    );
    const cell = page.locator(`td[data-cadre="${dashboard.demo.blockedCadre.cadreId}"]`);
    expect(await cell.getAttribute('data-eligible')).toBe('false');
    expect(await cell.textContent()).toBe('不得任用');
    await page.click(`a[href="#/cadres/${dashboard.demo.blockedCadre.cadreId}"]`);
    await dashboard.shown(page, `cadres/${dashboard.demo.blockedCadre.cadreId}`);

    const eligibility = page.locator('[data-testid="eligibility"]');
    expect(await eligibility.locator('.badge').textContent()).toBe('不得任用');
    const block = eligibility.locator(`li[data-reason="${dashboard.demo.blockedCadre.reason}"]`);
    const reason = String(await block.textContent());
    expect(reason).toMatch(CHINESE_DAY);
    expect(reason).not.toMatch(UUID);
    expect(reason).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(await page.locator('[data-testid="duties"] tbody tr').count()).toBeGreaterThan(0);
    const post = page.locator('[data-testid="posts"] tbody tr').first();
    expect(await post.locator('td').first().textContent()).not.toBe('—');

    // Before the case was opened, nothing blocked the cadre.
    await page.fill('#eligibility-as-of', '2023-01-01');
    await page.waitForFunction(() =>
      (document.querySelector('[data-testid="eligibility"] p')?.textContent ?? '').includes(
        '2023年1月1日',
      ),
    );
    expect(
      await page.locator(`[data-testid="eligibility"] li[data-reason="OPEN_CASE"]`).count(),
    ).toBe(0);
    await dashboard.close(page);
  });
});

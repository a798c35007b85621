import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { DemoSummary } from '../../apps/cli/src/demo';
import { DEMO_ACCIDENTS, finalGrade } from '../../apps/cli/src/demo/scenario/accidents';
import { DEMO_CASES } from '../../apps/cli/src/demo/scenario/case-stories';
import { DEMO_FAILURES } from '../../apps/cli/src/demo/scenario/failures';
import { ids } from '../../apps/cli/src/demo/scenario/ids';
import type { Role } from '@dutyledger/auth';
import { launchChromium } from '../support/browser';
import { demoWorld } from '../support/demo-world';
import { type RunningApp, startApp } from '../support/running-app';

/**
 * The dashboard as a district supervisor runs the week on it, in Chinese (the default language),
 * on the demo data: the landing page's overdue count, the queue's filters and days late, the case
 * page, closed cases, sorting and filtering departments, the cadre page, CSV export, print, a
 * phone, the keyboard, and the signed-out header. One app and one browser for the whole file.
 * The README's screenshot (docs/dashboard.png) is taken here when DUTYLEDGER_SCREENSHOTS=docs.
 */
const DOCS =
  process.env.DUTYLEDGER_SCREENSHOTS === 'docs'
    ? join(__dirname, '..', '..', 'docs')
    : join(tmpdir(), 'dutyledger-screenshots');

/** The page's globals this file's in-page functions use (the project compiles without the DOM lib). */
interface PageElement {
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
}
declare const document: {
  activeElement: PageElement | null;
  documentElement: PageElement & { lang: string };
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
};
declare const window: { innerWidth: number; Chart?: { getChart(canvas: unknown): unknown } };
declare const localStorage: { getItem(key: string): string | null };
declare function getComputedStyle(element: PageElement): { display: string; position: string };

jest.setTimeout(90_000);

/** 2026年9月1日: a day as a Chinese reader writes it. */
const CHINESE_DAY = /\d{4}年\d{1,2}月\d{1,2}日/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/;

describe('the dashboard a district supervisor runs the week on (Chinese, demo data)', () => {
  let running: RunningApp;
  let demo: DemoSummary;
  let browser: Browser;

  beforeAll(async () => {
    const world = await demoWorld();
    running = await startApp({ dataDir: world.dataDir });
    demo = world.summary;
    await running.projected(demo.lastPosition);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  const problems = new WeakMap<Page, string[]>();
  const assets = new WeakMap<Page, string[]>();

  async function open(width = 1280, height = 900): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width, height },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const seen: string[] = [];
    const fetched: string[] = [];
    problems.set(page, seen);
    assets.set(page, fetched);
    page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        seen.push(`console: ${message.text()}`);
      }
    });
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith('/assets/')) fetched.push(pathname);
      if (response.status() >= 400) seen.push(`HTTP ${response.status()} ${pathname}`);
    });
    await page.goto(`${running.url}/#/departments`);
    return page;
  }

  async function close(page: Page): Promise<void> {
    const seen = problems.get(page) ?? [];
    await page.context().close();
    expect(seen).toEqual([]);
  }

  const shown = (page: Page, route: string) =>
    page.waitForSelector(`#view[data-state="ready"][data-route="${route}"]`);

  async function signIn(page: Page, role: Role, subject?: string): Promise<void> {
    await page.fill('#token', running.token(role, subject));
    await page.press('#token', 'Enter');
    await shown(page, 'departments');
  }

  async function tabTo(
    page: Page,
    selector: string,
    key: 'Tab' | 'Shift+Tab' = 'Tab',
    limit = 400,
  ): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      await page.keyboard.press(key);
      const matched = await page.evaluate(
        (wanted) =>
          [...document.querySelectorAll(wanted)].some((each) => each === document.activeElement),
        selector,
      );
      if (matched) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it('is Chinese by default, hides the signed-out header, and remembers a switch to English', async () => {
    const page = await open();
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
    await close(page);
  });

  it('loads cold with two files, its style and its one script (the modules bundled)', async () => {
    const page = await open();
    await page.waitForSelector('#sign-in:not([hidden])');
    const files = (assets.get(page) ?? []).map((path) => path.replace(/^\/assets\/v-[\w-]+\//, ''));
    expect(files.sort()).toEqual(['dashboard.bundle.js', 'dashboard.css']);
    await close(page);
  });

  it('fetches Chart.js only on views that draw a chart', async () => {
    const page = await open();
    await page.goto(`${running.url}/#/cases`);
    await page.fill('#token', running.token('SUPERVISOR'));
    await page.press('#token', 'Enter');
    await shown(page, 'cases');
    await page.waitForSelector('#live-status[data-state="current"]');
    expect((assets.get(page) ?? []).filter((path) => path.endsWith('chart.umd.min.js'))).toEqual(
      [],
    );
    await page.click('#main-nav a[href="#/accidents"]');
    await shown(page, 'accidents');
    await page.waitForFunction(() => window.Chart?.getChart('accidents-chart') !== undefined);
    expect(
      (assets.get(page) ?? []).filter((path) => path.endsWith('chart.umd.min.js')),
    ).toHaveLength(1);
    await close(page);
  });

  it('counts overdue cases on the landing page and leads to them, days late, with the filters of the api', async () => {
    const page = await open();
    await signIn(page, 'SUPERVISOR');
    mkdirSync(DOCS, { recursive: true });
    await page.waitForSelector('#live-status[data-state="current"]');
    await page.screenshot({ path: join(DOCS, 'dashboard.png') });
    const notice = page.locator('[data-testid="overdue-count"]');
    const count = Number(await notice.getAttribute('data-count'));
    expect(count).toBeGreaterThan(0);
    expect(await notice.textContent()).toContain(`${count} 件案件已超过调查期限`);
    await notice.locator('a').click();
    await shown(page, 'cases');
    expect(await page.isChecked('#cases-overdue')).toBe(true);
    const rows = page.locator('[data-testid="case-queue"] tbody tr');
    expect(await rows.count()).toBe(count);
    const late = page.locator(`tr[data-case="${demo.overdueCaseId}"] [data-days-late]`);
    expect(Number(await late.getAttribute('data-days-late'))).toBeGreaterThan(0);
    expect(await late.textContent()).toMatch(/超期 \d+ 天/);

    // The api's kind, department and order filters are in the page.
    await page.uncheck('#cases-overdue');
    await shown(page, 'cases');
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
    await close(page);
  });

  it('opens a case from the queue: header, timeline with dates, findings, measures, appeals and the next steps for the role', async () => {
    const page = await open();
    await signIn(page, 'SUPERVISOR');
    await page.click('#main-nav a[href="#/cases"]');
    await shown(page, 'cases');
    await page.click(`[data-testid="case-queue"] a[href="#/cases/${demo.overdueCaseId}"]`);
    await shown(page, `cases/${demo.overdueCaseId}`);
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
    await close(page);
  });

  it('offers an auditor the case report as a download, and prints the case page with its number on the page', async () => {
    const page = await open();
    await signIn(page, 'AUDITOR');
    await page.goto(`${running.url}/#/cases/${demo.overdueCaseId}`);
    await shown(page, `cases/${demo.overdueCaseId}`);
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-key="case-report"]'),
    ]);
    expect(report.suggestedFilename()).toBe(`case-${demo.overdueCaseId}-report.html`);
    const html = readFileSync(String(await report.path()), 'utf8');
    expect(html).toContain('<html');

    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.masthead')).toBe(false);
    expect(await page.isVisible('.print-title')).toBe(true);
    expect(await page.textContent('.print-title')).toContain(demo.overdueCaseId);
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('.print-title') as PageElement).position,
      ),
    ).toBe('fixed');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    await close(page);
  });

  it('downloads a table as CSV: UTF-8 with a BOM, Chinese headings, one line per row', async () => {
    const page = await open();
    await signIn(page, 'SUPERVISOR');
    await page.click('#main-nav a[href="#/cases"]');
    await shown(page, 'cases');
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
    await close(page);
  });

  it('lists the accidents with their latest casualties and cases, filters and sorts them, sums casualties per department, and downloads the list', async () => {
    const page = await open();
    await signIn(page, 'SUPERVISOR');
    await page.click('#main-nav a[href="#/accidents"]');
    await shown(page, 'accidents');
    const listed = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="accident-list"] tbody tr')].map((row) => ({
          id: row.getAttribute('data-accident'),
          grade: row.getAttribute('data-grade'),
          deaths: Number(row.querySelector('[data-deaths]')?.getAttribute('data-deaths')),
        })),
      );
    /** Waits until the list shows exactly `wanted` (after a filter or a sort re-renders it). */
    const showing = (wanted: string[]) =>
      page.waitForFunction(
        (expected) =>
          [...document.querySelectorAll('[data-testid="accident-list"] tbody tr')]
            .map((row) => row.getAttribute('data-accident'))
            .join() === expected.join(),
        wanted,
      );
    const latest = (accident: (typeof DEMO_ACCIDENTS)[number]) => accident.update ?? accident;

    // Every accident of the demo, newest first, as its latest casualty update states it.
    const newestFirst = [...DEMO_ACCIDENTS].sort((a, b) => a.days - b.days);
    await showing(newestFirst.map((accident) => ids.accident(accident.key)));
    expect(await listed()).toEqual(
      newestFirst.map((accident) => ({
        id: ids.accident(accident.key),
        grade: finalGrade(accident),
        deaths: latest(accident).deaths,
      })),
    );

    // Each links to its department and to every case opened on it.
    const onAccident = DEMO_CASES.filter((each) => each.accidentKey !== undefined);
    expect(onAccident.length).toBeGreaterThan(0);
    for (const demoCase of onAccident) {
      const row = page.locator(`tr[data-accident="${ids.accident(String(demoCase.accidentKey))}"]`);
      expect(await row.locator(`a[href="#/cases/${ids.case(demoCase.key)}"]`).count()).toBe(1);
    }
    const regraded = DEMO_ACCIDENTS.find((accident) => accident.update !== undefined);
    if (!regraded) throw new Error('the demo re-grades an accident');
    const regradedRow = page.locator(`tr[data-accident="${ids.accident(regraded.key)}"]`);
    const department = ids.department(regraded.departmentKey);
    expect(await regradedRow.locator('a[href^="#/departments/"]').getAttribute('href')).toBe(
      `#/departments/${department}`,
    );

    // Filter by grade, then sort by deaths.
    await page.selectOption('#accidents-grade', 'GENERAL');
    const general = newestFirst.filter((accident) => finalGrade(accident) === 'GENERAL');
    await showing(general.map((accident) => ids.accident(accident.key)));
    await page.selectOption('#accidents-grade', '');
    await page.selectOption('#accidents-sort', 'deaths');
    const byDeaths = [...newestFirst].sort((a, b) => latest(b).deaths - latest(a).deaths);
    await showing(byDeaths.map((accident) => ids.accident(accident.key)));
    expect((await listed()).map((row) => row.deaths)).toEqual(
      byDeaths.map((accident) => latest(accident).deaths),
    );

    // A year's casualties per department add up to that year's accidents in the list.
    const year = String(await page.locator('#accidents-year option').nth(2).getAttribute('value'));
    await page.selectOption('#accidents-year', year);
    await page.waitForFunction(
      (chosen) => document.querySelector('#casualties-title')?.textContent?.includes(chosen),
      year,
    );
    const ofYear = await listed();
    expect(ofYear.length).toBeGreaterThan(0);
    const casualtyDeaths = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="accident-casualties"] tbody [data-deaths]')].map(
        (cell) => Number(cell.getAttribute('data-deaths')),
      ),
    );
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    expect(sum(casualtyDeaths)).toBe(sum(ofYear.map((row) => row.deaths)));
    expect(casualtyDeaths).toEqual([...casualtyDeaths].sort((a, b) => b - a));

    // The list downloads as CSV, one line per accident.
    const frame = page.locator('.table-box', {
      has: page.locator('[data-testid="accident-list"]'),
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.locator('button.csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^事故及其伤亡和问责案件 \d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(String(await download.path()), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toContain('死亡');
    expect(lines).toHaveLength(ofYear.length + 1);

    // The department link leads to that department's row in the departments view.
    await page.selectOption('#accidents-year', '');
    await showing(byDeaths.map((accident) => ids.accident(accident.key)));
    await regradedRow.locator('a[href^="#/departments/"]').click();
    await shown(page, `departments/${department}`);
    expect(
      await page.locator(`tr[data-department="${department}"][aria-current="true"]`).count(),
    ).toBe(1);
    // And a case link to the case page.
    await page.goBack();
    await shown(page, 'accidents');
    const caseId = ids.case(String(onAccident[0]?.key));
    await page.locator(`a[href="#/cases/${caseId}"]`).first().click();
    await shown(page, `cases/${caseId}`);
    await close(page);
  });

  it('opens a duty page: post, department, holders, failures with the cases on them, linked from the cadre page', async () => {
    const demoCase = DEMO_CASES.find((each) => each.failureKeys.length > 0);
    const failure = DEMO_FAILURES.find((each) => each.key === demoCase?.failureKeys[0]);
    if (!demoCase || !failure) throw new Error('the demo opens a case on a failure');
    const dutyId = ids.duty(failure.dutyKey);
    const page = await open();
    await signIn(page, 'SUPERVISOR');
    await page.goto(`${running.url}/#/duties/${dutyId}`);
    await shown(page, `duties/${dutyId}`);
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
    await shown(page, `duties/${dutyId}`);
    await close(page);
  });

  it('filters the departments by a least and a greatest value of each figure, the bounds combined', async () => {
    const page = await open();
    await signIn(page, 'SUPERVISOR');
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
    await close(page);
  });

  it('lists closed cases and finds them by words of the summary', async () => {
    const page = await open();
    await signIn(page, 'SUPERVISOR');
    await page.click('#main-nav a[href="#/closed"]');
    await shown(page, 'closed');
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
    await close(page);
  });

  it('sorts and filters the departments, keeps own figures apart from rolled-up scores, charts scores per level and shows each trend', async () => {
    const page = await open();
    await signIn(page, 'SUPERVISOR');
    await page.click('[data-sort="score"]');
    await shown(page, 'departments');
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
    await shown(page, 'departments');
    await page.waitForFunction(() => document.querySelector('[data-sort="score"]') === null);
    expect(await page.locator('[data-testid="department-tree"] .score').count()).toBe(0);
    const own = page.locator(
      `tr[data-department="${demo.municipalityId}"] [data-key$=":dutiesDue"]`,
    );
    const ownDue = Number(await own.textContent());
    await page.check('#compliance-rollup');
    await shown(page, 'departments');
    await page.waitForSelector('[data-sort="score"]');
    const rolledDue = Number(
      (
        await page
          .locator(`tr[data-department="${demo.municipalityId}"] [data-key$=":dutiesDue"]`)
          .textContent()
      )?.replace(/,/g, ''),
    );
    expect(rolledDue).toBeGreaterThan(ownDue);
    await close(page);
  });

  it('shows a cadre’s duties, posts with departments and eligibility reasons in Chinese, as of a chosen day', async () => {
    const page = await open();
    await signIn(page, 'SUPERVISOR');
    const cadreRequests: string[] = [];
    page.on('request', (request) => {
      const { pathname, search } = new URL(request.url());
      if (pathname.startsWith('/cadres')) cadreRequests.push(`${pathname}${search}`);
    });
    await page.click('#main-nav a[href="#/cadres"]');
    await shown(page, 'cadres');
    // The list's eligibility column comes with the list: one request for the page, none per cadre.
    expect(cadreRequests).toEqual([expect.stringMatching(/^\/cadres\?.*include=eligibility/)]);
    const rows = page.locator('[data-testid="cadre-list"] tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await page.locator('[data-testid="cadre-list"] td[data-eligible]').count()).toBe(
      await rows.count(),
    );
    const cell = page.locator(`td[data-cadre="${demo.blockedCadre.cadreId}"]`);
    expect(await cell.getAttribute('data-eligible')).toBe('false');
    expect(await cell.textContent()).toBe('不得任用');
    await page.click(`a[href="#/cadres/${demo.blockedCadre.cadreId}"]`);
    await shown(page, `cadres/${demo.blockedCadre.cadreId}`);

    const eligibility = page.locator('[data-testid="eligibility"]');
    expect(await eligibility.locator('.badge').textContent()).toBe('不得任用');
    const block = eligibility.locator(`li[data-reason="${demo.blockedCadre.reason}"]`);
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
    await close(page);
  });

  it('can be used with the keyboard alone in Chinese: sign in, open the queue and a case', async () => {
    const page = await open();
    await tabTo(page, '#token');
    await page.keyboard.type(running.token('CASEWORKER'));
    await page.keyboard.press('Enter');
    await shown(page, 'departments');
    await tabTo(page, '#main-nav a[href="#/cases"]', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await shown(page, 'cases');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('在办案件');
    await tabTo(page, `[data-testid="case-queue"] a[href="#/cases/${demo.overdueCaseId}"]`);
    await page.keyboard.press('Enter');
    await shown(page, `cases/${demo.overdueCaseId}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(
      'view-heading',
    );
    const steps = await page.locator('[data-testid="next-steps"] li').allTextContents();
    expect(steps).toContain('附加证据');
    await close(page);
  });

  it('reads on a 390 px phone: the department hierarchy kept, tables scroll inside their box, the page never sideways', async () => {
    const page = await open(390, 844);
    await signIn(page, 'SUPERVISOR');
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
    for (const route of ['cases', `cases/${demo.overdueCaseId}`, 'closed', 'accidents']) {
      await page.goto(`${running.url}/#/${route}`);
      await shown(page, route);
      expect({
        route,
        width: await page.evaluate(() => document.documentElement.scrollWidth),
      }).toEqual({ route, width: 390 });
    }
    await close(page);
  });
});

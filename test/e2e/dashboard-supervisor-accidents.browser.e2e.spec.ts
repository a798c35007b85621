import { readFileSync } from 'node:fs';
import { ACCIDENT_GRADES, ACCIDENT_WEIGHTS, type AccidentGrade } from '@dutyledger/domain';
import { DEMO_ACCIDENTS, finalGrade } from '../../apps/cli/src/demo/scenario/accidents';
import { DEMO_CASES } from '../../apps/cli/src/demo/scenario/case-stories';
import { ids } from '../../apps/cli/src/demo/scenario/ids';
import { DashboardBrowser, type PageDocument, type PageWindow } from '../support/dashboard-browser';
import { call } from '../support/http';

/**
 * The accidents as a district supervisor reads them on the dashboard, in Chinese, on the demo
 * data: the list with casualties and cases, filtered, sorted and downloaded, and this year's
 * accidents by grade per department.
 */

/** The page's globals its in-page functions use (types: test/support/dashboard-browser.ts). */
declare const document: PageDocument;
declare const window: PageWindow;

jest.setTimeout(90_000);

describe('the accidents a district supervisor reads (Chinese, demo data)', () => {
  const dashboard = new DashboardBrowser({ lang: 'zh-CN' });
  it('lists the accidents with their latest casualties and cases, filters and sorts them, sums casualties per department, and downloads the list', async () => {
    const page = await dashboard.open();
    await dashboard.signIn(page, 'SUPERVISOR');
    await page.click('#main-nav a[href="#/accidents"]');
    await dashboard.shown(page, 'accidents');
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
    await dashboard.shown(page, `departments/${department}`);
    expect(
      await page.locator(`tr[data-department="${department}"][aria-current="true"]`).count(),
    ).toBe(1);
    // And a case link to the case page.
    await page.goBack();
    await dashboard.shown(page, 'accidents');
    const caseId = ids.case(String(onAccident[0]?.key));
    await page.locator(`a[href="#/cases/${caseId}"]`).first().click();
    await dashboard.shown(page, `cases/${caseId}`);
    await dashboard.close(page);
  });
  it('weighs this year’s accidents by grade per department, gravest first, without reading the year’s compliance', async () => {
    const page = await dashboard.open();
    await dashboard.signIn(page, 'SUPERVISOR');
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.click('#main-nav a[href="#/accidents"]');
    await dashboard.shown(page, 'accidents');
    await page.waitForFunction(() => window.Chart?.getChart('accidents-chart') !== undefined);
    // One bounded answer for the part by department: never the year's compliance, page by page.
    expect(asked.filter((path) => path.startsWith('/compliance'))).toEqual([]);
    expect(asked.filter((path) => path === '/accidents/by-department')).toHaveLength(1);

    // What the list of the year's accidents says, counted by department and weighed by grade.
    const year = String(await page.locator('#accidents-year option').nth(1).getAttribute('value'));
    const listed = await call<{ items: { departmentId: string; grade: AccidentGrade }[] }>(
      dashboard.running.url,
      'GET',
      `/accidents?year=${year}&pageSize=100`,
      { token: dashboard.running.token('SUPERVISOR') },
    );
    const counts = new Map<string, Record<AccidentGrade, number>>();
    for (const { departmentId, grade } of listed.body.items) {
      const count = counts.get(departmentId) ?? {
        ESPECIALLY_SERIOUS: 0,
        SERIOUS: 0,
        LARGER: 0,
        GENERAL: 0,
      };
      count[grade] += 1;
      counts.set(departmentId, count);
    }
    const weighed = (count: Record<AccidentGrade, number>) =>
      ACCIDENT_GRADES.reduce((sum, grade) => sum + count[grade] * ACCIDENT_WEIGHTS[grade], 0);
    const expected = [...counts]
      .map(([departmentId, count]) => ({
        departmentId,
        cells: [...ACCIDENT_GRADES.map((grade) => count[grade]), weighed(count)].map(String),
      }))
      .sort(
        (a, b) =>
          Number(b.cells[4]) - Number(a.cells[4]) ||
          Number(b.cells[0]) - Number(a.cells[0]) ||
          Number(b.cells[1]) - Number(a.cells[1]) ||
          Number(b.cells[2]) - Number(a.cells[2]) ||
          a.departmentId.localeCompare(b.departmentId),
      );
    expect(expected.length).toBeGreaterThan(0);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="accidents-by-department"] tbody tr')].map(
        (row) => ({
          departmentId: row.getAttribute('data-department'),
          cells: [...row.querySelectorAll('td.number')].map((cell) => cell.textContent),
        }),
      ),
    );
    expect(shown).toEqual(expected);
    expect(await page.locator('[data-testid="accidents-by-department-shown"]').count()).toBe(0);

    // The weights the api scores with, in the line and in the chart until unchecked.
    expect(await page.textContent('#view')).toContain(
      `权重：特别重大 ${ACCIDENT_WEIGHTS.ESPECIALLY_SERIOUS}，重大 ${ACCIDENT_WEIGHTS.SERIOUS}，较大 ${ACCIDENT_WEIGHTS.LARGER}，一般 ${ACCIDENT_WEIGHTS.GENERAL}`,
    );
    const labels = () =>
      page.evaluate(() =>
        (window.Chart?.getChart('accidents-chart')?.data.datasets ?? []).map(
          (dataset) => dataset.label,
        ),
      );
    expect(await labels()).toEqual([
      `特别重大（× ${ACCIDENT_WEIGHTS.ESPECIALLY_SERIOUS}）`,
      `重大（× ${ACCIDENT_WEIGHTS.SERIOUS}）`,
      `较大（× ${ACCIDENT_WEIGHTS.LARGER}）`,
      `一般（× ${ACCIDENT_WEIGHTS.GENERAL}）`,
    ]);
    // Past one page of departments (100, the api's largest), the view says how many it leaves out.
    await page.route('**/accidents/by-department?*', async (route) => {
      const answer = await route.fetch();
      const body = (await answer.json()) as { items: unknown[]; total: number };
      await route.fulfill({ response: answer, json: { ...body, total: body.items.length + 150 } });
    });
    await page.uncheck('#accidents-weighted');
    await page.waitForFunction(
      () => window.Chart?.getChart('accidents-chart')?.data.datasets[0]?.label === '特别重大',
    );
    expect(await page.textContent('[data-testid="accidents-by-department-shown"]')).toBe(
      `今年有事故的部门共${expected.length + 150}个，此处列出最严重的${expected.length}个。`,
    );
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.check('#accidents-weighted');
    await dashboard.close(page);
  });
});

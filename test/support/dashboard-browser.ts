import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { DemoSummary } from '../../apps/cli/src/demo';
import type { Role } from '@dutyledger/auth';
import { launchChromium } from './browser';
import { demoWorld } from './demo-world';
import { type RunningApp, startApp } from './running-app';

/**
 * The page's globals as the specs' in-page functions use them: the project compiles without the
 * DOM lib. A spec declares the ones it uses with these types (`declare const document:
 * PageDocument;`); a declaration cannot be imported, since playwright runs the function's source
 * in the page, where the page's own globals answer.
 */
export interface PageElement {
  id: string;
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  matches(selector: string): boolean;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
export interface PageDocument {
  activeElement: PageElement | null;
  body: PageElement;
  documentElement: PageElement & { lang: string };
  getElementById(id: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
export interface PageWindow {
  innerWidth: number;
  /** Chart.js, once a view has fetched it; a chart's datasets as far as the specs read them. */
  Chart?: {
    getChart(canvasOrId: unknown): { data: { datasets: { label?: string }[] } } | undefined;
  };
}
export interface PageStorage {
  length: number;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}
export type PageComputedStyle = (element: PageElement) => {
  display: string;
  position: string;
  outlineStyle: string;
};

declare const document: PageDocument;
declare const localStorage: PageStorage;

/** Where screenshots go: the temp directory, or docs/ for the README when DUTYLEDGER_SCREENSHOTS=docs. */
export const SCREENSHOTS =
  process.env.DUTYLEDGER_SCREENSHOTS === 'docs'
    ? join(__dirname, '..', '..', 'docs')
    : join(tmpdir(), 'dutyledger-screenshots');

export interface DashboardBrowserOptions {
  /** The language the pages are opened in (the dashboard's default is zh-CN). */
  lang: 'en' | 'zh-CN';
  readModels?: 'sqlite' | 'postgres';
}

/**
 * One app on a copy of the demo world and one Chromium for a whole spec file, with the moves its
 * tests share: open a page (its script errors, console errors and failed requests collected, its
 * asset requests listed), close it (none of those problems allowed but the expected ones), wait for
 * a view, sign in, tab to an element. Call it in a describe block: it adds the block's beforeAll and
 * afterAll, and `running`, `demo` and `browser` are set once beforeAll has run.
 */
export class DashboardBrowser {
  private started: { running: RunningApp; demo: DemoSummary; browser: Browser } | undefined;
  private readonly problems = new WeakMap<Page, string[]>();
  private readonly assets = new WeakMap<Page, string[]>();

  constructor(private readonly options: DashboardBrowserOptions) {
    beforeAll(async () => {
      const world = await demoWorld();
      const running = await startApp({
        dataDir: world.dataDir,
        postgres: options.readModels === 'postgres',
      });
      await running.projected(world.summary.lastPosition);
      this.started = { running, demo: world.summary, browser: await launchChromium() };
    }, 300_000);
    afterAll(async () => {
      await this.started?.browser.close();
      await this.started?.running.stop();
    });
  }

  get running(): RunningApp {
    return this.ready().running;
  }

  get demo(): DemoSummary {
    return this.ready().demo;
  }

  get browser(): Browser {
    return this.ready().browser;
  }

  private ready() {
    if (!this.started) throw new Error('The dashboard browser starts in beforeAll');
    return this.started;
  }

  async open(width = 1280, height = 900): Promise<Page> {
    const context = await this.browser.newContext({
      viewport: { width, height },
      acceptDownloads: true,
    });
    if (this.options.lang === 'en') {
      await context.addInitScript(() => localStorage.setItem('dutyledger.lang', 'en'));
    }
    const page = await context.newPage();
    const seen: string[] = [];
    const fetched: string[] = [];
    this.problems.set(page, seen);
    this.assets.set(page, fetched);
    page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // Failed loads are reported below with their address.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        seen.push(`console: ${message.text()}`);
      }
    });
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith('/assets/')) fetched.push(pathname);
      if (response.status() >= 400) {
        seen.push(`HTTP ${response.status()} ${response.request().method()} ${pathname}`);
      }
    });
    await page.goto(`${this.running.url}/#/departments`);
    return page;
  }

  /** The dashboard files the page has fetched so far (paths under /assets/). */
  assetsOf(page: Page): readonly string[] {
    return this.assets.get(page) ?? [];
  }

  async close(page: Page, expectedProblems: readonly RegExp[] = []): Promise<void> {
    const seen = (this.problems.get(page) ?? []).filter(
      (problem) => !expectedProblems.some((expected) => expected.test(problem)),
    );
    await page.context().close();
    expect(seen).toEqual([]);
  }

  /** The view has rendered the route (a live refresh may follow, but the route is there). */
  async shown(page: Page, route: string): Promise<void> {
    await page.waitForSelector(`#view[data-state="ready"][data-route="${route}"]`);
  }

  async signIn(page: Page, role: Role, subject?: string): Promise<void> {
    await page.fill('#token', this.running.token(role, subject));
    await page.press('#token', 'Enter');
    await this.shown(page, 'departments');
  }

  /**
   * Presses Tab (or Shift+Tab, as a keyboard user goes back to the menu above the view) until
   * the focused element matches `selector` (at most `limit` times).
   */
  async tabTo(
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
}

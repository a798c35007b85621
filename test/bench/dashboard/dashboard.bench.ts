/**
 * Milliseconds from navigation start to the first full render of each dashboard view (data
 * fetched, tables built and shown; a chart is drawn after, once chart.js has come) in headless
 * Chromium, on the demo scenario loaded through the api, the api started as `npm start` starts
 * it (a process of its own, embedded stores). Every load is cold: a fresh browser context each
 * time. The reference, measured in the same run, is the signed-out shell (the page, its script
 * and its catalogue, no data) up to its sign-in form: each view's ratio to it is what its data
 * costs. Both are read from the page's own `dutyledger:rendered` mark; "seen" is when this
 * process's browser driver, polling the page for the mark, noticed (no reader waits for that).
 * Run: npm run bench:dashboard [-- RUNS]
 */
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { demoTokens, loadDemo } from '../../../apps/cli/src/demo';
import { TEST_FONT_DIRECTORY, launchChromium } from '../../support/browser';
import { type ApiProcess, startApiProcess } from '../../support/api-process';
import { call } from '../../support/http';
import { percentile } from '../measure';

/** The page globals the bench's scripts use (the project compiles without the DOM lib). */
declare const sessionStorage: { setItem(key: string, value: string): void };
declare const document: { querySelector(selectors: string): unknown };

const RUNS = Number(process.argv[2] ?? 7);
const COMMAND = `npm run bench:dashboard${process.argv[2] ? ` -- ${process.argv[2]}` : ''}`;

/** What a signed-in tab holds: its token and the api's answer to its last check (JSON). */
interface SignedIn {
  token: string;
  answer: string;
}

interface Load {
  /** navigation start to the page's `dutyledger:rendered` mark */
  rendered: number;
  /** navigation start to when the driver, waiting for the view, saw it and asked */
  seen: number;
  /** navigation start to DOMContentLoaded: the page and its script fetched, the script started */
  ready: number;
  /** the longest api request of the load (sign-in check and view data; the live stream aside) */
  api: number;
}

/**
 * Loads `route` signed in (the tab holding what a signed-in tab holds: the token and the api's
 * answer to its last check, as after a reload), or signed out the shell up to its sign-in form,
 * and reads the page's timings.
 */
async function load(
  browser: Browser,
  url: string,
  signedIn: SignedIn | undefined,
  route: string,
): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    if (signedIn) {
      await context.addInitScript(({ token, answer }) => {
        sessionStorage.setItem('dutyledger.token', token);
        sessionStorage.setItem('dutyledger.session', answer);
      }, signedIn);
    }
    const page = await context.newPage();
    await page.goto(`${url}/#/${route}`, { waitUntil: 'commit' });
    // Waits inside the page for its own mark, then checks what it shows. The driver's
    // waitForSelector would compile its selector engine (an injected script) in the page while
    // the page loads, on the main thread the page needs: 15-25 ms of every load no reader has.
    const expected = signedIn
      ? `#view[data-state="ready"][data-route="${route}"]`
      : '#sign-in:not([hidden])';
    const shown = await page.evaluate(async (selector) => {
      while (performance.getEntriesByName('dutyledger:rendered').length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return document.querySelector(selector) !== null;
    }, expected);
    if (!shown) throw new Error(`${route}: the page marked itself rendered without ${expected}`);
    return await page.evaluate(() => {
      // The page's performance has navigation entries; Node's typings do not list them.
      const timings = performance as unknown as {
        getEntriesByType(type: 'navigation'): { domContentLoadedEventEnd: number }[];
      };
      const [navigation] = timings.getEntriesByType('navigation');
      const api = performance
        .getEntriesByType('resource')
        .filter(({ name }) => !name.includes('/assets/') && !name.endsWith('/live'))
        .map((entry) => entry.duration);
      return {
        rendered: performance.getEntriesByName('dutyledger:rendered')[0]?.startTime ?? Number.NaN,
        seen: performance.now(),
        ready: navigation?.domContentLoadedEventEnd ?? Number.NaN,
        api: Math.max(0, ...api),
      };
    });
  } finally {
    await context.close();
  }
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/**
 * The machine's own fonts with Chinese glyphs (fontconfig's `fc-list :lang=zh`). The browser draws
 * Chinese with the test font either way (test/support/browser.ts); without any, Chromium looked
 * for every Chinese character in every font, found none and drew a box, and the views' layout
 * took about three times as long (test/bench/README.md, "Chinese text without a Chinese font").
 */
function machineChineseFonts(): string {
  try {
    const families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.split(',')[0]?.trim() ?? '')
      .filter((family) => family !== '');
    return families.length > 0 ? [...new Set(families)].join(', ') : 'none';
  } catch {
    return 'unknown (no fc-list)';
  }
}

/** Waits until every projection has applied the demo's last event. */
async function projected(api: ApiProcess, position: string): Promise<void> {
  const token = api.token('ADMIN');
  for (;;) {
    const answer = await call<{ until?: { reached: boolean } }>(
      api.url,
      'GET',
      `/projections?until=${position}&waitMs=30000`,
      { token },
    );
    if (answer.body.until?.reached) return;
  }
}

async function main(): Promise<void> {
  console.log(`# ${COMMAND}`);
  // Warnings and errors only: a line per request would bury the figures.
  const api = await startApiProcess({ env: { DUTYLEDGER_LOG_LEVEL: 'warn' } });
  const browser = await launchChromium();
  try {
    const started = Date.now();
    const demo = await loadDemo({
      baseUrl: api.url,
      tokens: demoTokens((role, subject) => api.token(role, subject)),
    });
    await projected(api, demo.lastPosition);
    console.log(
      `demo: ${demo.commands} commands loaded and projected in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const token = api.token('SUPERVISOR');
    const session = await call<unknown>(api.url, 'GET', '/session', { token });
    const supervisor: SignedIn = { token, answer: JSON.stringify(session.body) };
    const views: [label: string, route: string, signedIn: SignedIn | undefined][] = [
      ['signed-out shell (reference)', 'departments', undefined],
      ['#/departments', 'departments', supervisor],
      ['#/accidents', 'accidents', supervisor],
      ['#/cases', 'cases', supervisor],
      ['#/cadres', 'cadres', supervisor],
      ['#/cadres/<blocked cadre>', `cadres/${demo.blockedCadre.cadreId}`, supervisor],
    ];
    const line = (cells: string[]) =>
      cells.map((cell, i) => (i === 0 ? cell.padEnd(30) : cell.padStart(12))).join('');
    console.log(
      `fonts: Chinese drawn with the test font (${TEST_FONT_DIRECTORY}); the machine's own Chinese fonts: ${machineChineseFonts()}`,
    );
    console.log(`cold loads (fresh browser context), ${RUNS} per view, ms from navigation start:`);
    console.log(
      line([
        'view',
        'render p50',
        'render min',
        'render max',
        'ready p50',
        'api p50',
        'seen p50',
        '× shell',
      ]),
    );
    let shell = Number.NaN;
    for (const [label, route, as] of views) {
      const loads: Load[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        loads.push(await load(browser, api.url, as, route));
      }
      const rendered = loads.map((one) => one.rendered);
      const p50 = median(rendered);
      if (as === undefined) shell = p50;
      console.log(
        line([
          label,
          p50.toFixed(0),
          Math.min(...rendered).toFixed(0),
          Math.max(...rendered).toFixed(0),
          median(loads.map((one) => one.ready)).toFixed(0),
          median(loads.map((one) => one.api)).toFixed(0),
          median(loads.map((one) => one.seen)).toFixed(0),
          (p50 / shell).toFixed(2),
        ]),
      );
    }
  } finally {
    await browser.close();
    await api.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

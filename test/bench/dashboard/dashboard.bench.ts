/**
 * Milliseconds from navigation start to the first full render of each dashboard view (data
 * fetched, tables built, chart drawn) in Debian's headless Chromium, on the demo scenario loaded
 * into the whole api on embedded stores. Every load is cold: a fresh browser context each time.
 * Run: npm run bench:dashboard [-- RUNS]
 */
import type { Browser } from 'playwright-core';
import { launchChromium, loadDemoInto } from '../../support/browser';
import { percentile } from '../measure';
import { startApp } from '../../support/running-app';

/** The page global the init script uses (the project compiles without the DOM lib). */
declare const sessionStorage: { setItem(key: string, value: string): void };

const RUNS = Number(process.argv[2] ?? 7);
const COMMAND = `npm run bench:dashboard${process.argv[2] ? ` -- ${process.argv[2]}` : ''}`;

interface Load {
  /** navigation start to the page's `dutyledger:rendered` mark */
  rendered: number;
  /** navigation start to DOMContentLoaded: the page, its modules and chart.js parsed */
  ready: number;
  /** the longest api request of the load (sign-in check and view data; the live stream aside) */
  api: number;
}

/** Loads `route` signed in (the token already in the tab), and reads the page's timings. */
async function load(browser: Browser, url: string, token: string, route: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript((stored) => {
      sessionStorage.setItem('dutyledger.token', stored);
    }, token);
    const page = await context.newPage();
    await page.goto(`${url}/#/${route}`);
    await page.waitForSelector(`#view[data-state="ready"][data-route="${route}"]`);
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

async function main(): Promise<void> {
  // Warnings and errors only: a line per request would bury the figures.
  process.env.DUTYLEDGER_LOG_LEVEL = 'warn';
  console.log(`# ${COMMAND}`);
  const running = await startApp();
  const browser = await launchChromium();
  try {
    const started = Date.now();
    const demo = await loadDemoInto(running);
    console.log(
      `demo: ${demo.commands} commands loaded and projected in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const token = running.token('SUPERVISOR');
    const routes = [
      'departments',
      'accidents',
      'cases',
      'cadres',
      `cadres/${demo.blockedCadre.cadreId}`,
    ];
    const line = (cells: string[]) =>
      cells.map((cell, i) => (i === 0 ? cell.padEnd(30) : cell.padStart(12))).join('');
    console.log(`cold loads (fresh browser context), ${RUNS} per view, ms from navigation start:`);
    console.log(line(['view', 'render p50', 'render min', 'render max', 'ready p50', 'api p50']));
    for (const route of routes) {
      const loads: Load[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        loads.push(await load(browser, running.url, token, route));
      }
      const rendered = loads.map((one) => one.rendered);
      console.log(
        line([
          `#/${route.replace(demo.blockedCadre.cadreId, '<blocked cadre>')}`,
          median(rendered).toFixed(0),
          Math.min(...rendered).toFixed(0),
          Math.max(...rendered).toFixed(0),
          median(loads.map((one) => one.ready)).toFixed(0),
          median(loads.map((one) => one.api)).toFixed(0),
        ]),
      );
    }
  } finally {
    await browser.close();
    await running.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { existsSync } from 'node:fs';
import sparticuz from '@sparticuz/chromium';
import { type Browser, chromium } from 'playwright-core';
import { type DemoSummary, demoTokens, loadDemo } from '../../apps/cli/src/demo';
import type { RunningApp } from './running-app';

/** Debian's Chromium, used when installed (`apt-get install chromium`). */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The browser the tests drive: Debian's Chromium when the machine has it, otherwise the Chromium
 * that ships inside the `@sparticuz/chromium` npm package (unpacked from node_modules into the
 * temp directory on first use). Never a browser downloaded at install or run time, so
 * `npm ci && npm test` works on a fresh machine.
 */
export async function chromiumExecutable(): Promise<string> {
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : sparticuz.executablePath();
}

/** A headless Chromium. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumExecutable(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Loads the demo scenario through the app's command API and waits for the projections. */
export async function loadDemoInto(running: RunningApp): Promise<DemoSummary> {
  const demo = await loadDemo({
    baseUrl: running.url,
    tokens: demoTokens((role, subject) => running.token(role, subject)),
  });
  await running.projected(demo.lastPosition);
  return demo;
}

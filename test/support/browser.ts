import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { type DemoSummary, loadDemo } from '../../apps/cli/src/demo';
import type { RunningApp } from './running-app';

/** Debian's Chromium: never a browser downloaded by playwright (.ci/run installs it with apt). */
export const CHROMIUM = '/usr/bin/chromium';

/** A headless Chromium; fails with the fix when the browser is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install it with apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Loads the demo scenario through the app's command API and waits for the projections. */
export async function loadDemoInto(running: RunningApp): Promise<DemoSummary> {
  const demo = await loadDemo({
    baseUrl: running.url,
    tokens: {
      admin: running.token('ADMIN'),
      caseworker: running.token('CASEWORKER'),
      supervisor: running.token('SUPERVISOR'),
    },
  });
  await running.projected(demo.lastPosition);
  return demo;
}

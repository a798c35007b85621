import {
  createReadStream,
  existsSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import sparticuz from '@sparticuz/chromium';
import { type Browser, chromium } from 'playwright-core';
import { extract } from 'tar-fs';
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

/**
 * The shared libraries the packaged Chromium needs beyond the C library (NSS, NSPR, expat): they
 * ship beside it in `@sparticuz/chromium` (`al2023.tar.br`), which unpacks them only on AWS
 * Lambda. Unpacked here once per machine, into a directory of their own (moved into place whole,
 * so two test workers never see half of it), so a machine without them still runs the tests.
 */
export async function packagedLibraries(): Promise<string> {
  const directory = join(tmpdir(), 'dutyledger-chromium-libs');
  if (existsSync(directory)) return join(directory, 'lib');
  const archive = join(dirname(require.resolve('@sparticuz/chromium')), '../../bin/al2023.tar.br');
  const unpacking = mkdtempSync(`${directory}-`);
  await pipeline(createReadStream(archive), createBrotliDecompress(), extract(unpacking));
  try {
    renameSync(unpacking, directory);
  } catch {
    rmSync(unpacking, { recursive: true, force: true }); // another worker was first
  }
  return join(directory, 'lib');
}

/** Where the test font is: WenQuanYi Micro Hei cut down to the repository's Chinese (README there). */
export const TEST_FONT_DIRECTORY = join(__dirname, 'fonts');

/** The fontconfig file of this process's browsers, once written. */
let fontConfig: string | undefined;

/**
 * A fontconfig set-up for the browser: the machine's own (or, without one, the fonts packaged with
 * Chromium), and the test font beside them. A machine with no Chinese font (a CI box, this
 * sandbox) would draw every Chinese character as a box after searching every font for it, which
 * tripled the dashboard's layout time; users' machines have one, and so do the tests now. The
 * dashboard's style names the font's family ('WenQuanYi Micro Hei'), so it is found by name.
 * Written once per process, in the temp directory.
 */
function fontConfigFile(): string {
  fontConfig ??= writtenFontConfig();
  return fontConfig;
}

/** Writes the file `fontConfigFile` names: the machine's set-up, then the test font's directory. */
function writtenFontConfig(): string {
  const machine = existsSync('/etc/fonts/fonts.conf')
    ? '/etc/fonts/fonts.conf'
    : join(tmpdir(), 'fonts', 'fonts.conf');
  const file = join(tmpdir(), `dutyledger-fonts-${process.pid}.conf`);
  writeFileSync(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      `  <include ignore_missing="yes">${machine}</include>`,
      `  <dir>${TEST_FONT_DIRECTORY}</dir>`,
      `  <cachedir>${join(tmpdir(), 'dutyledger-fontconfig-cache')}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return file;
}

/** A headless Chromium, with the test font (fontConfigFile). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = await chromiumExecutable();
  const env: Record<string, string | undefined> = { ...process.env };
  if (executablePath !== DEBIAN_CHROMIUM) {
    env.LD_LIBRARY_PATH = [await packagedLibraries(), process.env.LD_LIBRARY_PATH]
      .filter(Boolean)
      .join(':');
  }
  env.FONTCONFIG_FILE = fontConfigFile();
  return chromium.launch({
    executablePath,
    env,
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

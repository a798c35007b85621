import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { launchChromium, packagedLibraries } from './browser';

jest.setTimeout(60_000);

/** What any glibc Linux that runs Node has: the C library, its loader, libgcc. */
const C_LIBRARY = /^(linux-vdso|libc|libm|libdl|libpthread|librt|libgcc_s|ld-linux-x86-64)\.so/;

describe('the Chromium packaged in node_modules', () => {
  it('finds every library it needs in the package, but the C library', async () => {
    const executable = await sparticuz.executablePath();
    const libraries = await packagedLibraries();
    const ldd = execFileSync('ldd', [executable], {
      encoding: 'utf8',
      env: { ...process.env, LD_LIBRARY_PATH: libraries },
    });
    const needed = ldd
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => {
        const [name = '', , path = ''] = line.split(/\s+/);
        return { name, path };
      });
    expect(needed.filter(({ path }) => path === 'not')).toEqual([]);
    const fromElsewhere = needed.filter(
      ({ name, path }) =>
        !path.startsWith(`${libraries}/`) && !C_LIBRARY.test(name.replace(/^.*\//, '')),
    );
    expect(fromElsewhere).toEqual([]);
    expect(needed.map(({ name }) => name)).toEqual(expect.arrayContaining(['libnss3.so']));
  });
});

/** The test font's family, by each of its names. */
const WENQUANYI = ['WenQuanYi Micro Hei', '文泉驛微米黑', '文泉驿微米黑'];

describe('the browser the tests drive', () => {
  /** The fonts Chromium drew a page's text with: family and how many glyphs, per node. */
  async function fontsOf(html: string, style: string): Promise<Map<string, number>> {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(
        `<!doctype html><html><body><p id="text" style="${style}">${html}</p></body></html>`,
      );
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: '#text',
      });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return new Map(fonts.map((font) => [font.familyName, font.glyphCount]));
    } finally {
      await browser.close();
    }
  }

  it('draws the dashboard’s Chinese with the test font, glyph for glyph, on any machine', async () => {
    // The dashboard's own words, in the dashboard's own font stack.
    const catalogue = readFileSync(
      join(__dirname, '../../libs/i18n/src/catalogues/dashboard.zh-CN.ts'),
      'utf8',
    );
    const words = [...new Set(catalogue.match(/[\u4e00-\u9fff]/gu) ?? [])].slice(0, 200).join('');
    const css = readFileSync(
      join(__dirname, '../../apps/api/src/dashboard/public/dashboard.css'),
      'utf8',
    );
    const stack = /font-family:\s*([^;]+);/.exec(css)?.[1]?.replace(/\s+/g, ' ').replace(/'/g, '"');
    expect(stack).toContain('WenQuanYi Micro Hei');
    const fonts = await fontsOf(words, `font-family: ${stack ?? ''}`);
    // One font drew every glyph (Chromium names a family by its first name in the font's table).
    expect([...fonts.values()]).toEqual([[...words].length]);
    expect(WENQUANYI).toContain([...fonts.keys()][0]);
  });
});

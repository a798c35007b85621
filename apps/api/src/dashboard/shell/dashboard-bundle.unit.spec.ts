import { ENTRY_MODULE, bundleModules } from './dashboard-bundle';

const sources = (files: Record<string, string>) =>
  new Map(Object.entries(files).map(([name, text]) => [name, Buffer.from(text, 'utf8')]));

describe("the bundle of the dashboard's modules", () => {
  it('holds the entry module and what it imports, with no import left to fetch', async () => {
    const bundle = (
      await bundleModules(
        sources({
          [ENTRY_MODULE]: "import { greet } from './words.js';\ndocument.title = greet('页');\n",
          'words.js': "import { mark } from './mark.js';\nexport const greet = (x) => mark + x;\n",
          'mark.js': "export const mark = '¶';\n",
          'unused.js': "export const never = 'not imported';\n",
        }),
      )
    ).toString('utf8');
    expect(bundle).not.toMatch(/^\s*import\b/m);
    expect(bundle).toContain('document.title = greet("页")');
    expect(bundle).toContain('"¶"');
    expect(bundle).not.toContain('not imported');
  });

  it('keeps a file beside the page addressed from the bundle (chart.js)', async () => {
    const bundle = (
      await bundleModules(
        sources({
          [ENTRY_MODULE]: "export const at = new URL('./chart.umd.min.js', import.meta.url);\n",
        }),
      )
    ).toString('utf8');
    expect(bundle).toContain('new URL("./chart.umd.min.js", import.meta.url)');
  });

  it.each([
    ['a module it was not given', "import { x } from './missing.js';\n"],
    ['a file outside the folder', "import { x } from '../shell/dashboard-assets.ts';\n"],
    ['a package', "import { readFileSync } from 'node:fs';\n"],
  ])('refuses to bundle %s', async (_, entry) => {
    await expect(bundleModules(sources({ [ENTRY_MODULE]: entry }))).rejects.toThrow(
      /is not one of the dashboard's modules/,
    );
  });
});

/**
 * Builds what production runs: every source file of apps/ and libs/ (specs left out) compiled
 * once to CommonJS under dist/ with the same SWC settings the tests and `npm start` use, the
 * `@dutyledger/*` imports pointed at their compiled libs, and the dashboard's own files copied
 * beside the code that serves them. Types are checked by `npm run lint` (and by the image's build
 * stage), not here, so a build takes seconds.
 *
 *   npm run build                      # -> dist/, then: node dist/apps/api/src/main.js
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { type Options, transformFile } from '@swc/core';

export const ROOT = join(__dirname, '..');
const SOURCES = ['apps', 'libs'];
/** Files served as they are (the dashboard is hand-written HTML, CSS and ES modules). */
const ASSETS = [join('apps', 'api', 'src', 'dashboard', 'public')];
const ALIAS = /require\("@dutyledger\/([a-z0-9-]+)"\)/g;

export interface BuildSummary {
  outDir: string;
  files: number;
  assets: number;
}

export async function build(outDir: string = join(ROOT, 'dist')): Promise<BuildSummary> {
  const swcrc = JSON.parse(readFileSync(join(ROOT, '.swcrc'), 'utf8')) as Options & {
    $schema?: string;
  };
  delete swcrc.$schema;
  rmSync(outDir, { recursive: true, force: true });
  const sources = SOURCES.flatMap((folder) => typeScriptFiles(join(ROOT, folder)));
  for (const source of sources) {
    const target = join(outDir, relative(ROOT, source)).replace(/\.ts$/, '.js');
    const output = await transformFile(source, {
      ...swcrc,
      swcrc: false,
      sourceMaps: true,
      sourceFileName: relative(dirname(target), source),
      outputPath: target,
    });
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, pointAtLibs(output.code, target, outDir) + mapComment(target));
    if (output.map) writeFileSync(`${target}.map`, output.map);
  }
  let assets = 0;
  for (const folder of ASSETS) {
    cpSync(join(ROOT, folder), join(outDir, folder), { recursive: true });
    assets += readdirSync(join(ROOT, folder)).length;
  }
  return { outDir, files: sources.length, assets };
}

/** `require("@dutyledger/x")` becomes a relative require of the compiled `libs/x/src/index.js`. */
function pointAtLibs(code: string, target: string, outDir: string): string {
  return code.replace(ALIAS, (_, lib: string) => {
    const index = join(outDir, 'libs', lib, 'src', 'index.js');
    let path = relative(dirname(target), index).split(sep).join('/');
    if (!path.startsWith('.')) path = `./${path}`;
    return `require(${JSON.stringify(path)})`;
  });
}

function mapComment(target: string): string {
  return `\n//# sourceMappingURL=${target.split(sep).at(-1)}.map\n`;
}

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .filter((file) => !file.endsWith('.spec.ts'));
}

if (require.main === module) {
  const began = Date.now();
  build(process.argv[2]).then(
    (summary) =>
      process.stdout.write(
        `Built ${summary.files} files and ${summary.assets} assets into ${relative(ROOT, summary.outDir) || '.'} in ${((Date.now() - began) / 1000).toFixed(1)} s\n`,
      ),
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}

// @ts-check
/**
 * What `npm start` and `npm run start:projector` run: the compiled build in dist/, built first
 * when the sources changed since it was made (docs/decisions/0009-start-from-the-build.md).
 *
 *   node tools/start.js               # the api (npm start)
 *   node tools/start.js projector     # the projector alone (npm run start:projector)
 *   node tools/start.js --build-only  # brings dist/ up to date and exits (the benches)
 *
 * Plain JavaScript run by node alone: compiling TypeScript on the fly (`-r @swc-node/register`)
 * loads the TypeScript compiler and hashes every source on each start, about a second of CPU for
 * the api and again for its child projector. Checking that dist/ is current costs a stat per
 * source; a build (tools/build.ts, all of apps/ and libs/ in about a second) happens only when one
 * changed, into a folder of its own that then takes dist/'s place, so a process running from the
 * old build never sees a half-written one.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const {
  existsSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { join, relative, sep } = require('node:path');

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
/** What the build was made from, written beside it once it is complete. */
const SOURCES_FILE = '.sources.json';
/** Besides apps/ and libs/: what changes the compiled output. */
const BUILD_INPUTS = ['.swcrc', join('tools', 'build.ts')];
const ENTRIES = {
  api: join('apps', 'api', 'src', 'main.js'),
  projector: join('apps', 'projector', 'src', 'main.js'),
};

/**
 * Every file a build reads, by path, with its size and modification time: the TypeScript of
 * apps/ and libs/ (specs left out, as the build leaves them) and the dashboard's files it copies.
 * @returns {Record<string, string>}
 */
function sourcesNow() {
  /** @type {Record<string, string>} */
  const sources = {};
  const add = (/** @type {string} */ file) => {
    const stat = statSync(file);
    sources[relative(ROOT, file).split(sep).join('/')] = `${stat.size}:${stat.mtimeMs}`;
  };
  for (const folder of ['apps', 'libs']) {
    for (const entry of readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || entry.name.endsWith('.spec.ts')) continue;
      const file = join(entry.parentPath, entry.name);
      const asset = file.includes(`${sep}dashboard${sep}public${sep}`);
      if (asset || (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))) add(file);
    }
  }
  for (const input of BUILD_INPUTS) add(join(ROOT, input));
  return sources;
}

/**
 * Whether dist/ was built from exactly these sources.
 * @param {Record<string, string>} sources
 */
function current(sources) {
  const file = join(DIST, SOURCES_FILE);
  if (!existsSync(file)) return false;
  try {
    return readFileSync(file, 'utf8') === JSON.stringify(sources);
  } catch {
    return false;
  }
}

/**
 * Builds into a folder of its own, then puts it in dist/'s place.
 * @param {Record<string, string>} sources
 */
function buildInto(sources) {
  const fresh = join(ROOT, `.build-start-${process.pid}`);
  const old = join(ROOT, `.build-old-${process.pid}`);
  process.stderr.write('dist/ is older than the sources: building it (npm run build)\n');
  const built = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', join('tools', 'build.ts'), fresh],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (built.status !== 0) {
    rmSync(fresh, { recursive: true, force: true });
    process.stderr.write('The build failed; see above\n');
    process.exit(1);
  }
  writeFileSync(join(fresh, SOURCES_FILE), JSON.stringify(sources));
  if (existsSync(DIST)) renameSync(DIST, old);
  renameSync(fresh, DIST);
  rmSync(old, { recursive: true, force: true });
}

function main() {
  const args = process.argv.slice(2);
  const sources = sourcesNow();
  if (!current(sources)) buildInto(sources);
  if (args.includes('--build-only')) return;
  const app = args[0] === 'projector' ? 'projector' : 'api';
  require(join(DIST, ENTRIES[app]));
}

main();

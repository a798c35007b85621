import type { Plugin } from 'esbuild';

/** The module the page starts from: it imports, directly or not, every other module it runs. */
export const ENTRY_MODULE = 'dashboard.js';

/** The entry module and every module it imports, in one file: the one script the page loads. */
export const BUNDLE_ASSET = 'dashboard.bundle.js';

/** Where the bundler finds the modules: in the map given to it, never on the file system. */
const NAMESPACE = 'dashboard-asset';

/**
 * Resolves `./name.js` to the module of that name in `sources` and loads it from there, so the
 * bundle is made of the very bytes the version digest covers. Anything else (a package, a path
 * outside the folder) is an error: the page's modules import only each other.
 */
function fromSources(sources: ReadonlyMap<string, Buffer>): Plugin {
  return {
    name: 'dashboard-sources',
    setup(build) {
      build.onResolve({ filter: /.*/ }, ({ path, kind }) => {
        const name = kind === 'entry-point' ? path : path.replace(/^\.\//, '');
        if (name.includes('/') || !sources.has(name)) {
          return { errors: [{ text: `${path} is not one of the dashboard's modules` }] };
        }
        return { path: name, namespace: NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, ({ path }) => ({
        contents: sources.get(path) ?? '',
        loader: 'js',
      }));
    },
  };
}

/**
 * The page's ES modules in one file (esbuild, unminified: each module follows a comment naming
 * it). A cold browser then makes one request for its scripts instead of one per module: over the
 * six connections a browser opens to a host, twenty modules waited for each other in four rounds
 * (test/bench/README.md, "Where a cold dashboard load goes"). esbuild is loaded on the first call
 * only, so an api that never serves the page never loads it.
 */
export async function bundleModules(sources: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [ENTRY_MODULE],
    bundle: true,
    format: 'esm',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    plugins: [fromSources(sources)],
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild wrote no bundle of the dashboard');
  return Buffer.from(output.contents);
}

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import { bundleModules } from './dashboard-bundle';

/** One file of the dashboard shell, held in memory with what an answer needs. */
export interface DashboardAsset {
  body: Buffer;
  /** the body gzip-compressed once at start-up; undefined when compressing does not pay */
  gzip: Buffer | undefined;
  contentType: string;
  etag: string;
}

/** The files of one start-up and the version that names them in addresses. */
export interface DashboardAssets {
  /** a digest of every file: part of each asset address, so a new release is a new address */
  version: string;
  files: ReadonlyMap<string, DashboardAsset>;
  /**
   * The page's script, `dashboard.bundle.js` (dashboard-bundle.ts): made on the first call (the
   * first request for the page starts it), then the same answer for the life of the process.
   */
  bundle(): Promise<DashboardAsset>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The charting library, served from node_modules beside the page's own files. */
export const CHART_ASSET = 'chart.umd.min.js';

/** The browser build of the ICU message formatter the page's i18n.js imports. */
export const MESSAGE_FORMAT_ASSET = 'intl-messageformat.esm.js';

/** The page itself: served at `/`, not under /assets. */
export const SHELL_PAGE = 'index.html';

/** Below this size a compressed copy saves less than its headers cost. */
const COMPRESS_FROM_BYTES = 1024;

const etagOf = (body: Buffer) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

function asset(body: Buffer, contentType: string): DashboardAsset {
  const compressed = body.length >= COMPRESS_FROM_BYTES ? gzipSync(body, { level: 9 }) : undefined;
  return { body, gzip: compressed, contentType, etag: etagOf(body) };
}

const gzipLater = promisify(gzip);

/** The bundle of the page's modules, compressed off the event loop's thread. */
async function bundled(modules: ReadonlyMap<string, Buffer>): Promise<DashboardAsset> {
  const body = await bundleModules(modules);
  const compressed = await gzipLater(body, { level: 9 });
  return { body, gzip: compressed, contentType: CONTENT_TYPES['.js'] ?? '', etag: etagOf(body) };
}

/** esbuild's version, read from its package without loading esbuild. */
function bundlerVersion(): string {
  return (
    JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
}

function read(file: string): { name: string; body: Buffer; contentType: string } {
  const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  return { name: file.slice(dirname(file).length + 1), body: readFileSync(file), contentType };
}

/** A library's browser build, without the pointer to a source map that is not served. */
function vendor(file: string): { name: string; body: Buffer; contentType: string } {
  const source = read(file);
  const text = source.body.toString('utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return { ...source, body: Buffer.from(text, 'utf8') };
}

/**
 * Every file the dashboard may serve, read once at start-up: the files of `public/` with a known
 * extension, plus chart.js and intl-messageformat; and the bundle of the page's modules, made
 * from those files when first asked for. Requests are answered by name from this map, so no
 * request path ever reaches the file system (no traversal). The page's references to `/assets/`
 * are rewritten to `/assets/{version}/`, so that browsers may keep each file for good (its address
 * changes with any file) while the page itself is revalidated on every load.
 */
export function loadDashboardAssets(
  folder: string = join(__dirname, '..', 'public'),
): DashboardAssets {
  const sources = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && CONTENT_TYPES[extname(entry.name)])
    .map((entry) => read(join(folder, entry.name)));
  // chart.js exports only its entry points; its UMD build sits beside the CommonJS one.
  sources.push(vendor(join(dirname(require.resolve('chart.js')), CHART_ASSET)));
  sources.push(
    vendor(join(dirname(require.resolve('intl-messageformat/package.json')), MESSAGE_FORMAT_ASSET)),
  );
  sources.sort((a, b) => (a.name < b.name ? -1 : 1));
  const digest = createHash('sha256');
  for (const source of sources) digest.update(source.name).update('\0').update(source.body);
  // The bundle is made from these files by the bundler: another bundler is another address too.
  digest.update(bundlerVersion());
  const version = `v-${digest.digest('base64url').slice(0, 12)}`;
  const files = new Map<string, DashboardAsset>();
  for (const source of sources) {
    const body =
      source.name === SHELL_PAGE
        ? Buffer.from(
            source.body.toString('utf8').replaceAll('"/assets/', `"/assets/${version}/`),
            'utf8',
          )
        : source.body;
    files.set(source.name, asset(body, source.contentType));
  }
  const modules = new Map(
    sources
      .filter(({ name }) => extname(name) === '.js' && name !== CHART_ASSET)
      .map(({ name, body }) => [name, body]),
  );
  let bundle: Promise<DashboardAsset> | undefined;
  return { version, files, bundle: () => (bundle ??= bundled(modules)) };
}

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

/** One file of the dashboard shell, held in memory with what an answer needs. */
export interface DashboardAsset {
  body: Buffer;
  contentType: string;
  etag: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The charting library, served from node_modules beside the page's own files. */
export const CHART_ASSET = 'chart.umd.min.js';

/** The page itself: served at `/`, not under /assets. */
export const SHELL_PAGE = 'index.html';

function asset(file: string): DashboardAsset {
  const body = readFileSync(file);
  const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, contentType, etag };
}

/**
 * Every file the dashboard may serve, read once at start-up: the files of `public/` with a known
 * extension, plus chart.js. Requests are answered by name from this map, so no request path ever
 * reaches the file system (no traversal).
 */
export function loadDashboardAssets(
  folder: string = join(__dirname, '..', 'public'),
): ReadonlyMap<string, DashboardAsset> {
  const assets = new Map<string, DashboardAsset>();
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isFile() && CONTENT_TYPES[extname(entry.name)]) {
      assets.set(entry.name, asset(join(folder, entry.name)));
    }
  }
  // chart.js exports only its entry points; its UMD build sits beside the CommonJS one.
  assets.set(CHART_ASSET, asset(join(dirname(require.resolve('chart.js')), CHART_ASSET)));
  return assets;
}

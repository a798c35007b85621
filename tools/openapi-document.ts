/**
 * Prints the api's OpenAPI document (what `/docs/openapi.json` serves) to stdout, from an app on a
 * temporary data directory: `node -r @swc-node/register tools/openapi-document.ts > openapi.json`.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@dutyledger/config';
import { createApp } from '../apps/api/src/create-app';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dutyledger-openapi-'));
  try {
    const app = await createApp(
      loadConfig({ DUTYLEDGER_DATA_DIR: dataDir, PORT: '0', DUTYLEDGER_LOG_LEVEL: 'silent' }),
    );
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const answer = await app.inject({ method: 'GET', url: '/docs/openapi.json' });
    process.stdout.write(`${JSON.stringify(JSON.parse(answer.body), null, 2)}\n`);
    await app.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();

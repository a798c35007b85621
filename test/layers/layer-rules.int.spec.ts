import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The layer rules of `npm run lint` (.dependency-cruiser.cjs) run on a small tree of their own:
 * each forbidden import fails the check and is named with its rule; allowed imports pass.
 */
const ROOT = join(__dirname, '..', '..');
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');

interface Cruise {
  exitCode: number;
  output: string;
}

async function cruise(files: Record<string, string>): Promise<Cruise> {
  const dir = mkdtempSync(join(tmpdir(), 'dutyledger-layers-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    // The project's rules as they are, without its tsconfig (this tree has no path aliases).
    writeFileSync(
      join(dir, '.dependency-cruiser.cjs'),
      `const rules = require(${JSON.stringify(join(ROOT, '.dependency-cruiser.cjs'))});\n` +
        `module.exports = { ...rules, options: { ...rules.options, tsConfig: undefined } };\n`,
    );
    try {
      const { stdout } = await promisify(execFile)(
        DEPCRUISE,
        ['apps', 'libs', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
        { cwd: dir },
      );
      return { exitCode: 0, output: stdout };
    } catch (error: unknown) {
      const failed = error as { code?: number; stdout?: string };
      return { exitCode: failed.code ?? -1, output: failed.stdout ?? String(error) };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const API_MODULE = { 'apps/api/src/app.module.ts': 'export const AppModule = 1;\n' };
const DOMAIN = { 'libs/domain/src/index.ts': 'export const caseOpened = 1;\n' };

describe('layer rules', () => {
  it('let the allowed imports through', async () => {
    const result = await cruise({
      ...API_MODULE,
      ...DOMAIN,
      'libs/event-store/src/index.ts':
        "import { caseOpened } from '../../domain/src';\nexport const a = caseOpened;\n",
      'libs/ledger/src/index.ts':
        "import { a } from '../../event-store/src';\nimport { caseOpened } from '../../domain/src';\nexport const l = [a, caseOpened];\n",
      'apps/cli/src/main.ts':
        "import { l } from '../../../libs/ledger/src';\nexport const m = l;\n",
    });
    expect(result).toEqual({ exitCode: 0, output: expect.not.stringContaining('error') as string });
  }, 120_000);

  // Every forbidden import in one tree, each in a file of its own: one run names them all.
  const FORBIDDEN: [rule: string, file: string, text: string][] = [
    [
      'domain-is-pure',
      'libs/domain/src/framework.ts',
      "import { Injectable } from '@nestjs/common';\nexport const c = Injectable;\n",
    ],
    [
      'domain-is-pure',
      'libs/domain/src/built-in.ts',
      "import { createHash } from 'node:crypto';\nexport const c = createHash;\n",
    ],
    [
      'event-store-imports-domain-at-most',
      'libs/event-store/src/store.ts',
      "import { r } from '../../read-models/src';\nexport const s = r;\n",
    ],
    [
      'ledger-imports-domain-and-event-store',
      'libs/ledger/src/ledger.ts',
      "import { c } from '../../config/src';\nexport const l = c;\n",
    ],
    [
      'ledger-knows-no-framework',
      'libs/ledger/src/commands/ledger.ts',
      "import { Injectable } from '@nestjs/common';\nexport const l = Injectable;\n",
    ],
    [
      'libs-never-import-apps',
      'libs/read-models/src/queue.ts',
      "import { AppModule } from '../../../apps/api/src/app.module';\nexport const q = AppModule;\n",
    ],
    [
      'apps-never-import-each-other',
      'apps/cli/src/main.ts',
      "import { AppModule } from '../../api/src/app.module';\nexport const m = AppModule;\n",
    ],
  ];
  let forbidden: Cruise;

  beforeAll(async () => {
    forbidden = await cruise({
      ...API_MODULE,
      ...DOMAIN,
      'libs/read-models/src/index.ts': 'export const r = 1;\n',
      'libs/config/src/index.ts': 'export const c = 1;\n',
      ...Object.fromEntries(FORBIDDEN.map(([, file, text]) => [file, text])),
    });
  }, 120_000);

  it('fail the check when any import is forbidden', () => {
    expect(forbidden.exitCode).not.toBe(0);
  });

  it.each(FORBIDDEN)('name the broken rule %s and the file %s', (rule, file) => {
    expect(forbidden.output).toMatch(new RegExp(`error ${rule}: ${file.replace(/\./g, '\\.')} → `));
  });
});

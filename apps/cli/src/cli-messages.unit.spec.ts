import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, hasMessage } from '@dutyledger/i18n';

/** Every source file of the CLI (not its specs). */
function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the CLI’s messages', () => {
  it('are in the cli catalogue in both languages, every key the CLI names', () => {
    const keys = new Set(
      sources(__dirname).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/'(cli\.[A-Za-z0-9.]+)'/g)].map(
          ([, key]) => key ?? '',
        ),
      ),
    );
    expect(keys.size).toBeGreaterThan(50);
    for (const key of keys) {
      for (const lang of LANGS) {
        expect({ key, lang, said: hasMessage(lang, key) }).toEqual({ key, lang, said: true });
      }
    }
  });
});

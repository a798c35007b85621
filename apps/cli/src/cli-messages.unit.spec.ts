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

/** The catalogue keys (`'cli.…'`, `'config.…'`) the source files under `directories` name. */
function keysNamedIn(...directories: string[]): Set<string> {
  return new Set(
    directories
      .flatMap(sources)
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/'((?:cli|config)\.[A-Za-z0-9.]+)'/g)].map(
          ([, key]) => key ?? '',
        ),
      ),
  );
}

const ROOT = join(__dirname, '..', '..', '..');

describe('the CLI’s messages', () => {
  it('are in the cli catalogue in both languages, every key the CLI names', () => {
    const keys = keysNamedIn(__dirname);
    expect(keys.size).toBeGreaterThan(50);
    for (const key of keys) {
      for (const lang of LANGS) {
        expect({ key, lang, said: hasMessage(lang, key) }).toEqual({ key, lang, said: true });
      }
    }
  });

  it('are in the catalogues in both languages, every key said for the CLI by the libs it uses', () => {
    // libs/wiring says a refused configuration and the verifiers' answers for the CLI and the
    // api; libs/config names each problem by its code, which is its key in the config catalogue.
    const keys = keysNamedIn(
      join(ROOT, 'libs', 'wiring', 'src'),
      join(ROOT, 'libs', 'config', 'src'),
    );
    expect([...keys].filter((key) => key.startsWith('config.')).length).toBeGreaterThan(15);
    expect(keys).toContain('cli.verify.head');
    for (const key of keys) {
      for (const lang of LANGS) {
        expect({ key, lang, said: hasMessage(lang, key) }).toEqual({ key, lang, said: true });
      }
    }
  });
});

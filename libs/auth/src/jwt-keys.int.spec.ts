import fs from 'node:fs';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embeddedSecret } from './jwt-keys';

describe('the embedded token secret', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dutyledger-secret-'));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is generated once and read back by every later caller', () => {
    const first = embeddedSecret(dir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(embeddedSecret(dir)).toBe(first);
  });

  it('is the secret another process wrote first, when both started on an empty directory', () => {
    // The other process wrote its secret just after this one looked and found none.
    writeFileSync(join(dir, 'jwt-secret'), 'written-by-the-other-process');
    jest.spyOn(fs, 'existsSync').mockReturnValueOnce(false);

    expect(embeddedSecret(dir)).toBe('written-by-the-other-process');
    expect(readdirSync(dir)).toEqual(['jwt-secret']);
  });
});

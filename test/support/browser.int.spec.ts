import { execFileSync } from 'node:child_process';
import sparticuz from '@sparticuz/chromium';
import { packagedLibraries } from './browser';

jest.setTimeout(60_000);

/** What any glibc Linux that runs Node has: the C library, its loader, libgcc. */
const C_LIBRARY = /^(linux-vdso|libc|libm|libdl|libpthread|librt|libgcc_s|ld-linux-x86-64)\.so/;

describe('the Chromium packaged in node_modules', () => {
  it('finds every library it needs in the package, but the C library', async () => {
    const executable = await sparticuz.executablePath();
    const libraries = await packagedLibraries();
    const ldd = execFileSync('ldd', [executable], {
      encoding: 'utf8',
      env: { ...process.env, LD_LIBRARY_PATH: libraries },
    });
    const needed = ldd
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => {
        const [name = '', , path = ''] = line.split(/\s+/);
        return { name, path };
      });
    expect(needed.filter(({ path }) => path === 'not')).toEqual([]);
    const fromElsewhere = needed.filter(
      ({ name, path }) =>
        !path.startsWith(`${libraries}/`) && !C_LIBRARY.test(name.replace(/^.*\//, '')),
    );
    expect(fromElsewhere).toEqual([]);
    expect(needed.map(({ name }) => name)).toEqual(expect.arrayContaining(['libnss3.so']));
  });
});

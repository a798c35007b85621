import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER } from '@dutyledger/auth';
import { USAGE_EXIT_CODE, runCli } from './cli';
import { COMMANDS } from './commands';

/** The words each command needs besides flags, so that only the flag under test is wrong. */
const WORDS: Readonly<Record<string, string[]>> = {
  projections: ['status'],
  'verify-bundle': ['bundle.ndjson'],
};

describe('the command line', () => {
  let dataDir: string;
  const saved = process.env.DUTYLEDGER_DATA_DIR;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'dutyledger-cli-'));
    process.env.DUTYLEDGER_DATA_DIR = dataDir;
  });
  afterAll(() => {
    process.env.DUTYLEDGER_DATA_DIR = saved;
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function cli(...args: string[]) {
    const printed = { out: '', err: '' };
    const code = await runCli(args, {
      out: (line) => (printed.out += `${line}\n`),
      err: (line) => (printed.err += `${line}\n`),
    });
    return { code, ...printed };
  }

  it.each(COMMANDS.map((command) => command.name))(
    '%s refuses an unknown flag with its usage and exit code 2, doing nothing',
    async (name) => {
      const result = await cli(name, ...(WORDS[name] ?? []), '--strem', 'case-1');
      expect(result).toEqual({
        code: USAGE_EXIT_CODE,
        out: '',
        err: expect.stringContaining("Unknown option '--strem'") as string,
      });
      expect(result.err).toContain(`Usage: npm run cli -- ${name}`);
    },
  );

  it.each([
    [['token', '--role'], '--role needs a value'],
    [['token', '--role', '--sub', 'alice'], '--role needs a value, and is followed by --sub'],
    [['verify', '--help=yes'], '--help takes no value'],
    [
      ['token', '--role', 'ADMIN', '--role', 'VIEWER', '--sub', 'a'],
      '--role is given more than once',
    ],
    [['token', '--role', 'KING', '--sub', 'alice'], '--role must be one of ADMIN'],
    [
      ['token', '--role', 'ADMIN', '--sub', 'alice', '--hours', '0'],
      '--hours must be a whole number from 1 to 24',
    ],
    [
      ['token', '--role', 'ADMIN', '--sub', 'alice', '--hours', '720'],
      '--hours must be a whole number from 1 to 24',
    ],
    [
      ['token', '--role', 'ADMIN', '--sub', 'alice', '--hours=8h'],
      '--hours must be a whole number',
    ],
    [['verify', 'everything'], 'Unexpected argument "everything"'],
    [['verify-bundle'], 'An argument is missing'],
    [['export-case', '--case', 'nope', '--out', 'x.ndjson'], '--case must be a case id'],
    [['export-case', '--out', 'x.ndjson'], '--case must be a case id'],
    [['demo', '--concurrency', '0'], '--concurrency must be a whole number from 1 to 32'],
    [['demo', '--url', 'ftp://x'], '--url must be an http(s) URL'],
    [['projections'], 'An argument is missing'],
    [['projections', 'statue'], 'projections needs one of: status, parked, retry, rebuild, verify'],
    [
      ['projections', 'status', '--projection', 'departments'],
      'projections status takes no --projection',
    ],
    [['projections', 'parked', 'departments'], 'projections parked takes no projection name'],
    [['projections', 'retry', '--id', 'x'], '--id must be a whole number'],
    [['projections', 'rebuild', 'nonsense'], 'No projection is named "nonsense"'],
    [['reservations', 'fill'], 'reservations: unknown action "fill"'],
    [
      ['verify', '--stream', 'case-1', '--checkpoint', 'kept.json'],
      '--checkpoint holds the whole store',
    ],
  ])('refuses %j with its usage and exit code 2', async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(USAGE_EXIT_CODE);
    expect(result.out).toBe('');
    expect(result.err).toContain(message);
    expect(result.err).toContain(`Usage: npm run cli -- ${args[0] ?? ''}`);
  });

  it('prints the usage of one command on --help or help, with exit code 0', async () => {
    for (const args of [
      ['verify', '--help'],
      ['help', 'verify'],
      ['verify', '-h'],
    ]) {
      const result = await cli(...args);
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/^Usage: npm run cli -- verify \[--stream STREAM\]/);
    }
  });

  it('mints an embedded token with an issuer, an audience and an expiry', async () => {
    const minted = await cli('token', '--role', 'AUDITOR', '--sub', 'alice', '--hours', '2');
    expect(minted.code).toBe(0);
    const [, payload = ''] = minted.out.trim().split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({
      sub: 'alice',
      role: 'AUDITOR',
      iss: EMBEDDED_ISSUER,
      aud: EMBEDDED_AUDIENCE,
    });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(2 * 3600);
  });

  it('exits the process with code 2 on a misspelt flag, without verifying anything', () => {
    const result = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'verify', '--strem', 'case-1'],
      { cwd: join(__dirname, '../../..'), encoding: 'utf8', env: { ...process.env } },
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("Unknown option '--strem'");
  });

  it('says a refused configuration in the operator’s language and exits with code 2', () => {
    const run = (lang: Record<string, string>) =>
      spawnSync(
        process.execPath,
        [
          '-r',
          '@swc-node/register',
          'apps/cli/src/main.ts',
          'token',
          '--role',
          'ADMIN',
          '--sub',
          'a',
        ],
        {
          cwd: join(__dirname, '../../..'),
          encoding: 'utf8',
          env: { ...process.env, DUTYLEDGER_LANG: '', LANG: '', PORT: 'eighty', ...lang },
        },
      );
    const chinese = run({ LANG: 'zh_CN.UTF-8' });
    expect(chinese.status).toBe(2);
    expect(chinese.stdout).toBe('');
    expect(chinese.stderr).toBe('配置有误（1处）：\n  - PORT="eighty"须为0至65535之间的整数\n');
    const english = run({ DUTYLEDGER_LANG: 'en', LANG: 'zh_CN.UTF-8' });
    expect(english.status).toBe(2);
    expect(english.stderr).toBe(
      'Invalid configuration (1 problem):\n  - PORT="eighty" must be a whole number from 0 to 65535\n',
    );
  });
});

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runBuild } from '../../../test/support/run-build';

jest.setTimeout(60_000);

/** The api's entry point in the run's build (what `npm start` runs, compiled once). */
let main = '';
beforeAll(async () => {
  main = join(await runBuild(), 'apps', 'api', 'src', 'main.js');
});

/** `npm start` with `env` added to the environment. */
function start(env: Record<string, string>) {
  return spawnSync(process.execPath, [main], {
    cwd: join(__dirname, '../../..'),
    encoding: 'utf8',
    env: { ...process.env, DUTYLEDGER_LANG: '', LANG: '', ...env },
  });
}

describe('the api process with a bad configuration', () => {
  it('says every bad variable in the operator’s language, listens on nothing and exits with code 2', () => {
    const bad = { DUTYLEDGER_EVENT_STORE: 'mongodb', DUTYLEDGER_LOG_FORMAT: 'text' };
    const chinese = start({ ...bad, DUTYLEDGER_LANG: 'zh-CN' });
    expect(chinese.status).toBe(2);
    expect(chinese.stdout).toBe('');
    expect(chinese.stderr.split('\n')).toEqual([
      '配置有误（2处）：',
      '  - DUTYLEDGER_EVENT_STORE="mongodb"不可接受；只能是以下之一：sqlite, eventstoredb',
      '  - DUTYLEDGER_LOG_FORMAT="text"不可接受；只能是以下之一：json, pretty',
      '',
    ]);
    // Without DUTYLEDGER_LANG or LANG, the operator is spoken to in English.
    const english = start(bad);
    expect(english.status).toBe(2);
    expect(english.stderr).toContain('Invalid configuration (2 problems):');
    expect(english.stderr).toContain(
      'DUTYLEDGER_EVENT_STORE="mongodb" is not accepted; use one of: sqlite, eventstoredb',
    );
  });
});

import { cliLang, runCli } from './cli';

async function run(args: string[], lang: 'zh-CN' | 'en') {
  const lines: string[] = [];
  const code = await runCli(
    args,
    { out: (line) => lines.push(line), err: (line) => lines.push(line) },
    lang,
  );
  return { code, text: lines.join('\n') };
}

describe('the CLI in the operator’s language', () => {
  it('takes DUTYLEDGER_LANG, else LANG, else English', () => {
    expect(cliLang({ DUTYLEDGER_LANG: 'zh-CN', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(cliLang({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(cliLang({ LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLang({})).toBe('en');
  });

  it('says an unknown command and a repeated flag in Chinese', async () => {
    const unknown = await run(['nope'], 'zh-CN');
    expect(unknown.code).toBe(2);
    expect(unknown.text).toContain('未知命令“nope”');
    expect(unknown.text).toContain('用法：npm run cli -- <命令> [参数]');
    const twice = await run(['token', '--role', 'ADMIN', '--role', 'VIEWER'], 'zh-CN');
    expect(twice.text).toContain('参数--role重复出现');
    expect(twice.text).toContain('用法：npm run cli -- token');
  });

  it('says them in English', async () => {
    const unknown = await run(['nope'], 'en');
    expect(unknown.text).toContain('Unknown command "nope"');
    expect(unknown.text).toContain('Usage: npm run cli -- <command> [flags]');
    const twice = await run(['token', '--role', 'ADMIN', '--role', 'VIEWER'], 'en');
    expect(twice.text).toContain('--role is given more than once');
  });
});

import { cliLang, runCli } from './cli';
import { COMMANDS } from './commands';

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

  it.each([
    [['token', '--strem', 'x'], '未知参数“--strem”', "Unknown option '--strem'"],
    [['token', '--role'], '参数--role缺少取值', '--role needs a value'],
    [
      ['token', '--role', 'KING', '--sub', 'alice'],
      '--role只能是以下之一：ADMIN',
      '--role must be one of ADMIN',
    ],
    [['verify-bundle'], '缺少参数', 'An argument is missing'],
    [
      ['export-case', '--case', 'nope', '--out', 'x'],
      '--case须为案件编号',
      '--case must be a case id',
    ],
    [['demo', '--concurrency', '0'], '--concurrency须为1至32之间的整数', '--concurrency must be'],
    [
      ['projections', 'statue'],
      'projections须带以下操作之一：status, parked, retry, rebuild, verify（“statue”不在其中）',
      'projections needs one of: status, parked, retry, rebuild, verify',
    ],
    [
      ['projections', 'retry', '--id', 'x'],
      '--id须为整数，而不是“x”',
      '--id must be a whole number',
    ],
    [['projections', 'rebuild', 'nonsense'], '没有名为“nonsense”的投影', 'No projection is named'],
  ])('refuses %j with its usage, in Chinese or in English', async (args, chinese, english) => {
    const zh = await run(args, 'zh-CN');
    expect(zh.code).toBe(2);
    expect(zh.text).toContain(chinese);
    expect(zh.text).toContain(`用法：npm run cli -- ${args[0] ?? ''}`);
    const en = await run(args, 'en');
    expect(en.code).toBe(2);
    expect(en.text).toContain(english);
    expect(en.text).not.toContain(chinese);
  });

  it('says a file it cannot read in Chinese, without the usage', async () => {
    const missing = await run(['verify-bundle', '/nonexistent/bundle.ndjson'], 'zh-CN');
    expect(missing.code).toBe(2);
    expect(missing.text).toMatch(/^无法读取文件包\/nonexistent\/bundle\.ndjson：ENOENT/);
    expect(missing.text).not.toContain('用法');
    const key = await run(['verify-bundle', 'b.ndjson', '--public-key', '/nonexistent.pem'], 'en');
    expect(key.text).toMatch(/^Cannot read the public key \/nonexistent\.pem: ENOENT/);
  });

  it('says them in English', async () => {
    const unknown = await run(['nope'], 'en');
    expect(unknown.text).toContain('Unknown command "nope"');
    expect(unknown.text).toContain('Usage: npm run cli -- <command> [flags]');
    const twice = await run(['token', '--role', 'ADMIN', '--role', 'VIEWER'], 'en');
    expect(twice.text).toContain('--role is given more than once');
  });

  it('says what each command does in Chinese under its usage line, its words and flags as they are', async () => {
    const one = await run(['help', 'verify'], 'zh-CN');
    expect(one.code).toBe(0);
    expect(one.text).toMatch(
      /^用法：npm run cli -- verify \[--stream STREAM\] \[--checkpoint FILE\]\n {4}重新计算一个事件流或所配置存储中全部事件流的哈希链/,
    );
    expect(one.text).not.toContain('Recomputes');
    const all = await run(['help'], 'zh-CN');
    for (const command of COMMANDS) {
      expect(all.text).toContain(`  ${command.usage.split('\n')[0] ?? ''}\n`);
    }
    expect(all.text).toContain('ROLE为以下之一：ADMIN, CASEWORKER');
    expect(all.text).toMatch(/投影：departments|投影：\w+/);
    expect(all.text).not.toMatch(/Prints a bearer token|Loads the demo|Writes the case bundle/);
    const english = await run(['help', 'token'], 'en');
    expect(english.text).toContain(
      'Usage: npm run cli -- token --role ROLE --sub SUBJECT [--hours N]\n    Prints a bearer token',
    );
  });
});

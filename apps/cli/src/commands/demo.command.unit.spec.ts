import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CliOutput } from '../cli-command';
import { demoTokens, investigatorOf } from '../demo';
import { CliError } from '../command-line';
import { demoCommand } from './demo.command';

/** An unsigned token with a subject: enough for the demo, which only reads the subject. */
const tokenOf = (sub: string): string =>
  ['{"alg":"none"}', JSON.stringify({ sub, role: 'SUPERVISOR' }), '']
    .map((part) => Buffer.from(part).toString('base64url'))
    .join('.');

const silent: CliOutput = { out: () => undefined, err: () => undefined };

const flags = (tokens: Record<string, string>) =>
  new Map([['url', 'http://127.0.0.1:1'], ...Object.entries(tokens)]);

const five = {
  'token-admin': tokenOf('admin-1'),
  'token-caseworker': tokenOf('caseworker-1'),
  'token-supervisor': tokenOf('supervisor-1'),
  'token-investigator': tokenOf('investigator-1'),
  'token-appeal-board': tokenOf('board-1'),
};

describe('npm run cli -- demo, its token flags', () => {
  it('names all five token flags in its usage', () => {
    for (const flag of Object.keys(five)) expect(demoCommand.usage).toContain(`--${flag}`);
  });

  it('asks for all five tokens when only some are given', async () => {
    const { 'token-appeal-board': _left, ...four } = five;
    const refused = demoCommand.run([], flags(four), silent);
    await expect(refused).rejects.toThrow(
      'Pass all five of --token-admin, --token-caseworker, --token-supervisor, --token-investigator, --token-appeal-board',
    );
    await expect(refused).rejects.toMatchObject({ said: { key: 'cli.demo.tokensAllFive' } });
  });

  it('refuses before sending anything when the investigator is also the deciding supervisor', async () => {
    const same = { ...five, 'token-investigator': tokenOf('supervisor-1') };
    const run = demoCommand.run([], flags(same), silent);
    await expect(run).rejects.toThrow(CliError);
    await expect(run).rejects.toThrow(/must have three different subjects/);
    await expect(run).rejects.toMatchObject({
      said: {
        key: 'cli.demo.supervisorsNotThree',
        values: {
          investigator: 'supervisor-1',
          supervisor: 'supervisor-1',
          appealBoard: 'board-1',
        },
      },
    });
  });

  it('refuses a token without a subject: the cases name the investigator by it', async () => {
    const anonymous = { ...five, 'token-investigator': 'opaque-token' };
    await expect(demoCommand.run([], flags(anonymous), silent)).rejects.toThrow(
      /The investigator token carries no subject/,
    );
  });

  it('names as investigator the subject of the investigator token, when the three supervisors are three people', () => {
    const tokens = demoTokens((role, subject) => tokenOf(subject));
    expect(investigatorOf(tokens)).toBe('demo-investigator');
    expect(
      investigatorOf({
        admin: five['token-admin'],
        caseworker: five['token-caseworker'],
        supervisor: five['token-supervisor'],
        investigator: five['token-investigator'],
        appealBoard: five['token-appeal-board'],
      }),
    ).toBe('investigator-1');
  });

  describe('when the api refuses a command', () => {
    let server: Server;
    let url = '';
    const asked: (string | undefined)[] = [];
    let accepting = false;

    beforeAll(async () => {
      // An api that is up but refuses every token, as one with another embedded secret does.
      server = createServer((request, response) => {
        if (request.url !== '/health') asked.push(request.headers['accept-language']);
        if (accepting) {
          request.resume();
          response.writeHead(201, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ id: 'x', revision: '0', position: '1' }));
          return;
        }
        const refused = { statusCode: 401, message: 'Unauthorized' };
        response.writeHead(request.url === '/health' ? 200 : 401, {
          'content-type': 'application/json',
        });
        response.end(request.url === '/health' ? '{}' : JSON.stringify(refused));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    /** Runs the demo against the stand-in api, one command at a time unless told otherwise. */
    async function refusedIn(lang: 'zh-CN' | 'en', concurrency = 1) {
      const lines: string[] = [];
      const output: CliOutput = { out: () => undefined, err: (line) => lines.push(line) };
      const code = await demoCommand.run(
        [],
        new Map([['url', url], ...Object.entries(five), ['concurrency', String(concurrency)]]),
        output,
        lang,
      );
      return { code, said: lines.slice(1).join('\n') };
    }

    it('says each phase of the load in the operator’s language', async () => {
      accepting = true;
      try {
        // Every command is accepted, so the whole load runs: four at a time, the CLI's default,
        // not one (the refusals' test keeps one, so that it stops at the first command).
        const loaded = await refusedIn('zh-CN', 4);
        expect(loaded.code).toBe(0);
        for (const phase of ['部门（第1级）', '职务和干部', '任职和免职', '事故', '问责案件']) {
          expect(loaded.said).toMatch(new RegExp(`^  ${phase}：\\d+条命令，用时[\\d.]+秒$`, 'm'));
        }
        expect(loaded.said).not.toMatch(
          /departments \(level|posts and cadres|accountability cases/,
        );
      } finally {
        accepting = false;
      }
    });

    it('says around the api’s own answer, in the operator’s language, what stopped and what to do', async () => {
      const chinese = await refusedIn('zh-CN');
      expect(chinese.code).toBe(1);
      expect(chinese.said).toMatch(
        /^演示数据加载中止：POST \/\S+的应答为401：\{"statusCode":401,"message":"Unauthorized"\}\n令牌被拒绝：请使用与api相同的DUTYLEDGER_DATA_DIR运行命令行工具/,
      );
      // The api is asked for its refusal in the operator's language too.
      expect(asked.at(-1)).toBe('zh-CN');
      const english = await refusedIn('en');
      expect(english.said).toMatch(
        /^The demo load stopped: POST \/\S+ answered 401: \{"statusCode":401,"message":"Unauthorized"\}\nThe token was refused: run the CLI with the api’s DUTYLEDGER_DATA_DIR/,
      );
      expect(asked.at(-1)).toBe('en');
    });
  });
});

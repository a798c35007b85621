import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { CliOutput } from '../../apps/cli/src/cli-command';
import { exportCaseCommand } from '../../apps/cli/src/commands/export-case.command';
import { verifyBundleCommand } from '../../apps/cli/src/commands/verify-bundle.command';
import { verifyCommand } from '../../apps/cli/src/commands/verify.command';
import { type AuditStory, auditSuite } from './audit-fixtures';

const SUMMARY = 'Inspections skipped <script>alert("x")</script> & more';

/** A CLI output that keeps what was printed. */
function captured(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

describe('auditors: bundle, report and verification of a case', () => {
  const suite = auditSuite();
  let story: AuditStory;
  let directory: string;
  const savedDataDir = process.env.DUTYLEDGER_DATA_DIR;

  beforeAll(async () => {
    story = await suite.appealedAndReopenedCase(SUMMARY);
    directory = mkdtempSync(join(tmpdir(), 'dutyledger-bundle-'));
    process.env.DUTYLEDGER_DATA_DIR = suite.app.config.dataDir;
  });
  afterAll(() => {
    if (savedDataDir === undefined) delete process.env.DUTYLEDGER_DATA_DIR;
    else process.env.DUTYLEDGER_DATA_DIR = savedDataDir;
    rmSync(directory, { recursive: true, force: true });
  });

  async function bundleFile(name: string, query = ''): Promise<string> {
    const answer = await suite.text(`/audit/cases/${story.caseId}/bundle${query}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('application/x-ndjson');
    const file = join(directory, name);
    writeFileSync(file, answer.body);
    return file;
  }

  async function verifyBundle(file: string) {
    const output = captured();
    const code = await verifyBundleCommand.run([file], new Map(), output);
    return { code, stdout: output.stdout.join('\n') };
  }

  describe('the bundle', () => {
    it('is a manifest, then every event of the case and the streams it rests on', async () => {
      const lines = readFileSync(await bundleFile('lines.ndjson'), 'utf8')
        .trimEnd()
        .split('\n');
      const manifest = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
      const history = await suite.get(`/audit/cases/${story.caseId}/history?pageSize=100`);
      expect(manifest).toMatchObject({
        format: 'dutyledger-case-bundle/2',
        caseId: story.caseId,
        eventCount: history.body.total,
        report: { lang: 'zh-CN', mediaType: 'text/html' },
      });
      const events = lines.slice(1).map((line) => JSON.parse(line) as unknown);
      expect(events).toEqual(history.body.items);
    });

    it('passes verify-bundle untouched, and fails it altered by one byte, naming the event', async () => {
      const file = await bundleFile('case.ndjson');
      expect(await verifyBundle(file)).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/^OK/) as unknown,
      });

      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n');
      const index = lines.findIndex((line) => line.includes('"type":"CaseOpened"'));
      const opened = JSON.parse(lines[index] ?? '') as { id: string; stream: string };
      const at = (lines[index] ?? '').indexOf('Inspections skipped');
      const line = lines[index] ?? '';
      lines[index] = `${line.slice(0, at)}J${line.slice(at + 1)}`; // "Inspections" -> "Jnspections"
      writeFileSync(file, lines.join('\n'));
      expect(Buffer.byteLength(readFileSync(file, 'utf8'))).toBe(Buffer.byteLength(text));

      const { code, stdout } = await verifyBundle(file);
      expect(code).toBe(1);
      const [, first] = stdout.split('\n');
      expect(first).toContain(
        `line ${index + 1} [event ${opened.id}, stream ${opened.stream}, revision 0]`,
      );
    });

    it('carries the printable report in the language asked, Chinese by default, covered by its checksum', async () => {
      const manifestOf = (file: string) =>
        JSON.parse(readFileSync(file, 'utf8').split('\n')[0] ?? '') as {
          report: { lang: string; html: string };
        };
      const chinese = await bundleFile('zh.ndjson');
      const english = await bundleFile('en.ndjson', '?lang=en');
      const zh = manifestOf(chinese).report;
      const en = manifestOf(english).report;
      expect(zh.html).toContain('<html lang="zh-CN">');
      expect(zh.html).toContain('<h2>办理经过</h2>');
      expect(zh.html).toContain('将通报批评变更为诫勉谈话');
      expect(en.lang).toBe('en');
      expect(en.html).toContain('<h2>Timeline</h2>');
      expect(en.html).toContain('the circulated criticism was changed to admonishment talk');
      const served = await suite.text(`/audit/cases/${story.caseId}/report?lang=en`);
      const timeless = (html: string) => html.replace(/Generated .*? from/, '');
      expect(timeless(en.html)).toBe(timeless(served.body));
      for (const file of [chinese, english]) expect((await verifyBundle(file)).code).toBe(0);

      const text = readFileSync(chinese, 'utf8');
      writeFileSync(chinese, text.replace('将通报批评变更为诫勉谈话', '将通报批评变更为提醒谈话'));
      const { code, stdout } = await verifyBundle(chinese);
      expect(code).toBe(1);
      expect(stdout).toContain('contentSha256 does not match');
      expect((await suite.text(`/audit/cases/${story.caseId}/bundle?lang=fr`)).status).toBe(400);
    });

    it('is checked offline by `npm run cli -- verify-bundle`, with no database and no configuration', async () => {
      const file = await bundleFile('offline.ndjson');
      const cli = (env: Record<string, string>) =>
        spawnSync(
          process.execPath,
          ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'verify-bundle', file],
          {
            cwd: resolve(__dirname, '../..'),
            env: { PATH: process.env.PATH ?? '', ...env },
            encoding: 'utf8',
          },
        );
      const nowhere = join(directory, 'no-such-data-dir');
      const intact = cli({ DUTYLEDGER_DATA_DIR: nowhere, DUTYLEDGER_EVENT_STORE: 'nonsense' });
      expect({ status: intact.status, stdout: intact.stdout }).toMatchObject({
        status: 0,
        stdout: expect.stringMatching(/^OK: case /) as unknown,
      });
      writeFileSync(file, readFileSync(file, 'utf8').replace('"CaseClosed"', '"CaseClosEd"'));
      const broken = cli({});
      expect(broken.status).toBe(1);
      expect(broken.stdout).toContain('BROKEN');
    });

    it('is said in the operator’s language by export-case and verify-bundle, its report in --lang', async () => {
      const out = join(directory, 'exported-en.ndjson');
      const written = captured();
      const flags = new Map([
        ['case', story.caseId],
        ['out', out],
        ['lang', 'en'],
      ]);
      expect(await exportCaseCommand.run([], flags, written, 'zh-CN')).toBe(0);
      expect(written.stdout).toEqual([
        expect.stringMatching(new RegExp(`^已将\\d+条事件流中的\\d+个事件写入${out}$`)),
      ]);
      const manifest = JSON.parse(readFileSync(out, 'utf8').split('\n')[0] ?? '') as {
        format: string;
        report: { lang: string; html: string };
      };
      expect(manifest.format).toBe('dutyledger-case-bundle/2');
      expect(manifest.report.lang).toBe('en');
      expect(manifest.report.html).toContain('<h2>Timeline</h2>');
      const refused = new Map([...flags, ['lang', 'fr']]);
      await expect(exportCaseCommand.run([], refused, captured(), 'zh-CN')).rejects.toMatchObject({
        said: { key: 'cli.langUnknown' },
      });

      const intact = captured();
      expect(await verifyBundleCommand.run([out], new Map(), intact, 'zh-CN')).toBe(0);
      expect(intact.stdout.join('\n')).toMatch(
        /^OK：案件[0-9a-f-]{36}，\d+条事件流中的\d+个事件；每条哈希链及清单均相符；/,
      );
      writeFileSync(out, readFileSync(out, 'utf8').replace('"CaseClosed"', '"CaseClosEd"'));
      const broken = captured();
      expect(await verifyBundleCommand.run([out], new Map(), broken, 'zh-CN')).toBe(1);
      const [first = '', second = ''] = broken.stdout;
      expect(first).toMatch(new RegExp(`^BROKEN：${out}中发现\\d+个问题；`));
      expect(second).toMatch(/^第\d+行［事件[0-9a-f-]{36}，事件流case-[0-9a-f-]{36}，版本\d+］：/);
      const english = captured();
      expect(await verifyBundleCommand.run([out], new Map(), english, 'en')).toBe(1);
      expect(english.stdout[0]).toMatch(/^BROKEN: \d+ problems in /);
    });

    it('is what `npm run cli -- export-case` writes too', async () => {
      const out = join(directory, 'exported.ndjson');
      const output = captured();
      const flags = new Map([
        ['case', story.caseId],
        ['out', out],
      ]);
      expect(await exportCaseCommand.run([], flags, output)).toBe(0);
      expect(output.stdout.join('\n')).toContain(`to ${out}`);
      const exported = readFileSync(out, 'utf8').split('\n').slice(1);
      const served = readFileSync(await bundleFile('served.ndjson'), 'utf8')
        .split('\n')
        .slice(1);
      expect(exported).toEqual(served);
      expect((await verifyBundle(out)).code).toBe(0);
    });
  });

  describe('the printed report', () => {
    it('is one self-contained HTML page with the case, escaped, and print CSS', async () => {
      const answer = await suite.text(`/audit/cases/${story.caseId}/report?lang=en`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toContain('text/html');
      expect(answer.headers.get('content-security-policy')).toBe(
        "default-src 'none';style-src 'unsafe-inline';base-uri 'none';form-action 'none';frame-ancestors 'none'",
      );
      expect(answer.headers.get('cache-control')).toBe('no-store');
      const html = answer.body;
      expect(html).toContain(
        'Inspections skipped &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more',
      );
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/\b(src|href)\s*=|@import|url\(|https?:\/\//i);
      expect(html).toContain('@media print');
      for (const section of ['Timeline', 'Findings', 'Sanctions', 'Appeal']) {
        expect(html).toContain(`<h2>${section}</h2>`);
      }
      expect(html).toContain('Li Wei');
      expect(html).toContain('the circulated criticism was changed to admonishment talk');
      expect(html).toContain(
        'The case was reopened (1st reopening) by supervisor-deciding: A new witness came forward',
      );
      expect(html).toContain('status <strong>reopened</strong>');
    });

    it('is in Chinese unless the link asks for English, times in the jurisdiction’s form', async () => {
      const answer = await suite.text(`/audit/cases/${story.caseId}/report`);
      expect(answer.status).toBe(200);
      const html = answer.body;
      expect(html).toContain('<html lang="zh-CN">');
      for (const section of ['办理经过', '责任认定', '问责决定', '申诉']) {
        expect(html).toContain(`<h2>${section}</h2>`);
      }
      expect(html).toContain('状态：<strong>已重新启动</strong>');
      expect(html).toContain('将通报批评变更为诫勉谈话');
      expect(html).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
      expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
      const refused = await suite.text(`/audit/cases/${story.caseId}/report?lang=fr`);
      expect(refused.status).toBe(400);
    });

    it('answers an unknown case with a JSON 404, like every other read', async () => {
      for (const kind of ['report', 'bundle']) {
        const answer = await suite.get(`/audit/cases/${randomUUID()}/${kind}`);
        expect({ kind, status: answer.status, code: answer.body.code }).toEqual({
          kind,
          status: 404,
          code: 'CASE_NOT_FOUND',
        });
      }
    });
  });

  describe('verification', () => {
    it('passes the whole store and one stream over HTTP', async () => {
      const whole = await suite.get('/audit/verify');
      expect(whole.body).toMatchObject({ ok: true, scope: 'store', firstBreak: null });
      const one = await suite.get(`/audit/verify?stream=case-${story.caseId}`);
      expect(one.body).toMatchObject({ ok: true, scope: 'stream', streamsChecked: 1 });
      expect((await suite.get('/audit/verify?stream=case-nothing')).status).toBe(404);
    });

    it('finds an event row edited in the SQLite file, over HTTP and with `npm run cli -- verify`', async () => {
      const ok = captured();
      expect(await verifyCommand.run([], new Map(), ok)).toBe(0);
      expect(JSON.parse(ok.stdout.join(''))).toMatchObject({ ok: true, firstBreak: null });
      expect(ok.stderr.at(-1)).toMatch(
        /^verified \d+ events in \d+ streams \(position \d+ of \d+\)$/,
      );
      const chinese = captured();
      expect(await verifyCommand.run([], new Map(), chinese, 'zh-CN')).toBe(0);
      expect(JSON.parse(chinese.stdout.join(''))).toMatchObject({ ok: true, firstBreak: null });
      expect(chinese.stderr.at(-1)).toMatch(
        /^已核验\d+条事件流中的\d+个事件（全局位置 \d+\/\d+）$/,
      );

      const caseEvents = await suite.store.readStream(`case-${story.caseId}`);
      const finding = caseEvents.find((event) => event.type === 'FindingRecorded');
      if (!finding) throw new Error('no finding');
      const { eventStore } = suite.app.config;
      if (eventStore.kind !== 'sqlite') throw new Error('the suite runs on the embedded store');
      const db = new Database(eventStore.file);
      db.prepare('UPDATE events SET data = ? WHERE id = ?').run(
        JSON.stringify({ ...finding.data, responsible: false }),
        finding.id,
      );
      db.close();

      const expected = {
        ok: false,
        firstBreak: {
          stream: `case-${story.caseId}`,
          revision: finding.revision.toString(),
          eventId: finding.id,
          found: finding.hash,
          reason: 'hash-mismatch',
        },
      };
      expect((await suite.get('/audit/verify')).body).toMatchObject(expected);
      // What is wrong, as a code with its values and in the reader's language.
      const inChinese = await suite.get('/audit/verify?lang=zh-CN');
      expect(inChinese.body).toMatchObject({
        firstBreak: {
          ...expected.firstBreak,
          problemCode: 'chain.hashMismatch',
          problemParams: { eventId: finding.id, found: finding.hash },
          problem: expect.stringMatching(
            new RegExp(
              `^事件${finding.id}（case-${story.caseId}修订号\\d+）的哈希与其内容及前一事件不符`,
            ),
          ) as string,
        },
      });
      const broken = captured();
      expect(
        await verifyCommand.run([], new Map([['stream', `case-${story.caseId}`]]), broken),
      ).toBe(1);
      expect(JSON.parse(broken.stdout.join(''))).toMatchObject(expected);
    });

    it('names a row whose JSON no longer parses, over HTTP and on the command line, without failing', async () => {
      const stream = `duty-${story.dutyId}`;
      const events = await suite.store.readStream(stream);
      const last = events.at(-1);
      if (!last) throw new Error('no event');
      const { eventStore } = suite.app.config;
      if (eventStore.kind !== 'sqlite') throw new Error('the suite runs on the embedded store');
      const db = new Database(eventStore.file);
      db.prepare('UPDATE events SET data = ? WHERE id = ?').run('{"postId": "cut off', last.id);
      db.close();

      const expected = {
        ok: false,
        firstBreak: {
          stream,
          revision: last.revision.toString(),
          position: last.position.toString(),
          eventId: last.id,
          reason: 'unreadable-event',
        },
      };
      const answer = await suite.get(`/audit/verify?stream=${stream}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject(expected);
      const printed = captured();
      expect(await verifyCommand.run([], new Map([['stream', stream]]), printed)).toBe(1);
      expect(JSON.parse(printed.stdout.join(''))).toMatchObject(expected);
    });
  });
});

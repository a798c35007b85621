import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type RecordedEvent,
  headProofs,
  keyIdOf,
  signLogCheckpoint,
  writeCaseBundle,
} from '@dutyledger/event-store';
import { many, stored } from '../../../../libs/event-store/src/contract/contract-fixtures';
import { runCli } from '../cli';

const CASE_ID = '3f6c1e2a-8d4b-4c1e-9a7f-2b3c4d5e6f70';
const CASE = `case-${CASE_ID}`;

describe('npm run cli -- verify-bundle, a tampered bundle’s problems in the operator’s language', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const caseStream = stored(CASE, many(4, 'CaseNoted'), [2, 4, 6, 8]);
  const dutyStream = stored('duty-1', many(2, 'DutyNoted'), [1, 5]);
  let directory: string;

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'dutyledger-verify-bundle-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  /** The log signed with every event of `streams` (and one stream the bundle does not hold). */
  function signedWith(...streams: RecordedEvent[][]) {
    const heads = new Map(
      streams.flatMap((stream) => {
        const last = stream.at(-1);
        return last ? [[last.stream, { ...last }] as const] : [];
      }),
    );
    heads.set('access-log-2026-07-01', {
      ...(dutyStream[0] as RecordedEvent),
      stream: 'access-log-2026-07-01',
    });
    const events = streams.reduce((total, stream) => total + stream.length, 1);
    return signLogCheckpoint(
      { position: 9n, events, heads },
      '2026-07-01T00:00:00.000Z',
      privateKey,
    );
  }

  /** A bundle of `streams` carrying `signed`, written to a file. */
  function bundleFile(
    name: string,
    signed: ReturnType<typeof signedWith>,
    streams: RecordedEvent[][],
  ) {
    const heads = new Map(
      signed.heads.map((h) => [h.stream, { ...h, revision: BigInt(h.revision) }]),
    );
    const proofs = headProofs(
      heads,
      streams.map((stream) => stream[0]?.stream ?? ''),
    );
    const checkpoint = { ...signed.checkpoint, proofs };
    const text = writeCaseBundle(CASE_ID, '2026-07-02T00:00:00.000Z', streams, checkpoint);
    const file = join(directory, name);
    writeFileSync(file, text);
    return { file, text };
  }

  async function verify(lang: 'zh-CN' | 'en', ...args: string[]) {
    const out: string[] = [];
    const code = await runCli(
      ['verify-bundle', ...args],
      { out: (line) => out.push(line), err: (line) => out.push(line) },
      lang,
    );
    return { code, lines: out };
  }

  it('says an altered event and the manifest that no longer matches it, in Chinese and in English', async () => {
    const signed = signedWith(caseStream, dutyStream);
    const { file, text } = bundleFile('altered.ndjson', signed, [caseStream, dutyStream]);
    writeFileSync(file, text.replace('"index":0}', '"index":7}')); // the first event line
    const { id } = dutyStream[0] as RecordedEvent;
    const hex = '[0-9a-f]{64}';

    const zh = await verify('zh-CN', file);
    expect(zh.code).toBe(1);
    expect(zh.lines).toEqual([
      expect.stringMatching(new RegExp(`^BROKEN：${file}中发现2个问题；已与日志在位置9`)),
      expect.stringMatching(
        new RegExp(
          `^第2行［事件${id}，事件流duty-1，版本0］：事件${id}（事件流duty-1，版本0）的哈希值与其内容及前一事件不符：该事件已被改动（应为${hex}，实为${hex}）$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^第1行：清单：contentSha256与清单及各事件行不符：有字节被改动（应为${hex}，实为${hex}）$`,
        ),
      ),
    ]);

    const en = await verify('en', file);
    expect(en.code).toBe(1);
    expect(en.lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^BROKEN: 2 problems in ${file}; held against the log's checkpoint at position 9`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^line 2 \\[event ${id}, stream duty-1, revision 0\\]: The hash of event ${id} \\(duty-1 revision 0\\) does not match its content and predecessor: the event was altered \\(expected ${hex}, found ${hex}\\)$`,
        ),
      ),
      expect.stringMatching(
        /^line 1: Manifest: contentSha256 does not match the manifest and event lines: a byte was changed \(expected/,
      ),
    ]);
  });

  it('says a stream cut before the export, and a checkpoint of another key or kept elsewhere, in Chinese and in English', async () => {
    const signed = signedWith(caseStream, dutyStream);
    const cut = caseStream.slice(0, 3);
    const { file } = bundleFile('cut.ndjson', signed, [cut, dutyStream]);
    const zh = await verify('zh-CN', file);
    expect(zh.code).toBe(1);
    expect(zh.lines[1]).toMatch(
      new RegExp(
        `^第6行：文件所附检查点：在位置9签署的是事件流${CASE}的版本3（[0-9a-f]{12}…），文件包给出的却是版本2（[0-9a-f]{12}…）：导出前已有事件被截去或替换$`,
      ),
    );
    const en = await verify('en', file);
    expect(en.lines[1]).toContain(
      `: The bundle's checkpoint: at position 9 it signed revision 3 (${caseStream[3]?.hash.slice(0, 12) ?? ''}…) of ${CASE}; the bundle gives revision 2 (`,
    );

    const intact = bundleFile('intact.ndjson', signed, [caseStream, dutyStream]).file;
    const other = generateKeyPairSync('ed25519').publicKey;
    const otherPem = join(directory, 'other.pem');
    writeFileSync(otherPem, other.export({ type: 'spki', format: 'pem' }));
    const trusted = { keyId: signed.checkpoint.keyId, other: keyIdOf(other) };
    expect((await verify('zh-CN', intact, '--public-key', otherPem)).lines[1]).toBe(
      `第1行：文件所附检查点：由密钥${trusted.keyId}签署，而非所信任的密钥${trusted.other}`,
    );
    expect((await verify('en', intact, '--public-key', otherPem)).lines[1]).toBe(
      `line 1: The bundle's checkpoint: it is signed by key ${trusted.keyId}, not by the trusted key ${trusted.other}`,
    );

    const later = stored(CASE, many(6, 'CaseNoted'), [2, 4, 6, 8, 10, 11]);
    const kept = join(directory, 'kept.json');
    writeFileSync(kept, JSON.stringify(signedWith(later, dutyStream)));
    expect((await verify('zh-CN', intact, '--checkpoint', kept)).lines[1]).toBe(
      `第1行：所给检查点：签署了事件流${CASE}在位置9的版本5，文件包中却没有：存储已被回滚，或该事件流被截断`,
    );
    expect((await verify('en', intact, '--checkpoint', kept)).lines[1]).toBe(
      `line 1: The given checkpoint: it signed revision 5 of ${CASE} at position 9, which the bundle lacks: the store was rolled back or the stream cut`,
    );
  });
});

import { many, stored } from '../contract/contract-fixtures';
import { verifyCaseBundle, writeCaseBundle } from './case-bundle';

const CASE_ID = '3f6c1e2a-8d4b-4c1e-9a7f-2b3c4d5e6f70';

describe('case bundles', () => {
  const caseStream = stored(`case-${CASE_ID}`, many(3, 'CaseNoted'), [2, 4, 6]);
  const dutyStream = stored('duty-1', many(2, 'DutyNoted'), [1, 5]);
  const bundle = writeCaseBundle(CASE_ID, '2026-07-01T00:00:00.000Z', [caseStream, dutyStream]);
  const lines = bundle.trimEnd().split('\n');

  /** The bundle with line `index` (0 is the manifest) replaced. */
  const withLine = (index: number, line: string): string =>
    `${lines.map((original, i) => (i === index ? line : original)).join('\n')}\n`;

  it('starts with a manifest of the streams’ counts and heads, then the events in global order', () => {
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      format: 'dutyledger-case-bundle/1',
      caseId: CASE_ID,
      exportedAt: '2026-07-01T00:00:00.000Z',
      streams: [
        { stream: `case-${CASE_ID}`, count: 3, headRevision: '2', headHash: caseStream[2]?.hash },
        { stream: 'duty-1', count: 2, headRevision: '1', headHash: dutyStream[1]?.hash },
      ],
      eventCount: 5,
    });
    const positions = lines
      .slice(1)
      .map((line) => (JSON.parse(line) as { position: string }).position);
    expect(positions).toEqual(['1', '2', '4', '5', '6']);
  });

  it('verifies untouched', () => {
    expect(verifyCaseBundle(bundle)).toEqual({
      ok: true,
      caseId: CASE_ID,
      eventCount: 5,
      streamCount: 2,
      checkpoint: null,
      problems: [],
    });
  });

  describe('with the readable report (format /2)', () => {
    const report = { lang: 'zh-CN', mediaType: 'text/html' as const, html: '<p>诫勉谈话</p>' };
    const streams = [caseStream, dutyStream];
    const readable = writeCaseBundle(
      CASE_ID,
      '2026-07-01T00:00:00.000Z',
      streams,
      undefined,
      report,
    );
    const [manifest = '', ...events] = readable.trimEnd().split('\n');
    const withManifest = (line: string) => `${[line, ...events].join('\n')}\n`;

    it('carries the report in its manifest, says /2 and verifies; its events are the /1 ones', () => {
      expect(JSON.parse(manifest)).toMatchObject({ format: 'dutyledger-case-bundle/2', report });
      expect(events).toEqual(lines.slice(1));
      expect(verifyCaseBundle(readable)).toMatchObject({ ok: true, problems: [] });
    });

    it('fails when a word of the report was changed: the checksum covers it', () => {
      const verdict = verifyCaseBundle(withManifest(manifest.replace('诫勉', '提醒')));
      expect(verdict.ok).toBe(false);
      expect(verdict.problems).toEqual([
        expect.objectContaining({ line: 1, code: 'bundle.contentDigestMismatch', params: {} }),
      ]);
    });

    it('fails when the report was taken out of a /2 bundle', () => {
      const parsed = JSON.parse(manifest) as Record<string, unknown>;
      delete parsed.report;
      expect(verifyCaseBundle(withManifest(JSON.stringify(parsed))).problems).toEqual([
        {
          line: 1,
          code: 'bundle.reportMissing',
          params: { format: 'dutyledger-case-bundle/2' },
        },
        expect.objectContaining({ code: 'bundle.contentDigestMismatch' }),
      ]);
    });
  });

  it('names the event whose data was changed by one byte', () => {
    const altered = (lines[2] ?? '').replace('"index":0', '"index":1');
    expect(altered).not.toBe(lines[2]);
    const verdict = verifyCaseBundle(withLine(2, altered));
    expect(verdict.ok).toBe(false);
    expect(verdict.problems[0]).toMatchObject({
      line: 3,
      stream: `case-${CASE_ID}`,
      revision: '0',
      eventId: caseStream[0]?.id,
      found: caseStream[0]?.hash,
      code: 'bundle.hashMismatch',
      params: { eventId: caseStream[0]?.id, stream: `case-${CASE_ID}`, revision: '0' },
    });
  });

  it('names the event on a line that no longer parses', () => {
    const altered = (lines[3] ?? '').replace('"data":{', '"data"{');
    const [problem] = verifyCaseBundle(withLine(3, altered)).problems;
    expect(problem).toMatchObject({
      line: 4,
      eventId: caseStream[1]?.id,
      stream: `case-${CASE_ID}`,
      revision: '1',
      code: 'bundle.eventNotJson',
      params: {},
    });
  });

  it('names the field an event line lacks, and a hash scheme it does not know', () => {
    const event = JSON.parse(lines[3] ?? '') as Record<string, unknown>;
    const lacking = JSON.stringify({ ...event, revision: 'one' });
    expect(verifyCaseBundle(withLine(3, lacking)).problems[0]).toEqual({
      line: 4,
      eventId: caseStream[1]?.id,
      stream: `case-${CASE_ID}`,
      revision: undefined,
      code: 'bundle.eventFieldNotDecimal',
      params: { field: 'revision' },
    });
    const unknown = JSON.stringify({ ...event, hashScheme: 9 });
    expect(verifyCaseBundle(withLine(3, unknown)).problems[0]).toMatchObject({
      line: 4,
      found: caseStream[1]?.hash,
      code: 'bundle.hashSchemeUnknown',
      params: { eventId: caseStream[1]?.id, stream: `case-${CASE_ID}`, revision: '1', scheme: '9' },
    });
  });

  it('finds a changed position through the manifest’s content digest', () => {
    const altered = (lines[5] ?? '').replace('"position":"6"', '"position":"7"');
    const verdict = verifyCaseBundle(withLine(5, altered));
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([
      expect.objectContaining({ line: 1, code: 'bundle.contentDigestMismatch' }),
    ]);
  });

  it('finds a missing event and the manifest that no longer matches', () => {
    const without = `${lines.filter((_, index) => index !== 1).join('\n')}\n`;
    const { problems } = verifyCaseBundle(without);
    expect(problems[0]).toMatchObject({
      line: 4,
      code: 'bundle.revisionOutOfOrder',
      params: { stream: 'duty-1', revision: '1', expectedRevision: '0' },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          line: 1,
          stream: 'duty-1',
          expected: '2',
          found: '1',
          code: 'bundle.countMismatch',
          params: { stream: 'duty-1', listed: '2', found: '1' },
        },
        { line: 1, code: 'bundle.eventCountMismatch', params: { listed: '5', found: '4' } },
      ]),
    );
  });

  it('names the manifest line when the manifest was changed', () => {
    const altered = (lines[0] ?? '').replace('2026-07-01', '2026-07-02');
    expect(verifyCaseBundle(withLine(0, altered)).problems).toEqual([
      expect.objectContaining({ line: 1, code: 'bundle.contentDigestMismatch' }),
    ]);
    expect(verifyCaseBundle(withLine(0, '{}')).problems).toEqual([
      { line: 1, code: 'bundle.manifestUnreadable', params: {} },
    ]);
  });
});

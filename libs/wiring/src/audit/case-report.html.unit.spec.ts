import { type CaseEvent, caseDecider } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import { DOMAIN_EVENTS, foldStream } from '@dutyledger/ledger';
import { type CaseReportInput, renderCaseReport } from './case-report.html';

const CASE = 'be6b7f9d-d08c-4bad-8ec5-6f708192a3b4';
const ZHANG = '4a3d9f5b-6e7c-4d8e-9f9a-0b1c2d3e4f5a';
const LI = '5b4e0a6c-7f8d-4e9f-8a0b-1c2d3e4f5a6b';
const POST = '2e1b7d3f-4c5a-4b6c-9d7e-8f9a0b1c2d3e';

/** A post-accident case: Li heard by a notice left unanswered, Zhang by a statement. */
const STORY: [CaseEvent['type'], string, Record<string, unknown>][] = [
  [
    'CaseOpened',
    '2026-01-05T09:00:00.000Z',
    {
      kind: 'POST_ACCIDENT',
      openedByDepartmentId: 'd',
      summary: 'Roof collapse',
    },
  ],
  ['CaseSubjectNamed', '2026-01-05T09:00:00.000Z', { cadreId: ZHANG, postId: POST }],
  ['CaseSubjectNamed', '2026-01-05T09:00:00.000Z', { cadreId: LI, postId: POST }],
  ['InvestigationDeadlineSet', '2026-01-05T09:00:00.000Z', { dueAt: '2026-03-02T15:59:59.999Z' }],
  [
    'HearingNoticeServed',
    '2026-02-20T09:00:00.000Z',
    {
      cadreId: LI,
      respondBy: '2026-02-25T15:59:59.999Z',
    },
  ],
  [
    'FindingRecorded',
    '2026-02-27T09:00:00.000Z',
    {
      cadreId: LI,
      responsible: true,
      responsibilityKind: 'SUPERVISORY',
      reasoning: 'Left two warnings unanswered',
      hearing: 'NOTICE_UNANSWERED',
      aggravating: [{ circumstance: 'REPEATED_WITHIN_YEAR', note: 'Second warning since May' }],
      mitigating: [],
      recordedBy: 'supervisor-investigating',
    },
  ],
  [
    'FindingRecorded',
    '2026-02-27T10:00:00.000Z',
    {
      cadreId: ZHANG,
      responsible: true,
      responsibilityKind: 'LEADERSHIP',
      reasoning: 'Signed the plan, never followed it up',
      hearing: 'STATEMENT',
      aggravating: [],
      mitigating: [{ circumstance: 'ACTIVE_REMEDY', note: 'Re-inspected at once' }],
      recordedBy: 'supervisor-investigating',
    },
  ],
  [
    'SanctionDecided',
    '2026-02-28T09:00:00.000Z',
    {
      sanctionId: 's-li',
      cadreId: LI,
      sanction: 'MAJOR_DEMERIT',
      decidedBy: 'supervisor-deciding',
    },
  ],
  [
    'SanctionDecided',
    '2026-02-28T09:00:00.000Z',
    {
      sanctionId: 's-zhang',
      cadreId: ZHANG,
      sanction: 'REFERRAL_TO_JUDICIAL_ORGANS',
      decidedBy: 'supervisor-deciding',
    },
  ],
  [
    'CaseDecided',
    '2026-03-01T09:00:00.000Z',
    {
      appealWindowClosesAt: '2026-03-31T15:59:59.999Z',
      decidedBy: 'supervisor-deciding',
    },
  ],
  ['AppealWaived', '2026-03-02T09:00:00.000Z', { cadreId: LI, sanctionId: 's-li' }],
];

function input(overrides: Partial<CaseReportInput> = {}): CaseReportInput {
  const stored = STORY.map(([type, occurredAt, data], index): RecordedEvent => ({
    id: `event-${index}`,
    type,
    schemaVersion: DOMAIN_EVENTS.latestVersion(type) ?? 1,
    data: { caseId: CASE, occurredAt, ...data },
    metadata: {
      actor: { id: 'caseworker-1', role: 'CASEWORKER' },
      correlationId: 'c',
      causationId: 'c',
      occurredAt,
      recordedAt: occurredAt,
    },
    stream: `case-${CASE}`,
    revision: BigInt(index),
    position: BigInt(index + 1),
    hash: 'f'.repeat(64),
    previousHash: '0'.repeat(64),
  }));
  const events = stored.map((event) => DOMAIN_EVENTS.decode(event));
  const state = foldStream(caseDecider, stored, DOMAIN_EVENTS);
  if (state.status === 'NOT_OPENED') throw new Error('not opened');
  return {
    state,
    events,
    names: { departments: {}, posts: {}, cadres: { [ZHANG]: 'Zhang Wei', [LI]: 'Li Na' } },
    generatedAt: '2026-03-05T00:00:00.000Z',
    headHash: 'f'.repeat(64),
    overdue: false,
    overrides: [],
    lang: 'en',
    timeZone: 'UTC',
    ...overrides,
  };
}

describe('the printable case report', () => {
  it('is said in Chinese with times in the jurisdiction’s zone, in fonts every system has', () => {
    const html = renderCaseReport(input({ lang: 'zh-CN', timeZone: 'Asia/Shanghai' }));
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<h2>责任认定</h2>');
    expect(html).toContain('<td>申诉期限届满</td><td>2026年3月31日 23:59</td>');
    expect(html).toContain('<td>记大过</td>');
    expect(html).toContain('移送司法机关（移送处理，非问责方式）');
    expect(html).toContain('supervisor-deciding决定对Li Na予以记大过。');
    expect(html).toContain('从重情节：一年内再次发生（Second warning since May）');
    expect(html).toContain('2026年3月1日 17:00（supervisor-deciding）');
    expect(html).toMatch(/font: [^;]*'Noto Serif CJK SC'[^;]*serif;/);
    expect(html).not.toMatch(/@font-face|@import|https?:\/\//);
  });

  it('says how each subject was heard, the circumstances weighed and who recorded each finding', () => {
    const html = renderCaseReport(input());
    expect(html).toContain('notice served, left unanswered');
    expect(html).toContain('heard (statement)');
    expect(html).toContain('aggravating: repeated within year (Second warning since May)');
    expect(html).toContain('mitigating: active remedy (Re-inspected at once)');
    expect(html).toContain('27 Feb 2026, 09:00 by supervisor-investigating');
    expect(html).toContain(
      'A hearing notice was served on Li Na by caseworker-1; the subject could answer until 25 Feb 2026, 15:59.',
    );
    expect(html).toContain(
      'Li Na was found responsible (supervisory) by supervisor-investigating after a hearing notice the subject left unanswered: Left two warnings unanswered. Aggravating: repeated within year (Second warning since May)',
    );
  });

  it('tells measures from referrals, names the decider, the appeal window and the waivers', () => {
    const html = renderCaseReport(input());
    expect(html).toContain('<td>major demerit</td>');
    expect(html).toContain('referral to judicial organs (referral, not a measure)');
    expect(html).toContain(
      'The measure major demerit was decided for Li Na by supervisor-deciding.',
    );
    expect(html).toContain(
      'A referral to judicial organs was decided for Zhang Wei by supervisor-deciding.',
    );
    expect(html).toContain('1 Mar 2026, 09:00 by supervisor-deciding');
    expect(html).toContain('<td>Appeal window closes</td><td>31 Mar 2026, 15:59</td>');
    expect(html).toContain('<h3>Appeals waived</h3>');
    expect(html).toContain(
      'Li Na waived the appeal against the major demerit (recorded by caseworker-1).',
    );
  });

  it('flags an overdue case and lists a subject’s appointment that overrode blocked eligibility', () => {
    const plain = renderCaseReport(input());
    expect(plain).not.toContain('overdue');
    expect(plain).not.toContain('despite blocked eligibility');
    const html = renderCaseReport(
      input({
        overdue: true,
        overrides: [
          {
            cadreId: ZHANG,
            postId: POST,
            effectiveFrom: '2025-06-01T00:00:00.000Z',
            override: {
              reason: 'Approved by the <standing> committee',
              blocks: [{ reason: 'OPEN_CASE', detail: 'Named in case X', sourceEventIds: ['e'] }],
            },
          },
        ],
      }),
    );
    expect(html).toContain('<strong>overdue</strong>: no decision by the deadline');
    expect(html).toContain('<h2>Appointments made despite blocked eligibility</h2>');
    expect(html).toContain('Approved by the &lt;standing&gt; committee');
    expect(html).toContain('open case: Named in case X');
  });
});

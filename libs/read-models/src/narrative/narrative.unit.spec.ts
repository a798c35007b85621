import { CASE_EVENT_TYPES, type CaseEvent } from '@dutyledger/domain';
import { LANGS, hasMessage } from '@dutyledger/i18n';
import { CASE_ID, NAMES, POST_INDUSTRY, ZHANG } from '../cases/case-story.fixtures';
import { CASE_MESSAGE_IDS, narrateCase, narrateCaseEvent } from './case-narrative';
import { NAMED, STORY } from './narrative.fixtures';
import { render, termWords } from './render';

describe('the case narrative', () => {
  it('has a message in both languages for every case event type', () => {
    for (const type of CASE_EVENT_TYPES) {
      const id = CASE_MESSAGE_IDS[type];
      expect([type, typeof id]).toEqual([type, 'string']);
      for (const lang of LANGS) {
        expect([lang, id, hasMessage(lang, `narrative.${id}`)]).toEqual([lang, id, true]);
      }
    }
  });

  it('tells every event of a whole case in words: names, no codes, no placeholders left', () => {
    expect(new Set(STORY.map(({ event }) => event.type))).toEqual(new Set(CASE_EVENT_TYPES));
    const sentences = narrateCase(STORY, NAMED).map((each) => render(each.message));
    for (const sentence of sentences) {
      expect(sentence).not.toMatch(/[{}]|\b[A-Z]{2,}_[A-Z_]+\b/);
      expect(sentence).not.toMatch(new RegExp(`${ZHANG}|${POST_INDUSTRY}`));
    }
    expect(sentences).toContain(
      `${NAMES.zhang} (${NAMES.industry}) was named a subject by caseworker-1.`,
    );
    expect(sentences).toContain(
      `The appeal of ${NAMES.zhang} was decided by supervisor-appeals: the circulated criticism was changed to admonishment talk. Reasoning: The delegation was lawful but not followed up`,
    );
  });

  it('tells a whole case in Chinese as a caseworker writes it: no codes, no placeholders', () => {
    const sentences = narrateCase(STORY, NAMED).map((each) => render(each.message, 'zh-CN'));
    for (const sentence of sentences) {
      expect(sentence).not.toMatch(/[{}]|\b[A-Z]{2,}_[A-Z_]+\b/);
      // Said in Chinese; what was entered (names, reasons) is shown as entered.
      expect(sentence).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(sentences).toContain(`caseworker-1将${NAMES.zhang}（${NAMES.industry}）列为问责对象。`);
    expect(sentences).toContain(
      `supervisor-appeals对${NAMES.zhang}的申诉作出决定：将通报批评变更为诫勉谈话。理由：The delegation was lawful but not followed up`,
    );
  });

  it('says instants in the jurisdiction’s time zone in the reader’s form, when given one', () => {
    const decided = {
      id: 'case.decided',
      params: { decider: 'sv-1', appealWindowClosesAt: '2026-09-01T07:00:00.000Z' },
    };
    expect(render(decided, 'zh-CN', 'Asia/Shanghai')).toBe(
      'sv-1对本案作出决定，申诉期限至2026年9月1日 15:00。',
    );
    expect(render(decided, 'en', 'Asia/Shanghai')).toBe(
      'The case was decided by sv-1; appeals may be filed until 1 Sep 2026, 15:00.',
    );
    expect(render(decided, 'en')).toContain('until 2026-09-01T07:00:00.000Z.');
  });

  it('counts days and reopenings in the language of the catalogue', () => {
    const extended = (days: number) =>
      render(
        narrateCaseEvent(
          {
            type: 'DeadlineExtended',
            data: {
              caseId: CASE_ID,
              occurredAt: '2026-02-01T00:00:00.000Z',
              days,
              reason: 'Survey',
              previousDueAt: '2026-03-01T00:00:00.000Z',
              dueAt: '2026-03-02T00:00:00.000Z',
            },
          },
          { actorId: 'caseworker-1', before: null, names: NAMED },
        ),
      );
    expect(extended(1)).toContain('extended by 1 day to');
    expect(extended(30)).toContain('extended by 30 days to');
    const reopenings = narrateCase(
      [...STORY.filter(({ event }) => event.type === 'CaseOpened'), ...reopened(3)],
      NAMED,
    ).map((each) => render(each.message));
    expect(
      reopenings
        .filter((_, index) => index % 2 === 0)
        .slice(1)
        .map((sentence) => sentence.slice(0, 38)),
    ).toEqual([
      'The case was reopened (1st reopening) ',
      'The case was reopened (2nd reopening) ',
      'The case was reopened (3rd reopening) ',
    ]);
    const zh = narrateCase(
      [...STORY.filter(({ event }) => event.type === 'CaseOpened'), ...reopened(2)],
      NAMED,
    ).map((each) => render(each.message, 'zh-CN'));
    expect(zh.at(-1)).toBe('supervisor-deciding重新启动本案（第2次）。理由：Again');
  });

  it('names by id where no name is known, and says a vacant post so', () => {
    const cited = render(
      narrateCaseEvent(
        {
          type: 'FailureCited',
          data: {
            caseId: CASE_ID,
            occurredAt: '2026-01-05T09:00:00.000Z',
            failureId: 'failure-1',
            dutyId: 'duty-1',
            postId: 'post-unknown',
            failureOccurredAt: '2025-12-03T08:00:00.000Z',
            adverseEffect: 'MINOR',
            responsibleCadreId: null,
          },
        },
        { actorId: 'caseworker-1', before: null, names: NAMED },
      ),
    );
    expect(cited).toBe(
      'Failure failure-1 on post-unknown of 2025-12-03T08:00:00.000Z (adverse effect: minor; the post was vacant) was cited as grounds by caseworker-1.',
    );
  });

  it('says a term in words, and a code no list knows as it is', () => {
    expect(termWords('measure', 'MAJOR_DEMERIT')).toBe('major demerit');
    expect(termWords('measure', 'MAJOR_DEMERIT', 'zh-CN')).toBe('记大过');
    expect(termWords('hearingBasis', 'NOTICE_UNANSWERED')).toBe('notice served, left unanswered');
    expect(termWords('measure', 'sanction-0001')).toBe('sanction-0001');
  });

  it('says a term stored under the list’s former name (`sanction`, before libs/i18n)', () => {
    const stored = {
      id: 'case.appealWaived',
      params: { subject: '张伟', sanction: { term: 'sanction', code: 'DEMERIT' }, actor: 'cw-1' },
    };
    expect(render(stored)).toBe('张伟 waived the appeal against the demerit (recorded by cw-1).');
    expect(render(stored, 'zh-CN')).toBe('张伟放弃对记过决定的申诉（cw-1记录）。');
  });

  it('says a message no catalogue knows (a later version stored it) rather than failing', () => {
    expect(render({ id: 'case.fromTheFuture', params: { n: 1 } })).toBe(
      'case.fromTheFuture {"n":1}',
    );
  });
});

/** A case closed and reopened `times` times. */
function reopened(times: number): { event: CaseEvent; actorId: string }[] {
  const at = (day: number) => `2026-02-${String(day).padStart(2, '0')}T00:00:00.000Z`;
  return Array.from({ length: times }, (_, index) => [
    {
      event: {
        type: 'CaseClosed',
        data: { caseId: CASE_ID, occurredAt: at(2 * index + 1), reason: 'Done' },
      },
      actorId: 'supervisor-deciding',
    },
    {
      event: {
        type: 'CaseReopened',
        data: { caseId: CASE_ID, occurredAt: at(2 * index + 2), reason: 'Again' },
      },
      actorId: 'supervisor-deciding',
    },
  ]).flat() as { event: CaseEvent; actorId: string }[];
}

import { CASE_EVENT_TYPES, type CaseEvent } from '@dutyledger/domain';
import { IntlMessageFormat } from 'intl-messageformat';
import {
  CASE_ID,
  CASE_STORY,
  DEPARTMENT,
  LI,
  NAMES,
  POST_INDUSTRY,
  POST_TRANSPORT,
  ZHANG,
} from '../cases/case-story.fixtures';
import { CASE_MESSAGE_IDS, type CaseNames, narrateCase, narrateCaseEvent } from './case-narrative';
import { CATALOGUES, LOCALES, render, termWords } from './render';
import { TERM_LISTS, termId } from './terms';

const NAMED: CaseNames = {
  departments: { [DEPARTMENT]: NAMES.department },
  posts: { [POST_INDUSTRY]: NAMES.industry, [POST_TRANSPORT]: NAMES.transport },
  cadres: { [ZHANG]: NAMES.zhang, [LI]: NAMES.li },
};

/** The story's events as the domain types them. */
const STORY = CASE_STORY.map((step) => ({
  event: { type: step.type, data: { ...step.data, caseId: CASE_ID, occurredAt: step.at } },
  actorId: step.actor.id,
})) as { event: CaseEvent; actorId: string }[];

describe('the case narrative', () => {
  it('has a message in every catalogue for every case event type', () => {
    for (const type of CASE_EVENT_TYPES) {
      const id = CASE_MESSAGE_IDS[type];
      expect([type, typeof id]).toEqual([type, 'string']);
      for (const locale of LOCALES)
        expect([locale, id, id in CATALOGUES[locale]]).toEqual([locale, id, true]);
    }
  });

  it('says every code of the domain lists it names in words, in every catalogue', () => {
    for (const locale of LOCALES) {
      for (const [list, codes] of Object.entries(TERM_LISTS)) {
        const missing = codes.filter((code) => !(termId(list, code) in CATALOGUES[locale]));
        expect([locale, list, missing]).toEqual([locale, list, []]);
      }
    }
  });

  it('keeps catalogues of one set of ids, each message valid ICU MessageFormat', () => {
    const ids = Object.keys(CATALOGUES.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(CATALOGUES[locale]).sort()).toEqual(ids);
      for (const text of Object.values(CATALOGUES[locale])) {
        expect(() => new IntlMessageFormat(text, locale)).not.toThrow();
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
    expect(termWords('sanction', 'MAJOR_DEMERIT')).toBe('major demerit');
    expect(termWords('hearingBasis', 'NOTICE_UNANSWERED')).toBe('notice served, left unanswered');
    expect(termWords('sanction', 'sanction-0001')).toBe('sanction-0001');
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

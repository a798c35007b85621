import { fold } from '../shared/decider';
import { spec } from '../testing/decider-spec';
import type { ExtendDeadline, RecordFinding } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import { isOverdue } from './case.overdue';
import {
  ACCIDENT_DUE,
  CASE_ID,
  caseDecided,
  context,
  findingRecorded,
  investigationStarted,
  INVESTIGATOR,
  investigatorAssigned,
  LI,
  NO_CIRCUMSTANCES,
  NOW,
  opened,
  openedPostAccident,
  underInvestigation,
  ZHANG,
} from './case.fixtures';

const at = { caseId: CASE_ID, occurredAt: NOW };
/** The accident happened 14:30 on 1 January, Beijing time: due by the end of 2 March. */
const DUE = ACCIDENT_DUE;
const postAccident = (): CaseEvent[] => [
  ...openedPostAccident(),
  investigatorAssigned(),
  investigationStarted(),
];
const extend = (
  days = 30,
  reason = 'Expert report on the fire pending',
  occurredAt?: string,
): ExtendDeadline => ({
  type: 'ExtendDeadline',
  data: { caseId: CASE_ID, days, reason, ...(occurredAt === undefined ? {} : { occurredAt }) },
});
const extended = (days = 30, dueAt = '2026-04-01T15:59:59.999Z', occurredAt = NOW): CaseEvent => ({
  type: 'DeadlineExtended',
  data: {
    ...at,
    days,
    reason: 'Expert report on the fire pending',
    previousDueAt: DUE,
    dueAt,
    occurredAt,
  },
});
const overdueAt = (events: CaseEvent[], iso: string) =>
  isOverdue(fold(caseDecider, events), new Date(iso));

describe('ExtendDeadline', () => {
  it('extends the investigation deadline once, with a reason, to the end of a local day', () => {
    spec(caseDecider).given(postAccident()).when(extend()).then([extended()]);
  });

  it('extends by as much as 60 days and as little as one', () => {
    spec(caseDecider)
      .given(postAccident())
      .when(extend(60))
      .then([extended(60, '2026-05-01T15:59:59.999Z')]);
    spec(caseDecider)
      .given(postAccident())
      .when(extend(1))
      .then([extended(1, '2026-03-03T15:59:59.999Z')]);
  });

  it('rejects a second extension', () => {
    spec(caseDecider)
      .given([...postAccident(), extended()])
      .when(extend(5))
      .thenRejects('DEADLINE_ALREADY_EXTENDED');
  });

  it.each([61, 0, -5, 1.5])('rejects an extension of %p days', (days) => {
    spec(caseDecider)
      .given(postAccident())
      .when(extend(days))
      .thenRejects('EXTENSION_DAYS_OUT_OF_RANGE');
  });

  it('rejects an extension without a reason', () => {
    spec(caseDecider)
      .given(postAccident())
      .when(extend(30, ' '))
      .thenRejects('EXTENSION_REASON_REQUIRED');
  });

  it('rejects extending a pre-accident case, which has no statutory deadline', () => {
    spec(caseDecider)
      .given(underInvestigation())
      .when(extend())
      .thenRejects('CASE_HAS_NO_DEADLINE');
  });

  it('rejects extending the deadline of a decided case', () => {
    spec(caseDecider)
      .given([...postAccident(), findingRecorded(ZHANG), findingRecorded(LI), caseDecided()])
      .when(extend())
      .thenRejects('CASE_ALREADY_DECIDED');
  });

  it('extends at the last instant before the deadline passes', () => {
    spec(caseDecider, context(DUE))
      .given(postAccident())
      .when(extend())
      .then([extended(30, '2026-04-01T15:59:59.999Z', DUE)]);
  });

  it('rejects an extension once the deadline has passed', () => {
    spec(caseDecider, context('2026-03-02T16:00:00.000Z'))
      .given(postAccident())
      .when(extend())
      .thenRejects('EXTENSION_AFTER_DEADLINE');
  });

  it('judges a late-recorded extension by when it was granted', () => {
    spec(caseDecider, context('2026-03-10T00:00:00.000Z'))
      .given(postAccident())
      .when(extend(30, 'Expert report on the fire pending', '2026-03-01'))
      .then([extended(30, '2026-04-01T15:59:59.999Z', '2026-02-28T16:00:00.000Z')]);
  });

  it('rejects an extension dated before the case was opened', () => {
    spec(caseDecider)
      .given(postAccident())
      .when(extend(30, 'Expert report on the fire pending', '2026-01-15T16:59:59+08:00'))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });
});

describe('isOverdue', () => {
  it('flags a post-accident case as overdue on the 61st local day after the accident', () => {
    expect(overdueAt(postAccident(), '2026-03-03T00:30:00+08:00')).toBe(true);
  });

  it('does not flag a post-accident case until its 60th local day has ended', () => {
    expect(overdueAt(postAccident(), DUE)).toBe(false);
    expect(overdueAt(postAccident(), '2026-03-02T16:00:00.000Z')).toBe(true);
  });

  it('never flags a pre-accident case, which has no statutory deadline', () => {
    expect(overdueAt(opened(), '2030-01-01T00:00:00.000Z')).toBe(false);
  });

  it('flags against the extended deadline once extended', () => {
    expect(overdueAt([...postAccident(), extended()], '2026-03-20T00:00:00.000Z')).toBe(false);
    expect(overdueAt([...postAccident(), extended()], '2026-04-01T15:59:59.999Z')).toBe(false);
    expect(overdueAt([...postAccident(), extended()], '2026-04-01T16:00:00.000Z')).toBe(true);
  });

  it('stops flagging once the decision is issued, even a late one', () => {
    const late = [
      ...postAccident(),
      findingRecorded(ZHANG),
      findingRecorded(LI),
      caseDecided('2026-03-20T00:00:00.000Z'),
    ];
    expect(overdueAt(late, '2026-03-21T00:00:00.000Z')).toBe(false);
  });

  it('does not flag a case that was never opened', () => {
    expect(isOverdue(caseDecider.initialState, new Date(NOW))).toBe(false);
  });

  it('flags an overdue case without blocking work on it', () => {
    const events = postAccident();
    const lateFinding: RecordFinding = {
      type: 'RecordFinding',
      data: {
        caseId: CASE_ID,
        cadreId: ZHANG,
        responsible: false,
        responsibilityKind: null,
        reasoning: 'Not his',
        circumstances: NO_CIRCUMSTANCES,
        recordedBy: INVESTIGATOR,
      },
    };
    const late = '2026-04-15T00:00:00.000Z';
    expect(overdueAt(events, late)).toBe(true);
    const produced = caseDecider.decide(lateFinding, fold(caseDecider, events), context(late));
    expect(produced.map((event) => event.type)).toEqual(['FindingRecorded']);
  });
});

import { fold } from '../shared/decider';
import { spec } from '../testing/decider-spec';
import type { CloseCase, ReopenCase } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import {
  appealFiled,
  bothSanctioned,
  appealUpheld,
  appealWaived,
  CASE_ID,
  caseClosed,
  caseDecided,
  context,
  decided,
  findingRecorded,
  LI,
  NOW,
  plus,
  sanctionDecided,
  statementRecorded,
  underInvestigation,
  WINDOW_CLOSES,
  ZHANG,
} from './case.fixtures';

const at = { caseId: CASE_ID, occurredAt: NOW };
const given = (events: CaseEvent[]) => spec(caseDecider).given(events);
const close = (reason = 'Sanctions carried out', occurredAt?: string): CloseCase => ({
  type: 'CloseCase',
  data: { caseId: CASE_ID, reason, ...(occurredAt === undefined ? {} : { occurredAt }) },
});
const reopen = (reason = 'New evidence', occurredAt?: string): ReopenCase => ({
  type: 'ReopenCase',
  data: { caseId: CASE_ID, reason, ...(occurredAt === undefined ? {} : { occurredAt }) },
});
const closedEvent = (occurredAt = NOW): CaseEvent => ({
  type: 'CaseClosed',
  data: { caseId: CASE_ID, occurredAt, reason: 'Sanctions carried out' },
});
const AFTER_WINDOW = plus(WINDOW_CLOSES, 1);

describe('CloseCase', () => {
  it('closes a decided case once its subject waived the appeal', () => {
    given([...decided(), appealWaived()])
      .when(close())
      .then([closedEvent()]);
  });

  it('closes a case once its appeal is decided', () => {
    given([...decided(), appealFiled(), appealUpheld()])
      .when(close())
      .then([closedEvent()]);
  });

  it('rejects closing a case with a pending appeal', () => {
    given([...decided(), appealFiled()])
      .when(close())
      .thenRejects('APPEAL_PENDING');
  });

  it('rejects closing a case that is not decided', () => {
    given(underInvestigation()).when(close()).thenRejects('CASE_NOT_DECIDED');
  });

  it('rejects closing without a reason', () => {
    given(decided()).when(close(' ')).thenRejects('CLOSE_REASON_REQUIRED');
  });
});

describe('CloseCase: not inside the appeal window', () => {
  it('rejects closing on the day of the decision while the subject may still appeal', () => {
    given(decided())
      .when(close())
      .thenRejects('APPEAL_WINDOW_OPEN', /cadre-zhang/);
  });

  it('rejects closing at the last instant of the window', () => {
    spec(caseDecider, context(WINDOW_CLOSES))
      .given(decided())
      .when(close())
      .thenRejects('APPEAL_WINDOW_OPEN');
  });

  it('closes once the window has closed, with no waiver and no appeal', () => {
    spec(caseDecider, context(AFTER_WINDOW))
      .given(decided())
      .when(close())
      .then([closedEvent(AFTER_WINDOW)]);
  });

  it('rejects closing while one of two sanctioned subjects has neither waived nor appealed', () => {
    given([...bothSanctioned(), appealWaived(ZHANG)])
      .when(close())
      .thenRejects('APPEAL_WINDOW_OPEN', /cadre-li/);
  });

  it('closes once every sanctioned subject has waived or used the appeal', () => {
    given([
      ...bothSanctioned(),
      appealWaived(ZHANG),
      appealFiled(LI, 'appeal-2', 'sanction-2'),
      appealUpheld(LI, 'appeal-2', 'sanction-2'),
    ])
      .when(close())
      .then([closedEvent()]);
  });

  it('closes at once a case in which no subject has a measure', () => {
    given([...underInvestigation(), findingRecorded(ZHANG, false), caseDecided()])
      .when(close())
      .then([closedEvent()]);
  });

  it('closes at once a case whose only sanction is a referral, which is not appealed', () => {
    given([
      ...underInvestigation(),
      statementRecorded(),
      findingRecorded(),
      sanctionDecided(ZHANG, 'REFERRAL_TO_JUDICIAL_ORGANS'),
      caseDecided(),
    ])
      .when(close())
      .then([closedEvent()]);
  });

  it('closes a case whose appeal revoked the only measure', () => {
    const revoked: CaseEvent = {
      type: 'AppealDecided',
      data: {
        ...at,
        appealId: 'appeal-1',
        cadreId: ZHANG,
        sanctionId: 'sanction-1',
        outcome: 'SANCTION_REVOKED',
        changedSanction: null,
        reasoning: 'Not proven',
        decidedBy: 'user-supervisor-liu',
      },
    };
    given([...decided(), appealFiled(), revoked])
      .when(close())
      .then([closedEvent()]);
  });
});

describe('CloseCase: not before what it rests on', () => {
  it('rejects closing dated before the decision', () => {
    given([...decided(), appealWaived()])
      .when(close('Sanctions carried out', '2026-01-15T16:59:59+08:00'))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });

  /** The appeal was decided an hour after the decision; the clock is the next day. */
  const APPEAL_DECIDED_AT = '2026-01-15T10:00:00.000Z';
  const appealDecidedLater = () =>
    spec(caseDecider, context('2026-01-16T00:00:00.000Z')).given([
      ...decided(),
      appealFiled(),
      appealUpheld(ZHANG, 'appeal-1', 'sanction-1', APPEAL_DECIDED_AT),
    ]);

  it('rejects closing dated before an appeal decision', () => {
    appealDecidedLater()
      .when(close('Sanctions carried out', '2026-01-15T09:30:00.000Z'))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });

  it('closes when the caller says, at the instant of the appeal decision', () => {
    appealDecidedLater()
      .when(close('Sanctions carried out', APPEAL_DECIDED_AT))
      .then([closedEvent(APPEAL_DECIDED_AT)]);
  });
});

describe('ReopenCase', () => {
  const closed = () => [...decided(), appealWaived(), caseClosed()];

  it('reopens a closed case with its reason', () => {
    given(closed())
      .when(reopen())
      .then([{ type: 'CaseReopened', data: { ...at, reason: 'New evidence' } }]);
  });

  it('rejects reopening without a reason', () => {
    given(closed()).when(reopen('')).thenRejects('REOPEN_REASON_REQUIRED');
  });

  it('rejects reopening a case that is not closed', () => {
    given(decided()).when(reopen()).thenRejects('CASE_NOT_CLOSED');
  });

  it('rejects a reopening dated before the closing', () => {
    given(closed())
      .when(reopen('New evidence', '2026-01-15T16:59:59+08:00'))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });

  it('keeps what was found and decided before the reopening', () => {
    const before = fold(caseDecider, closed());
    const events = caseDecider.decide(reopen(), before, context(NOW));
    const after = fold(caseDecider, [...closed(), ...events]);
    if (before.status === 'NOT_OPENED' || after.status === 'NOT_OPENED')
      throw new Error('unopened');
    expect(after).toEqual({
      ...before,
      status: 'REOPENED',
      closedAt: null,
      reopenedAt: NOW,
      investigationStartedAt: null,
      reopenCount: 1,
    });
  });
});

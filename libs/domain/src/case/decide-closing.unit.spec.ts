import { fold } from '../shared/decider';
import { spec } from '../testing/decider-spec';
import type { CloseCase, ReopenCase } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import {
  appealFiled,
  CASE_ID,
  caseClosed,
  decided,
  NOW,
  underInvestigation,
} from './case.fixtures';

const at = { caseId: CASE_ID, occurredAt: NOW };
const given = (events: CaseEvent[]) => spec(caseDecider).given(events);
const close = (reason = 'Sanctions carried out'): CloseCase => ({
  type: 'CloseCase',
  data: { caseId: CASE_ID, reason },
});
const reopen = (reason = 'New evidence'): ReopenCase => ({
  type: 'ReopenCase',
  data: { caseId: CASE_ID, reason },
});
const appealUpheld: CaseEvent = {
  type: 'AppealDecided',
  data: {
    ...at,
    appealId: 'appeal-1',
    cadreId: 'cadre-zhang',
    sanctionId: 'sanction-1',
    outcome: 'UPHELD',
    changedSanction: null,
    reasoning: 'Proportionate',
  },
};

describe('CloseCase', () => {
  it('closes a decided case', () => {
    given(decided())
      .when(close())
      .then([{ type: 'CaseClosed', data: { ...at, reason: 'Sanctions carried out' } }]);
  });

  it('closes a case once its appeal is decided', () => {
    given([...decided(), appealFiled(), appealUpheld])
      .when(close())
      .then([{ type: 'CaseClosed', data: { ...at, reason: 'Sanctions carried out' } }]);
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

describe('ReopenCase', () => {
  it('reopens a closed case with its reason', () => {
    given([...decided(), caseClosed()])
      .when(reopen())
      .then([{ type: 'CaseReopened', data: { ...at, reason: 'New evidence' } }]);
  });

  it('rejects reopening without a reason', () => {
    given([...decided(), caseClosed()])
      .when(reopen(''))
      .thenRejects('REOPEN_REASON_REQUIRED');
  });

  it('rejects reopening a case that is not closed', () => {
    given(decided()).when(reopen()).thenRejects('CASE_NOT_CLOSED');
  });

  it('keeps what was found and decided before the reopening', () => {
    const before = fold(caseDecider, [...decided(), caseClosed()]);
    const events = caseDecider.decide(reopen(), before, context(NOW));
    const after = fold(caseDecider, [...decided(), caseClosed(), ...events]);
    if (before.status === 'NOT_OPENED' || after.status === 'NOT_OPENED')
      throw new Error('unopened');
    expect(after).toEqual({ ...before, status: 'REOPENED', closedAt: null, reopenCount: 1 });
  });
});

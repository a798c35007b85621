import type { CaseCommand } from './case.commands';
import { createCaseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import { isOverdue } from './case.overdue';
import type { CaseState, OpenedCase } from './case.state';
import {
  APPEAL_SUPERVISOR,
  CASE_ID,
  caseStory,
  NO_CIRCUMSTANCES,
  HASH,
  INVESTIGATOR,
  LI,
  openPostAccident,
  openPreAccident,
  SUPERVISOR,
  ZHANG,
} from './case.fixtures';
import { DomainError } from '../shared/domain-error';

const c = CASE_ID;
const cmd = {
  assign: (): CaseCommand => ({
    type: 'AssignInvestigator',
    data: { caseId: c, investigatorId: INVESTIGATOR },
  }),
  start: (): CaseCommand => ({ type: 'StartInvestigation', data: { caseId: c } }),
  evidence: (): CaseCommand => ({
    type: 'AttachEvidence',
    data: { caseId: c, evidenceId: 'evidence-1', description: 'Inspection log', contentHash: HASH },
  }),
  statement: (cadreId: string): CaseCommand => ({
    type: 'RecordSubjectStatement',
    data: { caseId: c, cadreId, statement: 'My account of events' },
  }),
  finding: (cadreId: string, responsible: boolean): CaseCommand => ({
    type: 'RecordFinding',
    data: {
      caseId: c,
      cadreId,
      responsible,
      responsibilityKind: responsible ? 'DIRECT' : null,
      reasoning: 'Weighed the evidence and the statement',
      circumstances: NO_CIRCUMSTANCES,
      recordedBy: INVESTIGATOR,
    },
  }),
  notice: (cadreId: string): CaseCommand => ({
    type: 'ServeHearingNotice',
    data: { caseId: c, cadreId },
  }),
  sanction: (cadreId: string, sanction: 'ADMONISHMENT_TALK' | 'SUSPENSION'): CaseCommand => ({
    type: 'DecideSanction',
    data: {
      caseId: c,
      sanctionId: `sanction-${cadreId}`,
      cadreId,
      sanction,
      decidedBy: SUPERVISOR,
    },
  }),
  decide: (): CaseCommand => ({ type: 'DecideCase', data: { caseId: c, decidedBy: SUPERVISOR } }),
  waive: (cadreId: string): CaseCommand => ({ type: 'WaiveAppeal', data: { caseId: c, cadreId } }),
  appeal: (cadreId: string, appealId = 'appeal-1'): CaseCommand => ({
    type: 'FileAppeal',
    data: { caseId: c, appealId, cadreId, grounds: 'Disproportionate' },
  }),
  extend: (days: number): CaseCommand => ({
    type: 'ExtendDeadline',
    data: { caseId: c, days, reason: 'Waiting for the expert fire report' },
  }),
  close: (): CaseCommand => ({
    type: 'CloseCase',
    data: { caseId: c, reason: 'All measures carried out' },
  }),
  reopen: (reason: string): CaseCommand => ({ type: 'ReopenCase', data: { caseId: c, reason } }),
};

const types = (events: readonly CaseEvent[]) => events.map((event) => event.type);
const opened = (state: CaseState): OpenedCase => {
  if (state.status === 'NOT_OPENED') throw new Error('the case was not opened');
  return state;
};
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
};

/** The pre-accident story: hazard inspections not done, the deputy mayor admonished... */
function decidedPreAccidentStory() {
  const story = caseStory();
  story.at('2026-01-05T09:00:00.000Z', openPreAccident());
  story.at('2026-01-06T09:00:00.000Z', cmd.assign());
  story.at('2026-01-07T09:00:00.000Z', cmd.start());
  story.at('2026-01-08T09:00:00.000Z', cmd.evidence());
  story.at('2026-01-10T09:00:00.000Z', cmd.statement(ZHANG));
  story.at('2026-01-20T09:00:00.000Z', cmd.finding(ZHANG, true));
  story.at('2026-01-22T09:00:00.000Z', cmd.sanction(ZHANG, 'ADMONISHMENT_TALK'));
  story.at('2026-01-23T09:00:00.000Z', cmd.decide());
  return story;
}

/** ...then appealed, the appeal upheld, and closed. */
function preAccidentStory() {
  const story = decidedPreAccidentStory();
  story.at('2026-02-01T09:00:00.000Z', cmd.appeal(ZHANG));
  story.at('2026-02-10T09:00:00.000Z', {
    type: 'DecideAppeal',
    data: {
      caseId: c,
      appealId: 'appeal-1',
      outcome: 'UPHELD',
      changedSanction: null,
      reasoning: 'Proportionate',
      decidedBy: APPEAL_SUPERVISOR,
    },
  });
  story.at('2026-02-25T09:00:00.000Z', cmd.close());
  return story;
}

describe('the pre-accident story', () => {
  it('runs from opening to closing with the subject heard, sanctioned and the appeal upheld', () => {
    const story = preAccidentStory();
    expect(types(story.events)).toEqual([
      'CaseOpened',
      'CaseSubjectNamed',
      'FailureCited',
      'InvestigatorAssigned',
      'InvestigationStarted',
      'EvidenceAttached',
      'SubjectStatementRecorded',
      'FindingRecorded',
      'SanctionDecided',
      'CaseDecided',
      'AppealFiled',
      'AppealDecided',
      'CaseClosed',
    ]);
    const state = opened(story.state());
    expect(state).toMatchObject({
      status: 'CLOSED',
      kind: 'PRE_ACCIDENT',
      investigatorId: INVESTIGATOR,
      deadline: null,
      decidedAt: '2026-01-23T09:00:00.000Z',
      appealWindowClosesAt: '2026-02-22T15:59:59.999Z',
      closedAt: '2026-02-25T09:00:00.000Z',
      reopenCount: 0,
    });
    expect(state.findings[ZHANG]).toMatchObject({
      responsible: true,
      hearing: 'STATEMENT',
      recordedBy: INVESTIGATOR,
    });
    expect(state.sanctions.map((s) => s.sanction)).toEqual(['ADMONISHMENT_TALK']);
    expect(state.appeals.map((a) => a.outcome)).toEqual(['UPHELD']);
    expect(isOverdue(state, new Date('2027-01-01T00:00:00.000Z'))).toBe(false);
  });
  it('cannot be closed within the appeal window until the subject waives the appeal', () => {
    const story = decidedPreAccidentStory();
    expect(codeOf(() => story.at('2026-01-24T09:00:00.000Z', cmd.close()))).toBe(
      'APPEAL_WINDOW_OPEN',
    );
    story.at('2026-01-24T10:00:00.000Z', cmd.waive(ZHANG));
    expect(codeOf(() => story.at('2026-01-24T10:30:00.000Z', cmd.appeal(ZHANG)))).toBe(
      'APPEAL_ALREADY_WAIVED',
    );
    story.at('2026-01-24T11:00:00.000Z', cmd.close());
    expect(types(story.events).slice(-2)).toEqual(['AppealWaived', 'CaseClosed']);
  });
});

describe('the post-accident story', () => {
  it('runs a two-subject case past an extended deadline to a sanction changed on appeal', () => {
    const story = caseStory(createCaseDecider({ appealWindowDays: 15 }));
    story.at('2026-01-03T09:00:00.000Z', openPostAccident());
    expect(opened(story.state()).deadline?.dueAt).toBe('2026-03-02T15:59:59.999Z');
    story.at('2026-01-04T09:00:00.000Z', cmd.assign());
    story.at('2026-01-05T09:00:00.000Z', cmd.start());
    story.at('2026-01-06T09:00:00.000Z', cmd.notice(ZHANG));
    // the notice may be answered until the end of 11 January, Beijing time
    expect(codeOf(() => story.at('2026-01-11T09:00:00.000Z', cmd.finding(ZHANG, true)))).toBe(
      'SUBJECT_NOT_HEARD',
    );
    story.at('2026-01-12T09:00:00.000Z', cmd.statement(LI));
    story.at('2026-02-20T09:00:00.000Z', cmd.finding(ZHANG, true));
    story.at('2026-02-21T09:00:00.000Z', cmd.finding(LI, false));
    story.at('2026-02-25T09:00:00.000Z', cmd.extend(30));
    expect(codeOf(() => story.at('2026-02-26T09:00:00.000Z', cmd.extend(5)))).toBe(
      'DEADLINE_ALREADY_EXTENDED',
    );
    expect(isOverdue(story.state(), new Date('2026-03-10T00:00:00.000Z'))).toBe(false);
    story.at('2026-03-20T09:00:00.000Z', cmd.sanction(ZHANG, 'SUSPENSION'));
    story.at('2026-03-25T09:00:00.000Z', cmd.decide());
    expect(codeOf(() => story.at('2026-03-26T09:00:00.000Z', cmd.appeal(LI)))).toBe(
      'APPELLANT_NOT_SANCTIONED',
    );
    story.at('2026-04-09T09:00:00.000Z', cmd.appeal(ZHANG));
    story.at('2026-04-20T09:00:00.000Z', {
      type: 'DecideAppeal',
      data: {
        caseId: c,
        appealId: 'appeal-1',
        outcome: 'SANCTION_CHANGED',
        changedSanction: 'ADMONISHMENT_TALK',
        reasoning: 'First failure in a long record',
        decidedBy: APPEAL_SUPERVISOR,
      },
    });
    story.at('2026-04-21T09:00:00.000Z', cmd.close());

    const state = opened(story.state());
    expect(state.status).toBe('CLOSED');
    expect(state.grounds.accident).toMatchObject({ accidentId: 'accident-1', grade: 'LARGER' });
    expect(state.deadline).toEqual({
      dueAt: '2026-04-01T15:59:59.999Z',
      originalDueAt: '2026-03-02T15:59:59.999Z',
      extended: true,
      extension: { days: 30, reason: 'Waiting for the expert fire report' },
      stoppedAt: '2026-03-25T09:00:00.000Z',
    });
    expect(state.findings[ZHANG]?.hearing).toBe('NOTICE_UNANSWERED');
    expect(state.findings[LI]?.hearing).toBe('STATEMENT');
    expect(state.sanctions.map((s) => [s.cadreId, s.sanction])).toEqual([
      [ZHANG, 'ADMONISHMENT_TALK'],
    ]);
    expect(state.appealWindowClosesAt).toBe('2026-04-09T15:59:59.999Z');
  });
});

describe('reopening a closed case', () => {
  it('investigates again on top of the history, which stays as it was', () => {
    const story = preAccidentStory();
    const history = [...story.events];
    expect(codeOf(() => story.at('2026-06-01T09:00:00.000Z', cmd.reopen('  ')))).toBe(
      'REOPEN_REASON_REQUIRED',
    );
    story.at(
      '2026-06-01T09:00:00.000Z',
      cmd.reopen('Provincial inspection found the plan was forged'),
    );
    story.at('2026-06-02T09:00:00.000Z', cmd.start());
    story.at('2026-06-20T09:00:00.000Z', cmd.finding(ZHANG, false));
    story.at('2026-06-21T09:00:00.000Z', cmd.decide());
    expect(codeOf(() => story.at('2026-06-22T09:00:00.000Z', cmd.appeal(ZHANG, 'appeal-2')))).toBe(
      'APPELLANT_NOT_SANCTIONED',
    );
    story.at('2026-07-25T09:00:00.000Z', cmd.close());

    expect(story.events.slice(0, history.length)).toEqual(history);
    expect(types(story.events.slice(history.length))).toEqual([
      'CaseReopened',
      'InvestigationStarted',
      'FindingRecorded',
      'SanctionWithdrawn',
      'CaseDecided',
      'CaseClosed',
    ]);
    const state = opened(story.state());
    expect(state).toMatchObject({
      status: 'CLOSED',
      reopenCount: 1,
      decidedAt: '2026-06-21T09:00:00.000Z',
      closedAt: '2026-07-25T09:00:00.000Z',
      sanctions: [],
    });
    expect(state.findings[ZHANG]).toMatchObject({
      responsible: false,
      round: 1,
      hearing: 'NOT_HEARD',
    });
    expect(state.endedSanctions.map((s) => [s.sanction, s.endedBecause])).toEqual([
      ['ADMONISHMENT_TALK', 'WITHDRAWN_FINDING_SUPERSEDED'],
    ]);
    expect(state.appeals).toHaveLength(1);
  });
});

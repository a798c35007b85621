import { spec } from '../testing/decider-spec';
import type { AppealDecidedV1Data, CaseDecidedV1Data } from './case-decided.v1';
import { upcastAppealDecidedV1, upcastCaseDecidedV1 } from './case-decided.v1';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import {
  APPEAL_SUPERVISOR,
  appealFiled,
  appealUpheld,
  CASE_ID,
  caseClosed,
  caseDecided,
  caseReopened,
  findingRecorded,
  NOW,
  openedState,
  sanctionDecided,
  statementRecorded,
  SUPERVISOR,
  underInvestigation,
  WINDOW_CLOSES,
  ZHANG,
} from './case.fixtures';
import { CASE_EVENT_SCHEMA_VERSIONS } from './case.schema';

const DIRECTOR = 'user-director-he';
const found = (): CaseEvent[] => [
  ...underInvestigation(),
  statementRecorded(),
  findingRecorded(),
  sanctionDecided(),
];

describe('CaseDecided v1 -> v2', () => {
  const v1: CaseDecidedV1Data = {
    caseId: CASE_ID,
    appealWindowClosesAt: WINDOW_CLOSES,
    occurredAt: NOW,
  };
  const upcast = (actorId: string | null): CaseEvent => ({
    type: 'CaseDecided',
    data: upcastCaseDecidedV1(v1, actorId),
  });

  it('is at schema version 2', () => {
    expect(CASE_EVENT_SCHEMA_VERSIONS.CaseDecided).toBe(2);
  });

  it('keeps every v1 field and names the actor who issued the decision as its decider', () => {
    expect(upcastCaseDecidedV1(v1, DIRECTOR)).toEqual({ ...v1, decidedBy: DIRECTOR });
  });

  it('gives a v1 decision the shape of a v2 decision', () => {
    expect(upcast(SUPERVISOR)).toEqual(caseDecided());
  });

  it('keeps the decider of a v1 decision from deciding its appeals', () => {
    spec(caseDecider)
      .given([...found(), upcast(DIRECTOR), appealFiled()])
      .when({
        type: 'DecideAppeal',
        data: {
          caseId: CASE_ID,
          appealId: 'appeal-1',
          outcome: 'UPHELD',
          changedSanction: null,
          reasoning: 'Proportionate',
          decidedBy: DIRECTOR,
        },
      })
      .thenRejects('APPEAL_DECIDED_BY_PARTICIPANT');
  });

  it('counts no one as decider of a v1 decision without an actor', () => {
    expect(openedState([...found(), upcast(null)]).participants.caseDeciders).toEqual([]);
  });
});

describe('AppealDecided v1 -> v2', () => {
  const v1: AppealDecidedV1Data = {
    caseId: CASE_ID,
    appealId: 'appeal-1',
    cadreId: ZHANG,
    sanctionId: 'sanction-1',
    outcome: 'UPHELD',
    changedSanction: null,
    reasoning: 'Proportionate',
    occurredAt: NOW,
  };
  const upcast = (actorId: string | null): CaseEvent => ({
    type: 'AppealDecided',
    data: upcastAppealDecidedV1(v1, actorId),
  });

  it('is at schema version 2', () => {
    expect(CASE_EVENT_SCHEMA_VERSIONS.AppealDecided).toBe(2);
  });

  it('keeps every v1 field and names the actor who decided the appeal as its decider', () => {
    expect(upcastAppealDecidedV1(v1, APPEAL_SUPERVISOR)).toEqual({
      ...v1,
      decidedBy: APPEAL_SUPERVISOR,
    });
  });

  it('gives a v1 appeal decision the shape of a v2 one', () => {
    expect(upcast(APPEAL_SUPERVISOR)).toEqual(appealUpheld());
  });

  it('keeps the decider of a v1 appeal decision from investigating the reopened case', () => {
    spec(caseDecider)
      .given([
        ...found(),
        caseDecided(),
        appealFiled(),
        upcast(APPEAL_SUPERVISOR),
        caseClosed(),
        caseReopened(),
      ])
      .when({
        type: 'AssignInvestigator',
        data: { caseId: CASE_ID, investigatorId: APPEAL_SUPERVISOR },
      })
      .thenRejects('SANCTIONING_SUPERVISOR_CANNOT_INVESTIGATE');
  });

  it('counts no one as decider of a v1 appeal decision without an actor', () => {
    expect(
      openedState([...found(), caseDecided(), appealFiled(), upcast(null)]).participants
        .appealDeciders,
    ).toEqual([]);
  });
});

import { fold } from '../shared/decider';
import { spec } from '../testing/decider-spec';
import type { DecideAppeal, FileAppeal } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import type { OpenedCase } from './case.state';
import {
  appealFiled,
  CASE_ID,
  caseDecided,
  context,
  decided,
  findingRecorded,
  investigationStarted,
  investigatorAssigned,
  LI,
  NOW,
  openedPostAccident,
  sanctionDecided,
  underInvestigation,
  ZHANG,
} from './case.fixtures';

const at = { caseId: CASE_ID, occurredAt: NOW };
const given = (events = decided()) => spec(caseDecider).given(events);
const WINDOW_CLOSES = '2026-02-14T09:00:00.000Z';

const file = (data: Partial<FileAppeal['data']> = {}): FileAppeal => ({
  type: 'FileAppeal',
  data: { caseId: CASE_ID, appealId: 'appeal-1', cadreId: ZHANG, grounds: 'Too harsh', ...data },
});
const rule = (data: Partial<DecideAppeal['data']> = {}): DecideAppeal => ({
  type: 'DecideAppeal',
  data: {
    caseId: CASE_ID,
    appealId: 'appeal-1',
    outcome: 'UPHELD',
    changedSanction: null,
    reasoning: 'The failure was serious',
    ...data,
  },
});
const appealDecided = (
  data: Partial<Extract<CaseEvent, { type: 'AppealDecided' }>['data']> = {},
): CaseEvent => ({
  type: 'AppealDecided',
  data: {
    ...at,
    appealId: 'appeal-1',
    cadreId: ZHANG,
    sanctionId: 'sanction-1',
    outcome: 'UPHELD',
    changedSanction: null,
    reasoning: 'The failure was serious',
    ...data,
  },
});

/** Zhang (circulated criticism) and Li (suspension) both sanctioned in a post-accident case. */
const bothSanctioned = (): CaseEvent[] => [
  ...openedPostAccident(),
  investigatorAssigned(),
  investigationStarted(),
  findingRecorded(ZHANG),
  findingRecorded(LI),
  sanctionDecided(ZHANG, 'CIRCULATED_CRITICISM', 'sanction-1'),
  sanctionDecided(LI, 'SUSPENSION', 'sanction-2'),
  caseDecided(),
];
const liAppealed: CaseEvent = {
  type: 'AppealFiled',
  data: { ...at, appealId: 'appeal-2', cadreId: LI, sanctionId: 'sanction-2', grounds: 'Not mine' },
};
const stateOf = (events: CaseEvent[]): OpenedCase => {
  const state = fold(caseDecider, events);
  if (state.status === 'NOT_OPENED') throw new Error('case not opened');
  return state;
};

describe('FileAppeal', () => {
  it("files a sanctioned subject's appeal against the sanction", () => {
    given()
      .when(file())
      .then([
        {
          type: 'AppealFiled',
          data: {
            ...at,
            appealId: 'appeal-1',
            cadreId: ZHANG,
            sanctionId: 'sanction-1',
            grounds: 'Too harsh',
          },
        },
      ]);
  });

  it('accepts an appeal at the last instant of the appeal window', () => {
    const produced = caseDecider.decide(
      file(),
      fold(caseDecider, decided()),
      context(WINDOW_CLOSES),
    );
    expect(produced.map((event) => event.type)).toEqual(['AppealFiled']);
  });

  it('rejects an appeal after the appeal window has closed', () => {
    spec(caseDecider, context('2026-02-14T09:00:00.001Z'))
      .given(decided())
      .when(file())
      .thenRejects('APPEAL_WINDOW_CLOSED');
  });

  it('rejects an appeal before the case is decided', () => {
    given([...underInvestigation(), findingRecorded(), sanctionDecided()])
      .when(file())
      .thenRejects('CASE_NOT_DECIDED');
  });

  it('rejects an appeal by a subject who was not sanctioned', () => {
    given([
      ...openedPostAccident(),
      investigatorAssigned(),
      investigationStarted(),
      findingRecorded(ZHANG),
      findingRecorded(LI, false),
      sanctionDecided(ZHANG),
      caseDecided(),
    ])
      .when(file({ cadreId: LI }))
      .thenRejects('APPELLANT_NOT_SANCTIONED');
  });

  it('rejects an appeal by a cadre who is not a subject', () => {
    given()
      .when(file({ cadreId: LI }))
      .thenRejects('CADRE_NOT_A_SUBJECT');
  });

  it('rejects a second pending appeal by the same subject', () => {
    given([...decided(), appealFiled()])
      .when(file({ appealId: 'appeal-2' }))
      .thenRejects('APPEAL_ALREADY_PENDING');
  });

  it("accepts another subject's appeal while one is pending", () => {
    given([...bothSanctioned(), appealFiled()])
      .when(file({ appealId: 'appeal-2', cadreId: LI, grounds: 'Not mine' }))
      .then([liAppealed]);
  });

  it('rejects an appeal id used before in the case', () => {
    given([...decided(), appealFiled(), appealDecided()])
      .when(file())
      .thenRejects('APPEAL_ID_ALREADY_USED');
  });

  it('rejects an appeal without grounds', () => {
    given()
      .when(file({ grounds: '' }))
      .thenRejects('APPEAL_GROUNDS_REQUIRED');
  });
});

describe('DecideAppeal', () => {
  const pending = () => [...decided(), appealFiled()];

  it('upholds the sanction and returns the case to DECIDED', () => {
    given(pending()).when(rule()).then([appealDecided()]);
    const state = stateOf([...pending(), appealDecided()]);
    expect(state.status).toBe('DECIDED');
    expect(state.sanctions.map((s) => s.sanction)).toEqual(['CIRCULATED_CRITICISM']);
  });

  it('revokes the sanction, which no longer stands', () => {
    const revoked = appealDecided({ outcome: 'SANCTION_REVOKED' });
    given(pending())
      .when(rule({ outcome: 'SANCTION_REVOKED' }))
      .then([revoked]);
    const state = stateOf([...pending(), revoked]);
    expect(state.sanctions).toEqual([]);
    expect(state.endedSanctions.map((s) => [s.sanctionId, s.endedBecause])).toEqual([
      ['sanction-1', 'REVOKED_ON_APPEAL'],
    ]);
  });

  it('changes the sanction to the one decided on appeal', () => {
    const changed = appealDecided({
      outcome: 'SANCTION_CHANGED',
      changedSanction: 'ADMONISHMENT_TALK',
    });
    given(pending())
      .when(rule({ outcome: 'SANCTION_CHANGED', changedSanction: 'ADMONISHMENT_TALK' }))
      .then([changed]);
    const state = stateOf([...pending(), changed]);
    expect(state.sanctions.map((s) => [s.sanctionId, s.sanction, s.changedByAppealId])).toEqual([
      ['sanction-1', 'ADMONISHMENT_TALK', 'appeal-1'],
    ]);
  });

  it('keeps the case APPEALED while another appeal is pending', () => {
    const state = stateOf([...bothSanctioned(), appealFiled(), liAppealed, appealDecided()]);
    expect(state.status).toBe('APPEALED');
  });

  it('answers an unknown appeal with APPEAL_NOT_FOUND', () => {
    given(pending())
      .when(rule({ appealId: 'appeal-9' }))
      .thenRejects('APPEAL_NOT_FOUND');
  });

  it('rejects deciding an appeal twice', () => {
    given([...pending(), appealDecided()])
      .when(rule())
      .thenRejects('APPEAL_ALREADY_DECIDED');
  });

  it('rejects a changed sanction outcome without the new sanction', () => {
    given(pending())
      .when(rule({ outcome: 'SANCTION_CHANGED' }))
      .thenRejects('CHANGED_SANCTION_REQUIRED');
  });

  it('rejects a new sanction on an appeal that does not change it', () => {
    given(pending())
      .when(rule({ outcome: 'UPHELD', changedSanction: 'DEMOTION' }))
      .thenRejects('CHANGED_SANCTION_NOT_APPLICABLE');
  });

  it('rejects changing a sanction to the sanction appealed', () => {
    given(pending())
      .when(rule({ outcome: 'SANCTION_CHANGED', changedSanction: 'CIRCULATED_CRITICISM' }))
      .thenRejects('CHANGED_SANCTION_SAME_AS_APPEALED');
  });

  it('rejects a decision on appeal without reasoning', () => {
    given(pending())
      .when(rule({ reasoning: '' }))
      .thenRejects('APPEAL_REASONING_REQUIRED');
  });
});

import { spec } from '../testing/decider-spec';
import type { DecideAppeal, FileAppeal, WaiveAppeal } from './case.commands';
import { caseDecider } from './case.decider';
import type { AppealDecided, CaseEvent } from './case.events';
import {
  APPEAL_SUPERVISOR,
  appealFiled,
  appealUpheld,
  appealWaived,
  bothSanctioned,
  CASE_ID,
  caseClosed,
  caseDecided,
  caseReopened,
  context,
  decided,
  findingRecorded,
  INVESTIGATOR,
  investigationStarted,
  investigatorAssigned,
  LI,
  NOW,
  openedPostAccident,
  openedState,
  plus,
  sanctionDecided,
  statementRecorded,
  SUPERVISOR,
  underInvestigation,
  WINDOW_CLOSES,
  ZHANG,
} from './case.fixtures';
import type { Sanction } from './case.vocabulary';

const at = { caseId: CASE_ID, occurredAt: NOW };
const given = (events = decided()) => spec(caseDecider).given(events);
const AFTER_WINDOW = plus(WINDOW_CLOSES, 1);
/** 16:59:59 on 15 January Beijing time: one second before the decision at NOW. */
const BEFORE_DECISION = '2026-01-15T16:59:59+08:00';

const file = (data: Partial<FileAppeal['data']> = {}): FileAppeal => ({
  type: 'FileAppeal',
  data: { caseId: CASE_ID, appealId: 'appeal-1', cadreId: ZHANG, grounds: 'Too harsh', ...data },
});
const filed = (data: Partial<Extract<CaseEvent, { type: 'AppealFiled' }>['data']> = {}) => ({
  type: 'AppealFiled' as const,
  data: {
    ...at,
    appealId: 'appeal-1',
    cadreId: ZHANG,
    sanctionId: 'sanction-1',
    grounds: 'Too harsh',
    ...data,
  },
});
const waive = (data: Partial<WaiveAppeal['data']> = {}): WaiveAppeal => ({
  type: 'WaiveAppeal',
  data: { caseId: CASE_ID, cadreId: ZHANG, ...data },
});
const rule = (data: Partial<DecideAppeal['data']> = {}): DecideAppeal => ({
  type: 'DecideAppeal',
  data: {
    caseId: CASE_ID,
    appealId: 'appeal-1',
    outcome: 'UPHELD',
    changedSanction: null,
    reasoning: 'The failure was serious',
    decidedBy: APPEAL_SUPERVISOR,
    ...data,
  },
});
const appealDecided = (data: Partial<AppealDecided['data']> = {}): CaseEvent => ({
  type: 'AppealDecided',
  data: {
    ...at,
    appealId: 'appeal-1',
    cadreId: ZHANG,
    sanctionId: 'sanction-1',
    outcome: 'UPHELD',
    changedSanction: null,
    reasoning: 'The failure was serious',
    decidedBy: APPEAL_SUPERVISOR,
    ...data,
  },
});

/** Zhang heard, found responsible and given `measure`; the decision issued now. */
const decidedWith = (measure: Sanction): CaseEvent[] => [
  ...underInvestigation(),
  statementRecorded(),
  findingRecorded(),
  sanctionDecided(ZHANG, measure),
  caseDecided(),
];
/** Zhang sanctioned; Li found responsible but only referred to the discipline inspection. */
const liOnlyReferred = (): CaseEvent[] => [
  ...openedPostAccident(),
  investigatorAssigned(),
  investigationStarted(),
  statementRecorded(ZHANG),
  statementRecorded(LI),
  findingRecorded(ZHANG),
  findingRecorded(LI),
  sanctionDecided(ZHANG, 'CIRCULATED_CRITICISM', 'sanction-1'),
  sanctionDecided(LI, 'REFERRAL_TO_DISCIPLINE_INSPECTION', 'sanction-2'),
  caseDecided(),
];
const liAppealed = filed({
  appealId: 'appeal-2',
  cadreId: LI,
  sanctionId: 'sanction-2',
  grounds: 'Not mine',
});

describe('FileAppeal', () => {
  it("files a sanctioned subject's appeal against the measure", () => {
    given().when(file()).then([filed()]);
  });

  it('accepts an appeal at the last instant of the appeal window', () => {
    spec(caseDecider, context(WINDOW_CLOSES))
      .given(decided())
      .when(file())
      .then([filed({ occurredAt: WINDOW_CLOSES })]);
  });

  it('rejects an appeal after the appeal window has closed', () => {
    spec(caseDecider, context(AFTER_WINDOW))
      .given(decided())
      .when(file())
      .thenRejects('APPEAL_WINDOW_CLOSED');
  });

  it('accepts an appeal recorded late that was filed on the last day of the window', () => {
    spec(caseDecider, context('2026-03-01T09:00:00.000Z'))
      .given(decided())
      .when(file({ occurredAt: '2026-02-14T18:00:00+08:00' }))
      .then([filed({ occurredAt: '2026-02-14T10:00:00.000Z' })]);
  });

  it('rejects an appeal filed the day after the window closed, whenever recorded', () => {
    spec(caseDecider, context('2026-03-01T09:00:00.000Z'))
      .given(decided())
      .when(file({ occurredAt: '2026-02-15' }))
      .thenRejects('APPEAL_WINDOW_CLOSED');
  });

  it('rejects an appeal dated before the decision', () => {
    given()
      .when(file({ occurredAt: BEFORE_DECISION }))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });

  it('rejects an appeal before the case is decided', () => {
    given([...underInvestigation(), statementRecorded(), findingRecorded(), sanctionDecided()])
      .when(file())
      .thenRejects('CASE_NOT_DECIDED');
  });

  it('rejects an appeal by a subject who was not sanctioned', () => {
    given([
      ...openedPostAccident(),
      investigatorAssigned(),
      investigationStarted(),
      statementRecorded(ZHANG),
      findingRecorded(ZHANG),
      findingRecorded(LI, false),
      sanctionDecided(ZHANG),
      caseDecided(),
    ])
      .when(file({ cadreId: LI }))
      .thenRejects('APPELLANT_NOT_SANCTIONED');
  });

  it('rejects an appeal by a subject who was only referred: only a measure is appealed', () => {
    given(liOnlyReferred())
      .when(file({ appealId: 'appeal-2', cadreId: LI }))
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

  it('rejects a second appeal of the same decision once the first was decided', () => {
    given([...decided(), appealFiled(), appealUpheld()])
      .when(file({ appealId: 'appeal-2' }))
      .thenRejects('APPEAL_ALREADY_FILED');
  });

  it('accepts an appeal of the decision of a reopened round', () => {
    given([
      ...decided(),
      appealFiled(),
      appealUpheld(),
      caseClosed(),
      caseReopened(),
      investigationStarted(),
      statementRecorded(),
      findingRecorded(),
      {
        type: 'SanctionWithdrawn',
        data: { ...at, sanctionId: 'sanction-1', cadreId: ZHANG, reason: 'FINDING_SUPERSEDED' },
      },
      sanctionDecided(ZHANG, 'ADMONISHMENT_TALK', 'sanction-2'),
      caseDecided(),
    ])
      .when(file({ appealId: 'appeal-2' }))
      .then([filed({ appealId: 'appeal-2', sanctionId: 'sanction-2' })]);
  });

  it('rejects an appeal by a subject who waived it', () => {
    given([...decided(), appealWaived()])
      .when(file())
      .thenRejects('APPEAL_ALREADY_WAIVED');
  });

  it("accepts another subject's appeal while one is pending", () => {
    given([...bothSanctioned(), appealFiled()])
      .when(file({ appealId: 'appeal-2', cadreId: LI, grounds: 'Not mine' }))
      .then([liAppealed]);
  });

  it('rejects an appeal id used before in the case', () => {
    given([...bothSanctioned(), appealFiled()])
      .when(file({ cadreId: LI, grounds: 'Not mine' }))
      .thenRejects('APPEAL_ID_ALREADY_USED');
  });

  it('rejects an appeal without grounds', () => {
    given()
      .when(file({ grounds: '' }))
      .thenRejects('APPEAL_GROUNDS_REQUIRED');
  });
});

describe('WaiveAppeal', () => {
  const waived = (occurredAt = NOW): CaseEvent => ({
    type: 'AppealWaived',
    data: { caseId: CASE_ID, occurredAt, cadreId: ZHANG, sanctionId: 'sanction-1' },
  });

  it('records that a subject with a measure gave up the appeal', () => {
    given().when(waive()).then([waived()]);
  });

  it('accepts a waiver at the last instant of the appeal window', () => {
    spec(caseDecider, context(WINDOW_CLOSES))
      .given(decided())
      .when(waive())
      .then([waived(WINDOW_CLOSES)]);
  });

  it('rejects a waiver once the appeal window has closed', () => {
    spec(caseDecider, context(AFTER_WINDOW))
      .given(decided())
      .when(waive())
      .thenRejects('APPEAL_WINDOW_CLOSED');
  });

  it('rejects waiving twice', () => {
    given([...decided(), appealWaived()])
      .when(waive())
      .thenRejects('APPEAL_ALREADY_WAIVED');
  });

  it('rejects waiving an appeal already filed', () => {
    given([...decided(), appealFiled()])
      .when(waive())
      .thenRejects('APPEAL_ALREADY_FILED');
  });

  it('rejects a waiver by a subject without a measure', () => {
    given(liOnlyReferred())
      .when(waive({ cadreId: LI }))
      .thenRejects('APPELLANT_NOT_SANCTIONED');
  });

  it('rejects a waiver before the case is decided', () => {
    given([...underInvestigation(), statementRecorded(), findingRecorded(), sanctionDecided()])
      .when(waive())
      .thenRejects('CASE_NOT_DECIDED');
  });

  it('rejects a waiver dated before the decision', () => {
    given()
      .when(waive({ occurredAt: BEFORE_DECISION }))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });
});

describe('DecideAppeal', () => {
  const pending = () => [...decided(), appealFiled()];

  it('upholds the measure, naming who decided, and returns the case to DECIDED', () => {
    given(pending()).when(rule()).then([appealDecided()]);
    const state = openedState([...pending(), appealDecided()]);
    expect(state.status).toBe('DECIDED');
    expect(state.sanctions.map((s) => s.sanction)).toEqual(['CIRCULATED_CRITICISM']);
  });

  it('revokes the measure, which no longer stands', () => {
    const revoked = appealDecided({ outcome: 'SANCTION_REVOKED' });
    given(pending())
      .when(rule({ outcome: 'SANCTION_REVOKED' }))
      .then([revoked]);
    const state = openedState([...pending(), revoked]);
    expect(state.sanctions).toEqual([]);
    expect(state.endedSanctions.map((s) => [s.sanctionId, s.endedBecause])).toEqual([
      ['sanction-1', 'REVOKED_ON_APPEAL'],
    ]);
  });

  it('changes the measure to a lighter one decided on appeal', () => {
    const changed = appealDecided({
      outcome: 'SANCTION_CHANGED',
      changedSanction: 'ADMONISHMENT_TALK',
    });
    given(pending())
      .when(rule({ outcome: 'SANCTION_CHANGED', changedSanction: 'ADMONISHMENT_TALK' }))
      .then([changed]);
    const state = openedState([...pending(), changed]);
    expect(state.sanctions.map((s) => [s.sanctionId, s.sanction, s.changedByAppealId])).toEqual([
      ['sanction-1', 'ADMONISHMENT_TALK', 'appeal-1'],
    ]);
  });

  it('keeps the case APPEALED while another appeal is pending', () => {
    const state = openedState([...bothSanctioned(), appealFiled(), liAppealed, appealDecided()]);
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

  it('rejects an appeal decision dated before the appeal', () => {
    given(pending())
      .when(rule({ occurredAt: BEFORE_DECISION }))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });
});

describe('DecideAppeal: never heavier', () => {
  it('rejects replacing an admonishment talk with removal from office', () => {
    given([...decidedWith('ADMONISHMENT_TALK'), appealFiled()])
      .when(rule({ outcome: 'SANCTION_CHANGED', changedSanction: 'REMOVAL_FROM_OFFICE' }))
      .thenRejects('CHANGED_SANCTION_NOT_LIGHTER');
  });

  it('rejects replacing a measure with a referral', () => {
    given([...decidedWith('DEMOTION'), appealFiled()])
      .when(rule({ outcome: 'SANCTION_CHANGED', changedSanction: 'REFERRAL_TO_JUDICIAL_ORGANS' }))
      .thenRejects('CHANGED_SANCTION_NOT_LIGHTER');
  });

  it('rejects replacing an accountability measure with a formal sanction, always heavier', () => {
    given([...decidedWith('DEMOTION'), appealFiled()])
      .when(rule({ outcome: 'SANCTION_CHANGED', changedSanction: 'WARNING' }))
      .thenRejects('CHANGED_SANCTION_NOT_LIGHTER');
  });

  it('replaces a formal sanction with an accountability measure, always lighter', () => {
    const lighter = { outcome: 'SANCTION_CHANGED', changedSanction: 'DEMOTION' } as const;
    given([...decidedWith('WARNING'), appealFiled()])
      .when(rule(lighter))
      .then([appealDecided(lighter)]);
  });
});

describe('DecideAppeal: by a supervisor who took no earlier part', () => {
  const pending = () => [...decided(), appealFiled()];

  it.each([
    ['the investigator', INVESTIGATOR],
    ['the supervisor who decided the sanction and the case', SUPERVISOR],
  ])('rejects a decision by %s', (_who, decidedBy) => {
    given(pending()).when(rule({ decidedBy })).thenRejects('APPEAL_DECIDED_BY_PARTICIPANT');
  });

  it('rejects a decision by an investigator the case was taken from', () => {
    given([
      ...underInvestigation(),
      investigatorAssigned('user-inspector-zhou', INVESTIGATOR),
      statementRecorded(),
      findingRecorded(ZHANG, true, { recordedBy: 'user-inspector-zhou' }),
      sanctionDecided(),
      caseDecided(),
      appealFiled(),
    ])
      .when(rule({ decidedBy: INVESTIGATOR }))
      .thenRejects('APPEAL_DECIDED_BY_PARTICIPANT');
  });

  it('rejects a decision by whoever recorded a finding', () => {
    // a finding stored before the rule, recorded by someone other than the investigator
    given([
      ...underInvestigation(),
      statementRecorded(),
      findingRecorded(ZHANG, true, { recordedBy: 'user-clerk-sun' }),
      sanctionDecided(),
      caseDecided(),
      appealFiled(),
    ])
      .when(rule({ decidedBy: 'user-clerk-sun' }))
      .thenRejects('APPEAL_DECIDED_BY_PARTICIPANT');
  });

  it('rejects a decision by the supervisor who issued the case decision', () => {
    given([
      ...underInvestigation(),
      statementRecorded(),
      findingRecorded(),
      sanctionDecided(),
      caseDecided(NOW, WINDOW_CLOSES, 'user-director-he'),
      appealFiled(),
    ])
      .when(rule({ decidedBy: 'user-director-he' }))
      .thenRejects('APPEAL_DECIDED_BY_PARTICIPANT');
  });
});

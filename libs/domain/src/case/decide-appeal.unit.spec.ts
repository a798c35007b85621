import { spec } from '../testing/decider-spec';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import {
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
  investigationStarted,
  investigatorAssigned,
  LI,
  NOW,
  openedPostAccident,
  sanctionDecided,
  statementRecorded,
  underInvestigation,
  WINDOW_CLOSES,
  ZHANG,
} from './case.fixtures';
import {
  at,
  given,
  AFTER_WINDOW,
  BEFORE_DECISION,
  file,
  filed,
  waive,
  liOnlyReferred,
  liAppealed,
} from './appeal.fixtures';

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

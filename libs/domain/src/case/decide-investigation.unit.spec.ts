import {
  APPEAL_SUPERVISOR,
  appealFiled,
  appealUpheld,
  appealWaived,
  CASE_ID,
  caseClosed,
  caseDecided,
  caseReopened,
  decided,
  findingRecorded,
  INVESTIGATOR,
  investigatorAssigned,
  NOW,
  opened,
  SUPERVISOR,
  underInvestigation,
  ZHANG,
} from './case.fixtures';
import { at, given, WEEK_AGO, BEFORE_WEEK_AGO, assign, start } from './investigation.fixtures';

describe('AssignInvestigator', () => {
  it('assigns an investigator to an opened case', () => {
    given(opened())
      .when(assign())
      .then([
        {
          type: 'InvestigatorAssigned',
          data: { ...at, investigatorId: INVESTIGATOR, previousInvestigatorId: null },
        },
      ]);
  });

  it('reassigns the investigation, naming the previous investigator', () => {
    given()
      .when(assign('user-inspector-zhou'))
      .then([
        {
          type: 'InvestigatorAssigned',
          data: {
            ...at,
            investigatorId: 'user-inspector-zhou',
            previousInvestigatorId: INVESTIGATOR,
          },
        },
      ]);
  });

  it('rejects assigning the investigator who already investigates', () => {
    given().when(assign()).thenRejects('INVESTIGATOR_ALREADY_ASSIGNED');
  });

  it('rejects assigning an investigator once the case is decided', () => {
    given(decided()).when(assign('user-inspector-zhou')).thenRejects('CASE_ALREADY_DECIDED');
  });

  it('rejects as investigator the supervisor who decided a sanction in the case', () => {
    given([...decided(), appealWaived(), caseClosed(), caseReopened()])
      .when(assign(SUPERVISOR))
      .thenRejects('SANCTIONING_SUPERVISOR_CANNOT_INVESTIGATE');
  });

  it('rejects as investigator the supervisor who decided the case', () => {
    given([
      ...underInvestigation(),
      findingRecorded(ZHANG, false),
      caseDecided(NOW, undefined, 'user-director-he'),
      caseClosed(),
      caseReopened(),
    ])
      .when(assign('user-director-he'))
      .thenRejects('SANCTIONING_SUPERVISOR_CANNOT_INVESTIGATE');
  });

  it('rejects as investigator the supervisor who decided an appeal in the case', () => {
    given([...decided(), appealFiled(), appealUpheld(), caseClosed(), caseReopened()])
      .when(assign(APPEAL_SUPERVISOR))
      .thenRejects('SANCTIONING_SUPERVISOR_CANNOT_INVESTIGATE');
  });

  it('assigns a new investigator to a reopened case who decided nothing in it', () => {
    given([...decided(), appealWaived(), caseClosed(), caseReopened()])
      .when(assign('user-inspector-zhou'))
      .then([
        {
          type: 'InvestigatorAssigned',
          data: {
            ...at,
            investigatorId: 'user-inspector-zhou',
            previousInvestigatorId: INVESTIGATOR,
          },
        },
      ]);
  });

  it('rejects an assignment dated before the case was opened', () => {
    given(opened(WEEK_AGO))
      .when(assign(INVESTIGATOR, BEFORE_WEEK_AGO))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });

  it('rejects an assignment dated before the reopening of the case', () => {
    given([...decided(), appealWaived(), caseClosed(), caseReopened()])
      .when(assign('user-inspector-zhou', '2026-01-15T16:59:59+08:00'))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });

  it('assigns an investigator when the caller says it happened', () => {
    given(opened(WEEK_AGO))
      .when(assign(INVESTIGATOR, '2026-01-09'))
      .then([
        {
          type: 'InvestigatorAssigned',
          data: {
            caseId: CASE_ID,
            occurredAt: '2026-01-08T16:00:00.000Z',
            investigatorId: INVESTIGATOR,
            previousInvestigatorId: null,
          },
        },
      ]);
  });
});

describe('StartInvestigation', () => {
  it('starts the investigation with the assigned investigator', () => {
    given([...opened(), investigatorAssigned()])
      .when(start())
      .then([{ type: 'InvestigationStarted', data: { ...at, investigatorId: INVESTIGATOR } }]);
  });

  it('rejects starting before an investigator is assigned', () => {
    given(opened()).when(start()).thenRejects('INVESTIGATOR_NOT_ASSIGNED');
  });

  it('rejects starting an investigation that is already under way', () => {
    given().when(start()).thenRejects('INVESTIGATION_ALREADY_STARTED');
  });

  it('rejects starting an investigation of a decided case', () => {
    given(decided()).when(start()).thenRejects('CASE_ALREADY_DECIDED');
  });

  it('rejects a start dated before the investigator was assigned', () => {
    given([
      ...opened(WEEK_AGO),
      investigatorAssigned(INVESTIGATOR, null, '2026-01-10T09:00:00.000Z'),
    ])
      .when(start('2026-01-10T16:59:59+08:00'))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });

  it('starts the investigation at the instant the investigator was assigned', () => {
    given([...opened(WEEK_AGO), investigatorAssigned(INVESTIGATOR, null, WEEK_AGO)])
      .when(start(WEEK_AGO))
      .then([
        {
          type: 'InvestigationStarted',
          data: { caseId: CASE_ID, occurredAt: WEEK_AGO, investigatorId: INVESTIGATOR },
        },
      ]);
  });

  it('rejects restarting a reopened investigation dated before the reopening', () => {
    given([...decided(), appealWaived(), caseClosed(), caseReopened()])
      .when(start('2026-01-15T16:59:59+08:00'))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });
});

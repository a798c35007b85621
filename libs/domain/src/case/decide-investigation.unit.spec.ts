import { fold } from '../shared/decider';
import { spec } from '../testing/decider-spec';
import type {
  AssignInvestigator,
  AttachEvidence,
  RecordSubjectStatement,
  ServeHearingNotice,
  StartInvestigation,
} from './case.commands';
import { caseDecider, createCaseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import {
  APPEAL_SUPERVISOR,
  appealFiled,
  appealUpheld,
  appealWaived,
  CASE_ID,
  caseClosed,
  caseDecided,
  caseReopened,
  context,
  decided,
  findingRecorded,
  HASH,
  hearingNoticeServed,
  INVESTIGATOR,
  investigationStarted,
  investigatorAssigned,
  LI,
  NOW,
  opened,
  RESPOND_BY,
  sanctionDecided,
  statementRecorded,
  SUPERVISOR,
  underInvestigation,
  ZHANG,
} from './case.fixtures';

const at = { caseId: CASE_ID, occurredAt: NOW };
const given = (events = underInvestigation()) => spec(caseDecider).given(events);
/** The case was opened, assigned and started a week ago; steps may be dated since then. */
const WEEK_AGO = '2026-01-08T09:00:00.000Z';
const startedWeekAgo = (): CaseEvent[] => [
  ...opened(WEEK_AGO),
  investigatorAssigned(INVESTIGATOR, null, WEEK_AGO),
  investigationStarted(WEEK_AGO),
];
const BEFORE_WEEK_AGO = '2026-01-08T16:59:59+08:00';

const assign = (investigatorId = INVESTIGATOR, occurredAt?: string): AssignInvestigator => ({
  type: 'AssignInvestigator',
  data: { caseId: CASE_ID, investigatorId, ...(occurredAt === undefined ? {} : { occurredAt }) },
});
const start = (occurredAt?: string): StartInvestigation => ({
  type: 'StartInvestigation',
  data: { caseId: CASE_ID, ...(occurredAt === undefined ? {} : { occurredAt }) },
});
const serve = (cadreId = ZHANG, occurredAt?: string): ServeHearingNotice => ({
  type: 'ServeHearingNotice',
  data: { caseId: CASE_ID, cadreId, ...(occurredAt === undefined ? {} : { occurredAt }) },
});
const attach = (data: Partial<AttachEvidence['data']> = {}): AttachEvidence => ({
  type: 'AttachEvidence',
  data: {
    caseId: CASE_ID,
    evidenceId: 'evidence-1',
    description: 'Inspection log 2025-Q4',
    contentHash: HASH,
    ...data,
  },
});
const state = (
  cadreId = ZHANG,
  statement = 'I was on leave',
  occurredAt?: string,
): RecordSubjectStatement => ({
  type: 'RecordSubjectStatement',
  data: {
    caseId: CASE_ID,
    cadreId,
    statement,
    ...(occurredAt === undefined ? {} : { occurredAt }),
  },
});

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

describe('AttachEvidence', () => {
  it('attaches evidence by description and content hash', () => {
    given()
      .when(attach())
      .then([
        {
          type: 'EvidenceAttached',
          data: {
            ...at,
            evidenceId: 'evidence-1',
            description: 'Inspection log 2025-Q4',
            contentHash: HASH,
          },
        },
      ]);
  });

  it('records the content hash in lower case', () => {
    given()
      .when(attach({ contentHash: HASH.toUpperCase() }))
      .then([
        {
          type: 'EvidenceAttached',
          data: {
            ...at,
            evidenceId: 'evidence-1',
            description: 'Inspection log 2025-Q4',
            contentHash: HASH,
          },
        },
      ]);
  });

  it('rejects evidence before the investigation has started', () => {
    given(opened()).when(attach()).thenRejects('CASE_NOT_UNDER_INVESTIGATION');
  });

  it('rejects evidence without a description', () => {
    given()
      .when(attach({ description: '' }))
      .thenRejects('EVIDENCE_DESCRIPTION_REQUIRED');
  });

  it('rejects a content hash that is not SHA-256 hex', () => {
    given()
      .when(attach({ contentHash: 'z'.repeat(64) }))
      .thenRejects('EVIDENCE_HASH_INVALID');
    given()
      .when(attach({ contentHash: HASH.slice(2) }))
      .thenRejects('EVIDENCE_HASH_INVALID');
  });

  it('rejects attaching the same evidence twice', () => {
    const attached = caseDecider.decide(
      attach(),
      fold(caseDecider, underInvestigation()),
      context(NOW),
    );
    given([...underInvestigation(), ...attached])
      .when(attach({ description: 'Another log' }))
      .thenRejects('EVIDENCE_ALREADY_ATTACHED');
  });

  it('rejects evidence dated before the investigation started', () => {
    given(startedWeekAgo())
      .when(attach({ occurredAt: BEFORE_WEEK_AGO }))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });

  it('attaches evidence when the caller says it was attached', () => {
    given(startedWeekAgo())
      .when(attach({ occurredAt: WEEK_AGO }))
      .then([
        {
          type: 'EvidenceAttached',
          data: {
            caseId: CASE_ID,
            occurredAt: WEEK_AGO,
            evidenceId: 'evidence-1',
            description: 'Inspection log 2025-Q4',
            contentHash: HASH,
          },
        },
      ]);
  });
});

describe('RecordSubjectStatement', () => {
  it('records a statement of a subject', () => {
    given()
      .when(state())
      .then([
        {
          type: 'SubjectStatementRecorded',
          data: { ...at, cadreId: ZHANG, statement: 'I was on leave' },
        },
      ]);
  });

  it('rejects a statement of a cadre who is not a subject', () => {
    given().when(state(LI)).thenRejects('CADRE_NOT_A_SUBJECT');
  });

  it('rejects a blank statement', () => {
    given().when(state(ZHANG, '\n')).thenRejects('STATEMENT_REQUIRED');
  });

  it('rejects a statement outside the investigation', () => {
    given(decided()).when(state()).thenRejects('CASE_NOT_UNDER_INVESTIGATION');
  });

  it('rejects a statement dated before the investigation started', () => {
    given(startedWeekAgo())
      .when(state(ZHANG, 'I was on leave', BEFORE_WEEK_AGO))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });
});

describe('ServeHearingNotice', () => {
  it('serves a notice the subject may answer until the end of the 5th local day', () => {
    given()
      .when(serve())
      .then([
        { type: 'HearingNoticeServed', data: { ...at, cadreId: ZHANG, respondBy: RESPOND_BY } },
      ]);
  });

  it('gives the response period the handler configures', () => {
    spec(createCaseDecider({ hearingResponseDays: 10 }))
      .given(underInvestigation())
      .when(serve())
      .then([
        {
          type: 'HearingNoticeServed',
          data: { ...at, cadreId: ZHANG, respondBy: '2026-01-25T15:59:59.999Z' },
        },
      ]);
  });

  it('counts the response period from the local day the notice was served', () => {
    // 23:30 on 10 January in Beijing is 15:30 UTC: the period ends with 15 January, Beijing time
    given(startedWeekAgo())
      .when(serve(ZHANG, '2026-01-10T23:30:00+08:00'))
      .then([
        {
          type: 'HearingNoticeServed',
          data: {
            caseId: CASE_ID,
            occurredAt: '2026-01-10T15:30:00.000Z',
            cadreId: ZHANG,
            respondBy: '2026-01-15T15:59:59.999Z',
          },
        },
      ]);
  });

  it('rejects a second notice on the same subject in one investigation', () => {
    given([...underInvestigation(), hearingNoticeServed()])
      .when(serve())
      .thenRejects('HEARING_NOTICE_ALREADY_SERVED');
  });

  it('serves a new notice in a reopened investigation', () => {
    given([
      ...underInvestigation(),
      hearingNoticeServed(),
      statementRecorded(),
      findingRecorded(),
      sanctionDecided(),
      caseDecided(),
      appealWaived(),
      caseClosed(),
      caseReopened(),
      investigationStarted(),
    ])
      .when(serve())
      .then([
        { type: 'HearingNoticeServed', data: { ...at, cadreId: ZHANG, respondBy: RESPOND_BY } },
      ]);
  });

  it('rejects a notice on a cadre who is not a subject', () => {
    given().when(serve(LI)).thenRejects('CADRE_NOT_A_SUBJECT');
  });

  it('rejects a notice outside the investigation', () => {
    given(opened()).when(serve()).thenRejects('CASE_NOT_UNDER_INVESTIGATION');
  });

  it('rejects a notice dated before the investigation started', () => {
    given(startedWeekAgo())
      .when(serve(ZHANG, BEFORE_WEEK_AGO))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });

  it('refuses a policy without a positive whole response period', () => {
    expect(() => createCaseDecider({ hearingResponseDays: 0 })).toThrow(RangeError);
  });
});

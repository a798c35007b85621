import { fold } from '../shared/decider';
import { spec } from '../testing/decider-spec';
import { caseDecider, createCaseDecider } from './case.decider';
import {
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
  investigationStarted,
  LI,
  NOW,
  opened,
  RESPOND_BY,
  sanctionDecided,
  statementRecorded,
  underInvestigation,
  ZHANG,
} from './case.fixtures';
import {
  at,
  given,
  WEEK_AGO,
  startedWeekAgo,
  BEFORE_WEEK_AGO,
  serve,
  attach,
  state,
} from './investigation.fixtures';

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

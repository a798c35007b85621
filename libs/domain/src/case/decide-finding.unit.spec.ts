import { spec } from '../testing/decider-spec';
import { caseDecider } from './case.decider';
import {
  appealWaived,
  caseClosed,
  caseDecided,
  caseReopened,
  findingRecorded,
  hearingNoticeServed,
  INVESTIGATOR,
  investigationStarted,
  investigatorAssigned,
  LI,
  opened,
  openedPostAccident,
  reopenedInvestigation,
  RESPOND_BY,
  sanctionDecided,
  statementRecorded,
  SUPERVISOR,
  underInvestigation,
  ZHANG,
} from './case.fixtures';
import {
  given,
  heard,
  NOTICE_RESPOND_BY,
  noticeServedOnTheFifth,
  find,
  findingEvent,
  notResponsible,
  withdrawn,
} from './finding.fixtures';

describe('RecordFinding', () => {
  it('records a finding on a subject who was heard before it', () => {
    given().when(find()).then([findingEvent()]);
  });

  it('records a finding of not responsible without a kind of responsibility', () => {
    given()
      .when(find(notResponsible))
      .then([findingEvent({ ...notResponsible })]);
  });

  it('rejects a finding before the investigation has started', () => {
    given(opened()).when(find()).thenRejects('CASE_NOT_UNDER_INVESTIGATION');
  });

  it('rejects a finding on a cadre who is not a subject', () => {
    given()
      .when(find({ cadreId: LI }))
      .thenRejects('CADRE_NOT_A_SUBJECT');
  });

  it('rejects a second finding on the same subject in one investigation', () => {
    given([...heard(), findingRecorded()])
      .when(find())
      .thenRejects('FINDING_ALREADY_RECORDED');
  });

  it('rejects a finding of responsible without its kind', () => {
    given()
      .when(find({ responsibilityKind: null }))
      .thenRejects('RESPONSIBILITY_KIND_REQUIRED');
  });

  it('rejects a kind of responsibility on a finding of not responsible', () => {
    given()
      .when(find({ responsible: false, responsibilityKind: 'DIRECT' }))
      .thenRejects('RESPONSIBILITY_KIND_NOT_APPLICABLE');
  });

  it('rejects a finding without reasoning', () => {
    given()
      .when(find({ reasoning: ' ' }))
      .thenRejects('FINDING_REASONING_REQUIRED');
  });

  it('records a new finding in a reopened investigation and withdraws the sanction it supersedes', () => {
    given([...reopenedInvestigation(), statementRecorded()])
      .when(find())
      .then([findingEvent(), withdrawn()]);
  });

  it('rejects a finding dated before the investigation started', () => {
    given(noticeServedOnTheFifth())
      .when(find({ ...notResponsible, occurredAt: '2026-01-05T16:59:59+08:00' }))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });
});

describe('RecordFinding: only the case’s investigator records findings', () => {
  it('rejects a finding recorded by a supervisor who does not investigate the case', () => {
    given()
      .when(find({ recordedBy: SUPERVISOR }))
      .thenRejects('FINDING_NOT_BY_INVESTIGATOR', /user-inspector-wang/);
  });

  it('rejects a finding recorded by the investigator the case was taken from', () => {
    given([...heard(), investigatorAssigned('user-inspector-zhou', INVESTIGATOR)])
      .when(find())
      .thenRejects('FINDING_NOT_BY_INVESTIGATOR');
  });

  it('records a finding by the investigator who took the case over', () => {
    given([...heard(), investigatorAssigned('user-inspector-zhou', INVESTIGATOR)])
      .when(find({ recordedBy: 'user-inspector-zhou' }))
      .then([findingEvent({ recordedBy: 'user-inspector-zhou' })]);
  });
});

describe('RecordFinding: the right to be heard', () => {
  it('rejects a finding of responsible on a subject never heard nor served a notice', () => {
    given(underInvestigation())
      .when(find())
      .thenRejects('SUBJECT_NOT_HEARD', /serve a hearing notice/);
  });

  it('records a finding of not responsible on a subject never heard, saying so', () => {
    given(underInvestigation())
      .when(find(notResponsible))
      .then([findingEvent({ ...notResponsible, hearing: 'NOT_HEARD' })]);
  });

  it('rejects a finding of responsible while the notice’s response period runs', () => {
    given([...underInvestigation(), hearingNoticeServed()])
      .when(find())
      .thenRejects('SUBJECT_NOT_HEARD', new RegExp(RESPOND_BY));
  });

  it('rejects a finding of responsible at the last instant of the response period', () => {
    spec(caseDecider)
      .given(noticeServedOnTheFifth())
      .when(find({ occurredAt: NOTICE_RESPOND_BY }))
      .thenRejects('SUBJECT_NOT_HEARD');
  });

  it('records a finding of responsible once the notice went unanswered, saying so', () => {
    spec(caseDecider)
      .given(noticeServedOnTheFifth())
      .when(find())
      .then([findingEvent({ hearing: 'NOTICE_UNANSWERED' })]);
  });

  it('counts a statement given after the notice as the hearing', () => {
    spec(caseDecider)
      .given([...noticeServedOnTheFifth(), statementRecorded(ZHANG, '2026-01-08T09:00:00.000Z')])
      .when(find())
      .then([findingEvent({ hearing: 'STATEMENT' })]);
  });

  it('does not count a statement dated after the finding', () => {
    spec(caseDecider)
      .given([...noticeServedOnTheFifth(), statementRecorded(ZHANG, '2026-01-12T09:00:00.000Z')])
      .when(find({ occurredAt: '2026-01-09T09:00:00.000Z' }))
      .thenRejects('SUBJECT_NOT_HEARD');
  });

  it("does not count another subject's statement as hearing this one", () => {
    spec(caseDecider)
      .given([
        ...openedPostAccident(),
        investigatorAssigned(),
        investigationStarted(),
        statementRecorded(LI),
      ])
      .when(find())
      .thenRejects('SUBJECT_NOT_HEARD');
  });

  it('counts only statements of the current investigation as hearing the subject', () => {
    given(reopenedInvestigation()).when(find()).thenRejects('SUBJECT_NOT_HEARD');
  });

  it('counts only notices of the current investigation', () => {
    spec(caseDecider)
      .given([
        ...noticeServedOnTheFifth(),
        findingRecorded(ZHANG, true, { hearing: 'NOTICE_UNANSWERED' }),
        sanctionDecided(),
        caseDecided(),
        appealWaived(),
        caseClosed(),
        caseReopened(),
        investigationStarted(),
      ])
      .when(find())
      .thenRejects('SUBJECT_NOT_HEARD');
  });
});

describe('RecordFinding: circumstances weighed', () => {
  const weighed = {
    aggravating: [{ circumstance: 'REPEATED_WITHIN_YEAR', note: 'Second missed quarter in 2025' }],
    mitigating: [{ circumstance: 'ACTIVE_REMEDY', note: 'Ordered a full re-inspection at once' }],
  } as const;

  it('records the aggravating and mitigating circumstances on the finding', () => {
    given()
      .when(find({ circumstances: weighed }))
      .then([findingEvent({ ...weighed })]);
  });

  it('rejects circumstances on a finding of not responsible', () => {
    given()
      .when(
        find({
          ...notResponsible,
          circumstances: { aggravating: [], mitigating: weighed.mitigating },
        }),
      )
      .thenRejects('CIRCUMSTANCES_ONLY_WITH_RESPONSIBILITY');
  });

  it('rejects a circumstance weighed twice', () => {
    const twice = [
      ...weighed.aggravating,
      { circumstance: 'REPEATED_WITHIN_YEAR', note: 'Again' },
    ] as const;
    given()
      .when(find({ circumstances: { aggravating: twice, mitigating: [] } }))
      .thenRejects('DUPLICATE_CIRCUMSTANCE');
  });

  it('rejects a circumstance without a note', () => {
    given()
      .when(
        find({
          circumstances: {
            aggravating: [],
            mitigating: [{ circumstance: 'COOPERATION', note: ' ' }],
          },
        }),
      )
      .thenRejects('CIRCUMSTANCE_NOTE_REQUIRED');
  });
});

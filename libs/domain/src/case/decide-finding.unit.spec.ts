import { spec } from '../testing/decider-spec';
import type { DecideSanction, RecordFinding } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent, FindingRecorded } from './case.events';
import {
  appealWaived,
  CASE_ID,
  caseClosed,
  caseDecided,
  caseReopened,
  decided,
  findingRecorded,
  hearingNoticeServed,
  INVESTIGATOR,
  investigationStarted,
  investigatorAssigned,
  LI,
  NO_CIRCUMSTANCES,
  NOW,
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

const at = { caseId: CASE_ID, occurredAt: NOW };
const given = (events = heard()) => spec(caseDecider).given(events);
/** Under investigation, and Zhang gave his statement. */
function heard(): CaseEvent[] {
  return [...underInvestigation(), statementRecorded()];
}
/** Opened, assigned and started on 5 January; Zhang served a notice then, to answer by the 10th. */
const NOTICE_SERVED = '2026-01-05T09:00:00.000Z';
const NOTICE_RESPOND_BY = '2026-01-10T15:59:59.999Z';
const noticeServedOnTheFifth = (): CaseEvent[] => [
  ...opened(NOTICE_SERVED),
  investigatorAssigned(INVESTIGATOR, null, NOTICE_SERVED),
  investigationStarted(NOTICE_SERVED),
  hearingNoticeServed(ZHANG, NOTICE_SERVED, NOTICE_RESPOND_BY),
];

const find = (data: Partial<RecordFinding['data']> = {}): RecordFinding => ({
  type: 'RecordFinding',
  data: {
    caseId: CASE_ID,
    cadreId: ZHANG,
    responsible: true,
    responsibilityKind: 'LEADERSHIP',
    reasoning: 'Signed off the plan, never followed it up',
    circumstances: NO_CIRCUMSTANCES,
    recordedBy: INVESTIGATOR,
    ...data,
  },
});
const findingEvent = (data: Partial<FindingRecorded['data']> = {}): CaseEvent => ({
  type: 'FindingRecorded',
  data: {
    ...at,
    cadreId: ZHANG,
    responsible: true,
    responsibilityKind: 'LEADERSHIP',
    reasoning: 'Signed off the plan, never followed it up',
    hearing: 'STATEMENT',
    aggravating: [],
    mitigating: [],
    recordedBy: INVESTIGATOR,
    ...data,
  },
});
const notResponsible = {
  responsible: false,
  responsibilityKind: null,
  reasoning: 'Duty was not his',
} as const;
const sanction = (data: Partial<DecideSanction['data']> = {}): DecideSanction => ({
  type: 'DecideSanction',
  data: {
    caseId: CASE_ID,
    sanctionId: 'sanction-1',
    cadreId: ZHANG,
    sanction: 'CIRCULATED_CRITICISM',
    decidedBy: SUPERVISOR,
    ...data,
  },
});
const sanctionEvent = (data: Partial<DecideSanction['data']> = {}): CaseEvent => {
  const { caseId: _caseId, ...decision } = sanction(data).data;
  return { type: 'SanctionDecided', data: { ...at, ...decision } };
};
const withdrawn = (sanctionId = 'sanction-1'): CaseEvent => ({
  type: 'SanctionWithdrawn',
  data: { ...at, sanctionId, cadreId: ZHANG, reason: 'FINDING_SUPERSEDED' },
});

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

describe('DecideSanction', () => {
  const responsible = () => [...heard(), findingRecorded()];

  it('decides a sanction for a subject found responsible', () => {
    given(responsible()).when(sanction()).then([sanctionEvent()]);
  });

  it('rejects a sanction for a subject found not responsible', () => {
    given([...underInvestigation(), findingRecorded(ZHANG, false)])
      .when(sanction())
      .thenRejects('SANCTION_REQUIRES_RESPONSIBLE_FINDING');
  });

  it('rejects a sanction for a subject without a finding', () => {
    given().when(sanction()).thenRejects('SANCTION_REQUIRES_RESPONSIBLE_FINDING');
  });

  it('rejects a second sanction for a subject who already has one', () => {
    given([...responsible(), sanctionDecided()])
      .when(sanction({ sanctionId: 'sanction-2', sanction: 'DEMOTION' }))
      .thenRejects('SUBJECT_ALREADY_SANCTIONED');
  });

  it('rejects a sanction id used before in the case', () => {
    given([...reopenedInvestigation(), statementRecorded(), findingRecorded(), withdrawn()])
      .when(sanction())
      .thenRejects('SANCTION_ID_ALREADY_USED');
  });

  it('rejects a sanction for a cadre who is not a subject', () => {
    given(responsible())
      .when(sanction({ cadreId: LI }))
      .thenRejects('CADRE_NOT_A_SUBJECT');
  });

  it('rejects a sanction once the case is decided', () => {
    given(decided())
      .when(sanction({ sanctionId: 'sanction-2' }))
      .thenRejects('CASE_NOT_UNDER_INVESTIGATION');
  });

  it('rejects a sanction dated before the finding it rests on', () => {
    spec(caseDecider)
      .given([
        ...noticeServedOnTheFifth(),
        findingRecorded(ZHANG, true, { occurredAt: '2026-01-12T09:00:00.000Z' }),
      ])
      .when(sanction({ occurredAt: '2026-01-12T16:59:59+08:00' }))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });

  it('decides a sanction when the caller says it was decided', () => {
    spec(caseDecider)
      .given([
        ...noticeServedOnTheFifth(),
        findingRecorded(ZHANG, true, { occurredAt: '2026-01-12T09:00:00.000Z' }),
      ])
      .when(sanction({ occurredAt: '2026-01-13' }))
      .then([
        {
          type: 'SanctionDecided',
          data: {
            caseId: CASE_ID,
            occurredAt: '2026-01-12T16:00:00.000Z',
            sanctionId: 'sanction-1',
            cadreId: ZHANG,
            sanction: 'CIRCULATED_CRITICISM',
            decidedBy: SUPERVISOR,
          },
        },
      ]);
  });
});

describe('DecideSanction: separation of functions', () => {
  const responsible = () => [...heard(), findingRecorded()];

  it('rejects a sanction decided by the investigator of the case', () => {
    given(responsible())
      .when(sanction({ decidedBy: INVESTIGATOR }))
      .thenRejects('SANCTION_DECIDED_BY_INVESTIGATOR');
  });

  it('rejects a sanction decided by a former investigator of the case', () => {
    given([...responsible(), investigatorAssigned('user-inspector-zhou', INVESTIGATOR)])
      .when(sanction({ decidedBy: INVESTIGATOR }))
      .thenRejects('SANCTION_DECIDED_BY_INVESTIGATOR');
  });

  it('rejects a sanction decided by whoever recorded the finding', () => {
    // a finding stored before the rule, recorded by the supervisor himself (its v1 actor)
    given([...heard(), findingRecorded(ZHANG, true, { recordedBy: SUPERVISOR })])
      .when(sanction())
      .thenRejects('SANCTION_DECIDED_BY_FINDING_RECORDER');
  });
});

describe('DecideSanction: one measure per subject, referrals beside it', () => {
  const responsible = () => [...heard(), findingRecorded()];

  it('decides a referral beside the measure', () => {
    given([...responsible(), sanctionDecided()])
      .when(sanction({ sanctionId: 'sanction-2', sanction: 'REFERRAL_TO_DISCIPLINE_INSPECTION' }))
      .then([
        sanctionEvent({ sanctionId: 'sanction-2', sanction: 'REFERRAL_TO_DISCIPLINE_INSPECTION' }),
      ]);
  });

  it('decides a measure beside a referral', () => {
    given([...responsible(), sanctionDecided(ZHANG, 'REFERRAL_TO_JUDICIAL_ORGANS', 'sanction-2')])
      .when(sanction({ sanction: 'DISMISSAL_FROM_POST' }))
      .then([sanctionEvent({ sanction: 'DISMISSAL_FROM_POST' })]);
  });

  it('decides both referrals, each once', () => {
    given([...responsible(), sanctionDecided(ZHANG, 'REFERRAL_TO_JUDICIAL_ORGANS', 'sanction-2')])
      .when(sanction({ sanctionId: 'sanction-3', sanction: 'REFERRAL_TO_DISCIPLINE_INSPECTION' }))
      .then([
        sanctionEvent({ sanctionId: 'sanction-3', sanction: 'REFERRAL_TO_DISCIPLINE_INSPECTION' }),
      ]);
  });

  it('rejects the same referral twice', () => {
    given([...responsible(), sanctionDecided(ZHANG, 'REFERRAL_TO_JUDICIAL_ORGANS', 'sanction-2')])
      .when(sanction({ sanctionId: 'sanction-3', sanction: 'REFERRAL_TO_JUDICIAL_ORGANS' }))
      .thenRejects('REFERRAL_ALREADY_DECIDED');
  });

  it('rejects a formal sanction beside an accountability measure: one measure per subject', () => {
    given([...responsible(), sanctionDecided()])
      .when(sanction({ sanctionId: 'sanction-2', sanction: 'WARNING' }))
      .thenRejects('SUBJECT_ALREADY_SANCTIONED');
  });
});

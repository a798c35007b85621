import { spec } from '../testing/decider-spec';
import { caseDecider } from './case.decider';
import {
  CASE_ID,
  decided,
  findingRecorded,
  INVESTIGATOR,
  investigatorAssigned,
  LI,
  reopenedInvestigation,
  sanctionDecided,
  statementRecorded,
  SUPERVISOR,
  underInvestigation,
  ZHANG,
} from './case.fixtures';
import {
  given,
  heard,
  noticeServedOnTheFifth,
  sanction,
  sanctionEvent,
  withdrawn,
} from './finding.fixtures';

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

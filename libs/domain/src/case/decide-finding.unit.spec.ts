import { spec } from '../testing/decider-spec';
import type { DecideSanction, RecordFinding } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import {
  CASE_ID,
  caseClosed,
  caseDecided,
  caseReopened,
  decided,
  findingRecorded,
  INVESTIGATOR,
  investigationStarted,
  investigatorAssigned,
  LI,
  NOW,
  opened,
  openedPostAccident,
  sanctionDecided,
  statementRecorded,
  SUPERVISOR,
  underInvestigation,
  ZHANG,
} from './case.fixtures';

const at = { caseId: CASE_ID, occurredAt: NOW };
const given = (events = underInvestigation()) => spec(caseDecider).given(events);

const find = (data: Partial<RecordFinding['data']> = {}): RecordFinding => ({
  type: 'RecordFinding',
  data: {
    caseId: CASE_ID,
    cadreId: ZHANG,
    responsible: true,
    responsibilityKind: 'LEADERSHIP',
    reasoning: 'Signed off the plan, never followed it up',
    ...data,
  },
});
const findingEvent = (heardBeforeFinding: boolean): CaseEvent => ({
  type: 'FindingRecorded',
  data: {
    ...at,
    cadreId: ZHANG,
    responsible: true,
    responsibilityKind: 'LEADERSHIP',
    reasoning: 'Signed off the plan, never followed it up',
    heardBeforeFinding,
  },
});
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
const reopenedInvestigation = () => [
  ...decided(),
  caseClosed(),
  caseReopened(),
  investigationStarted(),
];

describe('RecordFinding', () => {
  it('records a finding on a subject who was heard before it', () => {
    given([...underInvestigation(), statementRecorded()])
      .when(find())
      .then([findingEvent(true)]);
  });

  it('records a finding without a statement and says the subject was not heard', () => {
    given()
      .when(find())
      .then([findingEvent(false)]);
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
      .then([findingEvent(false)]);
  });

  it('records a finding of not responsible without a kind of responsibility', () => {
    given()
      .when(find({ responsible: false, responsibilityKind: null, reasoning: 'Duty was not his' }))
      .then([
        {
          type: 'FindingRecorded',
          data: {
            ...at,
            cadreId: ZHANG,
            responsible: false,
            responsibilityKind: null,
            reasoning: 'Duty was not his',
            heardBeforeFinding: false,
          },
        },
      ]);
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
    given([...underInvestigation(), findingRecorded()])
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
    given(reopenedInvestigation())
      .when(find())
      .then([
        findingEvent(false),
        {
          type: 'SanctionWithdrawn',
          data: { ...at, sanctionId: 'sanction-1', cadreId: ZHANG, reason: 'FINDING_SUPERSEDED' },
        },
      ]);
  });

  it('counts only statements of the current investigation as hearing the subject', () => {
    const heardEarlier = [
      ...underInvestigation(),
      statementRecorded(),
      findingRecorded(),
      sanctionDecided(),
      caseDecided(),
      caseClosed(),
      caseReopened(),
      investigationStarted(),
    ];
    spec(caseDecider)
      .given(heardEarlier)
      .when(find())
      .then([
        findingEvent(false),
        {
          type: 'SanctionWithdrawn',
          data: { ...at, sanctionId: 'sanction-1', cadreId: ZHANG, reason: 'FINDING_SUPERSEDED' },
        },
      ]);
  });
});

describe('DecideSanction', () => {
  const responsible = () => [...underInvestigation(), findingRecorded()];

  it('decides a sanction for a subject found responsible', () => {
    given(responsible())
      .when(sanction())
      .then([
        {
          type: 'SanctionDecided',
          data: {
            ...at,
            sanctionId: 'sanction-1',
            cadreId: ZHANG,
            sanction: 'CIRCULATED_CRITICISM',
            decidedBy: SUPERVISOR,
          },
        },
      ]);
  });

  it('rejects a sanction for a subject found not responsible', () => {
    given([...underInvestigation(), findingRecorded(ZHANG, false)])
      .when(sanction())
      .thenRejects('SANCTION_REQUIRES_RESPONSIBLE_FINDING');
  });

  it('rejects a sanction for a subject without a finding', () => {
    given().when(sanction()).thenRejects('SANCTION_REQUIRES_RESPONSIBLE_FINDING');
  });

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

  it('rejects a second sanction for a subject who already has one', () => {
    given([...responsible(), sanctionDecided()])
      .when(sanction({ sanctionId: 'sanction-2', sanction: 'DEMOTION' }))
      .thenRejects('SUBJECT_ALREADY_SANCTIONED');
  });

  it('rejects a sanction id used before in the case', () => {
    given([...reopenedInvestigation(), findingRecorded(), ...withdrawn()])
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
});

function withdrawn(): CaseEvent[] {
  return [
    {
      type: 'SanctionWithdrawn',
      data: { ...at, sanctionId: 'sanction-1', cadreId: ZHANG, reason: 'FINDING_SUPERSEDED' },
    },
  ];
}

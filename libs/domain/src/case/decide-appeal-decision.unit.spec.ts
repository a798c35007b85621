import {
  appealFiled,
  bothSanctioned,
  caseDecided,
  decided,
  findingRecorded,
  INVESTIGATOR,
  investigatorAssigned,
  NOW,
  openedState,
  sanctionDecided,
  statementRecorded,
  SUPERVISOR,
  underInvestigation,
  WINDOW_CLOSES,
  ZHANG,
} from './case.fixtures';
import {
  given,
  BEFORE_DECISION,
  rule,
  appealDecided,
  decidedWith,
  liAppealed,
} from './appeal.fixtures';

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

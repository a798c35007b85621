import { spec } from '../testing/decider-spec';
import type { DecideCase } from './case.commands';
import { caseDecider, createCaseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import {
  CASE_ID,
  findingRecorded,
  INVESTIGATOR,
  investigationStarted,
  investigatorAssigned,
  NOW,
  opened,
  openedPostAccident,
  sanctionDecided,
  statementRecorded,
  SUPERVISOR,
  underInvestigation,
  WINDOW_CLOSES,
} from './case.fixtures';

const given = (events = found()) => spec(caseDecider).given(events);
/** Zhang heard and found responsible. */
function found(): CaseEvent[] {
  return [...underInvestigation(), statementRecorded(), findingRecorded()];
}
const decide = (decidedBy = SUPERVISOR, occurredAt?: string): DecideCase => ({
  type: 'DecideCase',
  data: { caseId: CASE_ID, decidedBy, ...(occurredAt === undefined ? {} : { occurredAt }) },
});
const caseDecided = (appealWindowClosesAt: string, occurredAt = NOW): CaseEvent => ({
  type: 'CaseDecided',
  data: { caseId: CASE_ID, occurredAt, appealWindowClosesAt, decidedBy: SUPERVISOR },
});

describe('DecideCase', () => {
  it('issues the decision, naming who decided, with an appeal window to the end of the 30th local day', () => {
    given()
      .when(decide())
      .then([caseDecided(WINDOW_CLOSES)]);
  });

  it('opens the appeal window the handler configures', () => {
    spec(createCaseDecider({ appealWindowDays: 15 }))
      .given(found())
      .when(decide())
      .then([caseDecided('2026-01-30T15:59:59.999Z')]);
  });

  it('rejects deciding while a subject has no finding', () => {
    spec(caseDecider)
      .given([
        ...openedPostAccident(),
        investigatorAssigned(),
        investigationStarted(),
        findingRecorded(),
      ])
      .when(decide())
      .thenRejects('FINDINGS_INCOMPLETE');
  });

  it('rejects deciding a case that is not under investigation', () => {
    given(opened()).when(decide()).thenRejects('CASE_NOT_UNDER_INVESTIGATION');
  });

  it('refuses a policy without a positive whole appeal window', () => {
    expect(() => createCaseDecider({ appealWindowDays: 0 })).toThrow(RangeError);
    expect(() => createCaseDecider({ appealWindowDays: 1.5 })).toThrow(RangeError);
  });
});

describe('DecideCase: separation of functions', () => {
  it('rejects a decision by the investigator of the case', () => {
    given().when(decide(INVESTIGATOR)).thenRejects('CASE_DECIDED_BY_INVESTIGATOR');
  });

  it('rejects a decision by an investigator the case was taken from', () => {
    given([...found(), investigatorAssigned('user-inspector-zhou', INVESTIGATOR)])
      .when(decide(INVESTIGATOR))
      .thenRejects('CASE_DECIDED_BY_INVESTIGATOR');
  });

  it('rejects a decision by whoever recorded a finding', () => {
    // a finding stored before the rule, recorded by the supervisor himself (its v1 actor)
    given([...underInvestigation(), findingRecorded(undefined, true, { recordedBy: SUPERVISOR })])
      .when(decide())
      .thenRejects('CASE_DECIDED_BY_INVESTIGATOR');
  });
});

describe('DecideCase: not before what it issues', () => {
  /** Started on 5 January; found on the 10th; sanctioned on the 12th. */
  const dated = (): CaseEvent[] => [
    ...opened('2026-01-05T09:00:00.000Z'),
    investigatorAssigned(INVESTIGATOR, null, '2026-01-05T09:00:00.000Z'),
    investigationStarted('2026-01-05T09:00:00.000Z'),
    statementRecorded(undefined, '2026-01-06T09:00:00.000Z'),
    findingRecorded(undefined, true, { occurredAt: '2026-01-10T09:00:00.000Z' }),
    sanctionDecided(undefined, undefined, undefined, '2026-01-12T09:00:00.000Z'),
  ];

  it('rejects a decision dated before a finding it issues', () => {
    given(dated().slice(0, -1))
      .when(decide(SUPERVISOR, '2026-01-10T16:59:59+08:00'))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });

  it('rejects a decision dated before a sanction it issues', () => {
    given(dated())
      .when(decide(SUPERVISOR, '2026-01-12T16:59:59+08:00'))
      .thenRejects('CASE_STEP_OUT_OF_ORDER');
  });

  it('issues a decision when the caller says, at the instant of the last sanction', () => {
    given(dated())
      .when(decide(SUPERVISOR, '2026-01-12T09:00:00.000Z'))
      .then([caseDecided('2026-02-11T15:59:59.999Z', '2026-01-12T09:00:00.000Z')]);
  });
});

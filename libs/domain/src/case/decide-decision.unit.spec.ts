import { spec } from '../testing/decider-spec';
import type { DecideCase } from './case.commands';
import { caseDecider, createCaseDecider } from './case.decider';
import {
  CASE_ID,
  findingRecorded,
  investigationStarted,
  investigatorAssigned,
  NOW,
  opened,
  openedPostAccident,
  underInvestigation,
} from './case.fixtures';

const at = { caseId: CASE_ID, occurredAt: NOW };
const given = (events = underInvestigation()) => spec(caseDecider).given(events);
const decide: DecideCase = { type: 'DecideCase', data: { caseId: CASE_ID } };

describe('DecideCase', () => {
  it('issues the decision and opens a 30-day appeal window', () => {
    given([...underInvestigation(), findingRecorded()])
      .when(decide)
      .then([
        { type: 'CaseDecided', data: { ...at, appealWindowClosesAt: '2026-02-14T09:00:00.000Z' } },
      ]);
  });

  it('opens the appeal window the handler configures', () => {
    spec(createCaseDecider({ appealWindowDays: 15 }))
      .given([...underInvestigation(), findingRecorded()])
      .when(decide)
      .then([
        { type: 'CaseDecided', data: { ...at, appealWindowClosesAt: '2026-01-30T09:00:00.000Z' } },
      ]);
  });

  it('rejects deciding while a subject has no finding', () => {
    spec(caseDecider)
      .given([
        ...openedPostAccident(),
        investigatorAssigned(),
        investigationStarted(),
        findingRecorded(),
      ])
      .when(decide)
      .thenRejects('FINDINGS_INCOMPLETE');
  });

  it('rejects deciding a case that is not under investigation', () => {
    given(opened()).when(decide).thenRejects('CASE_NOT_UNDER_INVESTIGATION');
  });

  it('refuses a policy without a positive whole appeal window', () => {
    expect(() => createCaseDecider({ appealWindowDays: 0 })).toThrow(RangeError);
    expect(() => createCaseDecider({ appealWindowDays: 1.5 })).toThrow(RangeError);
  });
});

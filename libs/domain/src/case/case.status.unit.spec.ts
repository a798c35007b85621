import { CASE_EVENT_TYPES } from './case.schema';
import { caseStatusAfter, isCaseStatus } from './case.status';
import { CASE_STATUSES, type CaseStatus } from './case.vocabulary';

describe('the case status machine', () => {
  it.each<[CaseStatus, Parameters<typeof caseStatusAfter>[1], number, CaseStatus]>([
    ['OPENED', 'InvestigationStarted', 0, 'UNDER_INVESTIGATION'],
    ['REOPENED', 'InvestigationStarted', 0, 'UNDER_INVESTIGATION'],
    ['UNDER_INVESTIGATION', 'CaseDecided', 0, 'DECIDED'],
    ['REOPENED', 'CaseDecided', 0, 'DECIDED'],
    ['DECIDED', 'AppealFiled', 1, 'APPEALED'],
    ['APPEALED', 'AppealFiled', 2, 'APPEALED'],
    ['APPEALED', 'AppealDecided', 1, 'APPEALED'],
    ['APPEALED', 'AppealDecided', 0, 'DECIDED'],
    ['DECIDED', 'CaseClosed', 0, 'CLOSED'],
    ['CLOSED', 'CaseReopened', 0, 'REOPENED'],
  ])('moves a %s case with %s (%d appeals pending after) to %s', (from, type, pending, to) => {
    expect(caseStatusAfter(from, type, pending)).toBe(to);
  });

  it('leaves the status where it was for every event that is no step of the lifecycle', () => {
    const steps = [
      'InvestigationStarted',
      'CaseDecided',
      'AppealFiled',
      'AppealDecided',
      'CaseClosed',
      'CaseReopened',
    ];
    const others = CASE_EVENT_TYPES.filter((type) => !steps.includes(type));
    expect(others).toHaveLength(CASE_EVENT_TYPES.length - steps.length);
    for (const status of CASE_STATUSES) {
      for (const type of others) expect(caseStatusAfter(status, type)).toBe(status);
    }
  });

  it('tells a case status from any other word', () => {
    expect(CASE_STATUSES.every(isCaseStatus)).toBe(true);
    expect(isCaseStatus('NOT_OPENED')).toBe(false);
    expect(isCaseStatus('closed')).toBe(false);
  });
});

import { createCaseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import { CASE_EVENT_SCHEMA_VERSIONS } from './case.schema';
import { upcastDeadlineExtendedV1 } from './deadline-extended.v1';

describe('DeadlineExtended v1 -> v2', () => {
  const v1 = {
    caseId: 'c0c0c0c0-0000-4000-8000-000000000001',
    days: 30,
    reason: 'The geological survey is not back yet',
    previousDueAt: '2026-03-01T00:00:00.000Z',
    occurredAt: '2026-02-10T09:00:00.000Z',
  };

  it('is at schema version 2', () => {
    expect(CASE_EVENT_SCHEMA_VERSIONS.DeadlineExtended).toBe(2);
  });

  it('fills the new due date from the old one and the days, keeping every v1 field', () => {
    expect(upcastDeadlineExtendedV1(v1)).toEqual({ ...v1, dueAt: '2026-03-31T00:00:00.000Z' });
  });

  it('gives a v1 event the due date the decider writes into a v2 event', () => {
    const decider = createCaseDecider();
    const opened: CaseEvent[] = [
      {
        type: 'CaseOpened',
        data: {
          caseId: v1.caseId,
          kind: 'POST_ACCIDENT',
          openedByDepartmentId: 'd0d0d0d0-0000-4000-8000-000000000001',
          summary: 'Roof collapse',
          occurredAt: '2026-01-02T00:00:00.000Z',
        },
      },
      {
        type: 'InvestigationDeadlineSet',
        data: {
          caseId: v1.caseId,
          dueAt: v1.previousDueAt,
          occurredAt: '2026-01-02T00:00:00.000Z',
        },
      },
    ];
    const state = opened.reduce(decider.evolve, decider.initialState);
    const [v2] = decider.decide(
      { type: 'ExtendDeadline', data: { caseId: v1.caseId, days: v1.days, reason: v1.reason } },
      state,
      context(v1.occurredAt),
    );
    expect(v2?.type).toBe('DeadlineExtended');
    expect(upcastDeadlineExtendedV1(v1)).toEqual(v2?.data);
  });
});

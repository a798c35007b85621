import { decidedAt } from '../testing/decider-spec';
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

  /** The v2 event the decider writes for the same extension today. */
  function extendedByTheDecider(): CaseEvent | undefined {
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
    return decider.decide(
      { type: 'ExtendDeadline', data: { caseId: v1.caseId, days: v1.days, reason: v1.reason } },
      state,
      decidedAt(v1.occurredAt),
    )[0];
  }

  it('gives a v1 event the fields the decider writes into a v2 event', () => {
    const v2 = extendedByTheDecider();
    expect(v2?.type).toBe('DeadlineExtended');
    expect(Object.keys(upcastDeadlineExtendedV1(v1)).sort()).toEqual(
      Object.keys(v2?.data ?? {}).sort(),
    );
  });

  it('keeps the 24-hour days v1 was decided with, where v2 ends with the last local day', () => {
    // v1 events were decided when deadlines counted whole 24-hour days: the deadline they set
    // stays what it was; an extension decided today ends with the 30th day in Beijing time.
    expect(upcastDeadlineExtendedV1(v1).dueAt).toBe('2026-03-31T00:00:00.000Z');
    expect(extendedByTheDecider()?.data).toMatchObject({ dueAt: '2026-03-31T15:59:59.999Z' });
  });
});

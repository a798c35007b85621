import { spec } from '../testing/decider-spec';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import {
  CASE_ID,
  findingRecorded,
  INVESTIGATOR,
  NOW,
  openedState,
  SUPERVISOR,
  underInvestigation,
  ZHANG,
} from './case.fixtures';
import { CASE_EVENT_SCHEMA_VERSIONS } from './case.schema';
import type { FindingRecordedV1Data } from './finding-recorded.v1';
import { upcastFindingRecordedV1 } from './finding-recorded.v1';

describe('FindingRecorded v1 -> v2', () => {
  const v1 = (heardBeforeFinding: boolean): FindingRecordedV1Data => ({
    caseId: CASE_ID,
    cadreId: ZHANG,
    responsible: true,
    responsibilityKind: 'LEADERSHIP',
    reasoning: 'Signed off the inspection plan and never followed it up',
    heardBeforeFinding,
    occurredAt: NOW,
  });
  const upcast = (heard: boolean, actorId: string | null): CaseEvent => ({
    type: 'FindingRecorded',
    data: upcastFindingRecordedV1(v1(heard), actorId),
  });

  it('is at schema version 2', () => {
    expect(CASE_EVENT_SCHEMA_VERSIONS.FindingRecorded).toBe(2);
  });

  it('reads a statement before the finding as the hearing, the actor as the recorder', () => {
    const { heardBeforeFinding: _heard, ...kept } = v1(true);
    expect(upcastFindingRecordedV1(v1(true), INVESTIGATOR)).toEqual({
      ...kept,
      hearing: 'STATEMENT',
      aggravating: [],
      mitigating: [],
      recordedBy: INVESTIGATOR,
    });
  });

  it('reads a finding without a statement as not heard, as v1 recorded it', () => {
    expect(upcastFindingRecordedV1(v1(false), INVESTIGATOR).hearing).toBe('NOT_HEARD');
  });

  it('keeps the recorder unknown when the event had no actor', () => {
    expect(upcastFindingRecordedV1(v1(true), null).recordedBy).toBeNull();
  });

  it('gives a v1 finding the shape of a v2 finding', () => {
    expect(upcast(true, INVESTIGATOR)).toEqual(findingRecorded());
  });

  it('folds a v1 finding into the case like a v2 one', () => {
    expect(openedState([...underInvestigation(), upcast(true, INVESTIGATOR)])).toEqual(
      openedState([...underInvestigation(), findingRecorded()]),
    );
  });

  it('keeps whoever recorded a v1 finding from deciding its sanction', () => {
    spec(caseDecider)
      .given([...underInvestigation(), upcast(true, SUPERVISOR)])
      .when({
        type: 'DecideSanction',
        data: {
          caseId: CASE_ID,
          sanctionId: 'sanction-1',
          cadreId: ZHANG,
          sanction: 'CIRCULATED_CRITICISM',
          decidedBy: SUPERVISOR,
        },
      })
      .thenRejects('SANCTION_DECIDED_BY_FINDING_RECORDER');
  });

  it('counts no one as recorder of a v1 finding without an actor', () => {
    expect(
      openedState([...underInvestigation(), upcast(true, null)]).participants.findingRecorders,
    ).toEqual([]);
  });
});

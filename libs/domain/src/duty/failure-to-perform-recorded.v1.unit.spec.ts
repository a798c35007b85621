import { EVENT_SCHEMA_VERSIONS } from '../events';
import { fold } from '../shared/decider';
import { spec } from '../testing/decider-spec';
import { dutyDecider } from './duty.decider';
import { DUTY_ERRORS } from './duty.errors';
import { isWorkSafetyFailure } from './duty.safety';
import { businessDutyAssigned, failureRecorded, safetyDutyAssigned } from './duty.fixtures';
import type { FailureToPerformRecordedV1Data } from './failure-to-perform-recorded.v1';
import {
  UNRECORDED_FAILURE_KIND,
  upcastFailureToPerformRecordedV1,
} from './failure-to-perform-recorded.v1';

describe('FailureToPerformRecorded v1 -> v2', () => {
  const v1: FailureToPerformRecordedV1Data = {
    failureId: 'failure-1',
    dutyId: 'duty-1',
    postId: 'post-1',
    occurredAt: '2025-12-01T08:00:00.000Z',
    description: 'Q4 inspection of the Eastport site not carried out',
    evidence: 'audit note 2025-88',
    adverseEffect: 'MINOR',
    responsibleCadreId: 'cadre-1',
    vacant: false,
  };
  const upcast = () => ({
    type: 'FailureToPerformRecorded' as const,
    data: upcastFailureToPerformRecordedV1(v1),
  });

  it('is at schema version 2', () => {
    expect(EVENT_SCHEMA_VERSIONS.FailureToPerformRecorded).toBe(2);
  });

  it('keeps every v1 field and says the kind was not recorded, claiming no safety impact', () => {
    expect(upcastFailureToPerformRecordedV1(v1)).toEqual({
      ...v1,
      kind: 'OTHER',
      otherKind: UNRECORDED_FAILURE_KIND,
      safetyImpact: false,
    });
  });

  it('has the fields of the failures the decider records today', () => {
    expect(Object.keys(upcastFailureToPerformRecordedV1(v1)).sort()).toEqual(
      Object.keys(failureRecorded.data).sort(),
    );
  });

  it('keeps a v1 failure on a work-safety duty a work-safety failure', () => {
    const { safetyImpact } = upcastFailureToPerformRecordedV1(v1);
    expect(isWorkSafetyFailure(safetyDutyAssigned.data.category, safetyImpact)).toBe(true);
  });

  it('keeps a v1 failure on a business duty a business failure', () => {
    const { safetyImpact } = upcastFailureToPerformRecordedV1(v1);
    expect(isWorkSafetyFailure(businessDutyAssigned.data.category, safetyImpact)).toBe(false);
  });

  it('folds into the duty like a v2 failure: its id stays taken', () => {
    expect(fold(dutyDecider, [safetyDutyAssigned, upcast()])).toEqual(
      fold(dutyDecider, [safetyDutyAssigned, failureRecorded]),
    );
    spec(dutyDecider)
      .given([safetyDutyAssigned, upcast()])
      .when({
        type: 'RecordFailureToPerform',
        data: {
          ...v1,
          kind: 'HAZARD_NOT_RECTIFIED',
          otherKind: null,
          safetyImpact: null,
          responsible: { cadreId: 'cadre-1' },
        },
      })
      .thenRejects(DUTY_ERRORS.FAILURE_ALREADY_RECORDED);
  });
});

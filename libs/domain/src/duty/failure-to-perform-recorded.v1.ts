import type { AdverseEffect, FailureToPerformRecorded } from './duty.events';

/** FailureToPerformRecorded as schema version 1 stored it: no kind, no safety impact. */
export interface FailureToPerformRecordedV1Data {
  readonly failureId: string;
  readonly dutyId: string;
  readonly postId: string;
  readonly occurredAt: string;
  readonly description: string;
  readonly evidence: string;
  readonly adverseEffect: AdverseEffect;
  readonly responsibleCadreId: string | null;
  readonly vacant: boolean;
}

/** What a v1 failure's kind is read as: it was never said. */
export const UNRECORDED_FAILURE_KIND = 'not recorded (before failure kinds)';

/**
 * v1 -> v2: the kind was not recorded (OTHER, saying so), and no safety impact was claimed, so a
 * failure on a business duty stays a business failure; one on a work-safety duty is one by its
 * duty's category (isWorkSafetyFailure), which v1 readers already relied on.
 */
export function upcastFailureToPerformRecordedV1(
  data: FailureToPerformRecordedV1Data,
): FailureToPerformRecorded['data'] {
  return { ...data, kind: 'OTHER', otherKind: UNRECORDED_FAILURE_KIND, safetyImpact: false };
}

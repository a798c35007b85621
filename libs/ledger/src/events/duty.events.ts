import {
  EVENT_SCHEMA_VERSIONS,
  type FailureToPerformRecordedV1Data,
  upcastFailureToPerformRecordedV1,
} from '@dutyledger/domain';
import { type EventCodec, olderVersion } from '../codec/event-codec';

/** Duties, their performance and failures to perform them. */
export function defineDutyEvents(codec: EventCodec): EventCodec {
  return codec
    .define('DutyAssigned', {
      version: EVENT_SCHEMA_VERSIONS.DutyAssigned,
      shape: {
        dutyId: 'string',
        postId: 'string',
        category: 'string',
        title: 'string',
        principle: 'string or null',
        industries: 'array',
        cadence: 'string',
        basis: 'string',
        occurredAt: 'string',
      },
    })
    .define('DutyAmended', {
      version: EVENT_SCHEMA_VERSIONS.DutyAmended,
      shape: {
        dutyId: 'string',
        title: 'string?',
        principle: 'string?',
        industries: 'array?',
        cadence: 'string?',
        basis: 'string?',
        reason: 'string',
        occurredAt: 'string',
      },
    })
    .define('DutyRevoked', {
      version: EVENT_SCHEMA_VERSIONS.DutyRevoked,
      shape: { dutyId: 'string', reason: 'string', occurredAt: 'string' },
    })
    .define('DutyPerformanceRecorded', {
      version: EVENT_SCHEMA_VERSIONS.DutyPerformanceRecorded,
      shape: {
        dutyId: 'string',
        performanceId: 'string',
        period: 'string',
        performedAt: 'string',
        evidence: 'string',
        occurredAt: 'string',
      },
    })
    .define('FailureToPerformRecorded', {
      version: EVENT_SCHEMA_VERSIONS.FailureToPerformRecorded,
      shape: {
        failureId: 'string',
        dutyId: 'string',
        postId: 'string',
        occurredAt: 'string',
        kind: 'string',
        otherKind: 'string or null',
        safetyImpact: 'boolean',
        description: 'string',
        evidence: 'string',
        adverseEffect: 'string',
        responsibleCadreId: 'string or null',
        vacant: 'boolean',
      },
      upcasters: {
        1: olderVersion<FailureToPerformRecordedV1Data>(
          {
            failureId: 'string',
            dutyId: 'string',
            postId: 'string',
            occurredAt: 'string',
            description: 'string',
            evidence: 'string',
            adverseEffect: 'string',
            responsibleCadreId: 'string or null',
            vacant: 'boolean',
          },
          (data) => upcastFailureToPerformRecordedV1(data),
        ),
      },
    });
}

import { EVENT_SCHEMA_VERSIONS } from '@dutyledger/domain';
import type { EventCodec } from '../codec/event-codec';

/** Annual reports and assessments. */
export function defineAssessmentEvents(codec: EventCodec): EventCodec {
  return codec
    .define('AnnualReportSubmitted', {
      version: EVENT_SCHEMA_VERSIONS.AnnualReportSubmitted,
      shape: { cadreId: 'string', year: 'number', statement: 'string', occurredAt: 'string' },
    })
    .define('AnnualAssessmentRecorded', {
      version: EVENT_SCHEMA_VERSIONS.AnnualAssessmentRecorded,
      shape: {
        cadreId: 'string',
        year: 'number',
        score: 'number',
        grade: 'string',
        remarks: 'string',
        occurredAt: 'string',
      },
    })
    .define('AnnualAssessmentCorrected', {
      version: EVENT_SCHEMA_VERSIONS.AnnualAssessmentCorrected,
      shape: {
        cadreId: 'string',
        year: 'number',
        score: 'number',
        grade: 'string',
        remarks: 'string',
        previousScore: 'number',
        previousGrade: 'string',
        reason: 'string',
        occurredAt: 'string',
      },
    });
}

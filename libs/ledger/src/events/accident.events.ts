import { EVENT_SCHEMA_VERSIONS } from '@dutyledger/domain';
import type { EventCodec } from '../codec/event-codec';

/** Accidents and the revisions of their figures. */
export function defineAccidentEvents(codec: EventCodec): EventCodec {
  return codec
    .define('AccidentReported', {
      version: EVENT_SCHEMA_VERSIONS.AccidentReported,
      shape: {
        accidentId: 'string',
        departmentId: 'string',
        industry: 'string',
        occurredAt: 'string',
        description: 'string',
        deaths: 'number',
        seriousInjuries: 'number',
        directLossYuan: 'number',
        grade: 'string',
      },
    })
    .define('AccidentCasualtiesUpdated', {
      version: EVENT_SCHEMA_VERSIONS.AccidentCasualtiesUpdated,
      shape: {
        accidentId: 'string',
        deaths: 'number',
        seriousInjuries: 'number',
        directLossYuan: 'number',
        grade: 'string',
        previousGrade: 'string',
        reason: 'string',
        occurredAt: 'string',
      },
    });
}

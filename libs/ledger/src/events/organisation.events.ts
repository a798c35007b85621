import {
  type CadreAppointedToPostV1Data,
  EVENT_SCHEMA_VERSIONS,
  upcastCadreAppointedToPostV1,
} from '@dutyledger/domain';
import { type EventCodec, olderVersion } from '../codec/event-codec';

/** Departments, posts and cadres: their versions, older shapes and shapes of today. */
export function defineOrganisationEvents(codec: EventCodec): EventCodec {
  return codec
    .define('DepartmentRegistered', {
      version: EVENT_SCHEMA_VERSIONS.DepartmentRegistered,
      shape: {
        departmentId: 'string',
        name: 'string',
        level: 'string',
        kind: 'string',
        parentId: 'string or null',
        industries: 'array',
        supervisionAuthority: 'boolean',
        occurredAt: 'string',
      },
    })
    .define('PostEstablished', {
      version: EVENT_SCHEMA_VERSIONS.PostEstablished,
      shape: {
        postId: 'string',
        departmentId: 'string',
        title: 'string',
        rank: 'string',
        businessScope: 'array',
        occurredAt: 'string',
      },
    })
    .define('CadreAppointedToPost', {
      version: EVENT_SCHEMA_VERSIONS.CadreAppointedToPost,
      shape: {
        postId: 'string',
        cadreId: 'string',
        effectiveFrom: 'string',
        eligibilityOverride: 'object or null',
        occurredAt: 'string',
      },
      upcasters: {
        1: olderVersion<CadreAppointedToPostV1Data>(
          { postId: 'string', cadreId: 'string', effectiveFrom: 'string', occurredAt: 'string' },
          (data) => upcastCadreAppointedToPostV1(data),
        ),
      },
    })
    .define('CadreRelievedFromPost', {
      version: EVENT_SCHEMA_VERSIONS.CadreRelievedFromPost,
      shape: {
        postId: 'string',
        cadreId: 'string',
        effectiveFrom: 'string',
        reason: 'string',
        occurredAt: 'string',
      },
    })
    .define('CadreRegistered', {
      version: EVENT_SCHEMA_VERSIONS.CadreRegistered,
      shape: {
        cadreId: 'string',
        name: 'string',
        personnelNumber: 'string',
        managingDepartmentId: 'string',
        occurredAt: 'string',
      },
    });
}

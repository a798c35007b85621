import type { AccidentEvent } from './accident/accident.events';
import type { AssessmentEvent } from './assessment/assessment.events';
import type { AuditRecordRead } from './audit/access-log.events';
import type { CaseEvent } from './case/case.events';
import type { CadreEvent } from './cadre/cadre.events';
import type { DepartmentEvent } from './department/department.events';
import type { DutyEvent } from './duty/duty.events';
import type { PostEvent } from './post/post.events';
import type { ReservationEvent } from './reservation/reservation.events';

/**
 * Every event the ledger stores, as one union told apart by `type`: what a store gives back once
 * the event codec (libs/ledger) has upcast and checked it.
 */
export type DutyLedgerEvent =
  | DepartmentEvent
  | PostEvent
  | CadreEvent
  | DutyEvent
  | AccidentEvent
  | AssessmentEvent
  | ReservationEvent
  | CaseEvent
  | AuditRecordRead;
export type DutyLedgerEventType = DutyLedgerEvent['type'];
/** The member of the union with the stored type `T`. */
export type DutyLedgerEventOf<T extends DutyLedgerEventType> = Extract<
  DutyLedgerEvent,
  { type: T }
>;

type RegisteredEventType =
  | DepartmentEvent['type']
  | PostEvent['type']
  | CadreEvent['type']
  | DutyEvent['type']
  | AccidentEvent['type']
  | AssessmentEvent['type']
  | ReservationEvent['type'];

/**
 * The current schema version of every organisation, duty, accident and assessment event, by
 * stored type name (the event's `type`, which never follows a class name). Raising a version
 * means keeping the old shape in `*.v1.ts` with an upcaster beside it. The compiler checks that
 * every event type is listed and nothing else is.
 */
export const EVENT_SCHEMA_VERSIONS = {
  DepartmentRegistered: 1,
  PostEstablished: 1,
  /** v2 records the eligibility override (`cadre-appointed-to-post.v1.ts`). */
  CadreAppointedToPost: 2,
  CadreRelievedFromPost: 1,
  CadreRegistered: 1,
  DutyAssigned: 1,
  DutyAmended: 1,
  DutyRevoked: 1,
  DutyPerformanceRecorded: 1,
  /** v2 records the kind and the safety impact (`failure-to-perform-recorded.v1.ts`). */
  FailureToPerformRecorded: 2,
  AccidentReported: 1,
  AccidentCasualtiesUpdated: 1,
  AnnualReportSubmitted: 1,
  AnnualAssessmentRecorded: 1,
  AnnualAssessmentCorrected: 1,
  ValueReserved: 1,
} as const satisfies Record<RegisteredEventType, number>;

// Stream names follow `category-id`, so EventStoreDB's category streams ($ce-duty, ...) work.
export const departmentStream = (departmentId: string): string => `department-${departmentId}`;
export const postStream = (postId: string): string => `post-${postId}`;
export const cadreStream = (cadreId: string): string => `cadre-${cadreId}`;
export const dutyStream = (dutyId: string): string => `duty-${dutyId}`;
export const accidentStream = (accidentId: string): string => `accident-${accidentId}`;
/** One stream per cadre and year: the annual report and its assessment. */
export const assessmentStream = (cadreId: string, year: number): string =>
  `assessment-${cadreId}-${year}`;

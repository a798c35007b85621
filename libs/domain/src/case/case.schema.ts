import type { CaseEventType } from './case.events';

/** The stream category of cases: EventStoreDB's `$ce-case` works unchanged. */
export const CASE_STREAM_CATEGORY = 'case';

export function caseStream(caseId: string): string {
  return `${CASE_STREAM_CATEGORY}-${caseId}`;
}

/**
 * Stored type name -> current schema version of every case event. The stored name is the event's
 * `type` and never depends on a class or file name; a new version keeps an upcaster beside it.
 */
export const CASE_EVENT_SCHEMA_VERSIONS: { readonly [Type in CaseEventType]: number } = {
  CaseOpened: 1,
  CaseSubjectNamed: 1,
  FailureCited: 1,
  AccidentCited: 1,
  InvestigationDeadlineSet: 1,
  InvestigatorAssigned: 1,
  InvestigationStarted: 1,
  EvidenceAttached: 1,
  HearingNoticeServed: 1,
  SubjectStatementRecorded: 1,
  /** v2: `hearing`, the circumstances weighed and `recordedBy` (`finding-recorded.v1.ts`). */
  FindingRecorded: 2,
  SanctionWithdrawn: 1,
  SanctionDecided: 1,
  /** v2 records `decidedBy` (`case-decided.v1.ts`). */
  CaseDecided: 2,
  AppealWaived: 1,
  AppealFiled: 1,
  /** v2 records `decidedBy` (`case-decided.v1.ts`). */
  AppealDecided: 2,
  /** v2 records the new `dueAt`; v1 (`deadline-extended.v1.ts`) is upcast by computing it. */
  DeadlineExtended: 2,
  CaseClosed: 1,
  CaseReopened: 1,
};

export const CASE_EVENT_TYPES = Object.keys(CASE_EVENT_SCHEMA_VERSIONS) as readonly CaseEventType[];

export function isCaseEventType(type: string): type is CaseEventType {
  return Object.prototype.hasOwnProperty.call(CASE_EVENT_SCHEMA_VERSIONS, type);
}

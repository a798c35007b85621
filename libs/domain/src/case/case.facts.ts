/**
 * Facts from other streams that a case's rules are checked against. The command handler resolves
 * them (department, duty/failure and accident streams) and passes them in the command's data, so
 * that the case decider stays pure and independent of the other aggregates.
 */

/** A failure's adverse effect as recorded on its duty stream. */
export type CitedAdverseEffect = 'NONE' | 'MINOR' | 'SERIOUS';

/** An accident's derived grade as recorded on its accident stream. */
export type CitedAccidentGrade = 'ESPECIALLY_SERIOUS' | 'SERIOUS' | 'LARGER' | 'GENERAL';

/** The department that opens the case, as its stream knows it. */
export interface OpeningDepartmentFact {
  readonly departmentId: string;
  /** true when the department is the work-safety supervision authority of its level */
  readonly supervisionAuthority: boolean;
}

/** A subject of the case: a cadre with the post held. */
export interface CaseSubject {
  readonly cadreId: string;
  readonly postId: string;
}

/**
 * A subject as the handler found it: the cadre and post exist, and who held that post when the
 * case's accident happened (resolved from the post's appointment history; null when the post was
 * vacant then; undefined when the case has no accident).
 */
export interface CaseSubjectFact extends CaseSubject {
  readonly holderAtAccident?: string | null;
}

/** A failure to perform, cited as grounds (from FailureToPerformRecorded). */
export interface CitedFailure {
  readonly failureId: string;
  readonly dutyId: string;
  readonly postId: string;
  /** when the failure happened */
  readonly occurredAt: string;
  readonly adverseEffect: CitedAdverseEffect;
  /** who held the post at the moment of the failure; null when the post was vacant */
  readonly responsibleCadreId: string | null;
}

/** A cited failure as the handler found it on its duty stream. */
export interface CitedFailureFact extends CitedFailure {
  /**
   * A work-safety failure: on a work-safety duty, or on a business duty recorded with a safety
   * impact (isWorkSafetyFailure). Only these ground pre-accident cases.
   */
  readonly workSafety: boolean;
}

/** The accident a post-accident case is about (from AccidentReported and its updates). */
export interface CitedAccidentFact {
  readonly accidentId: string;
  /** when the accident happened; the investigation deadline counts from it */
  readonly occurredAt: string;
  readonly reported: boolean;
  readonly grade: CitedAccidentGrade;
}

/** The grounds as the case records them. */
export interface CaseGrounds {
  readonly failures: readonly CitedFailure[];
  readonly accident: CitedAccidentFact | null;
}

/** The grounds as the handler found them, for the opening's rules. */
export interface CaseGroundsFacts {
  readonly failures: readonly CitedFailureFact[];
  readonly accident: CitedAccidentFact | null;
}

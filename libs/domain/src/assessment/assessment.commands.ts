import type { Command } from '../shared/decider';
import type { AssessmentGrade } from './assessment.events';

export type SubmitAnnualReport = Command<
  'SubmitAnnualReport',
  {
    readonly cadreId: string;
    readonly year: number;
    readonly statement: string;
    /** the leading posts the cadre held at some time in the year (resolved by the handler) */
    readonly postsHeldInYear: readonly string[];
    /** when the report was submitted (business time); the request time when omitted */
    readonly occurredAt?: string;
  }
>;

export interface AssessmentVerdict {
  readonly cadreId: string;
  readonly year: number;
  readonly score: number;
  readonly grade: AssessmentGrade;
  readonly remarks: string;
  /** when the assessment was made (business time); the request time when omitted */
  readonly occurredAt?: string;
}

export type RecordAnnualAssessment = Command<'RecordAnnualAssessment', AssessmentVerdict>;

export type CorrectAnnualAssessment = Command<
  'CorrectAnnualAssessment',
  AssessmentVerdict & { readonly reason: string }
>;

export type AssessmentCommand =
  SubmitAnnualReport | RecordAnnualAssessment | CorrectAnnualAssessment;

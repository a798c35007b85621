import type { Command } from '../shared/decider';
import type { AssessmentGrade } from './assessment.events';

export type SubmitAnnualReport = Command<
  'SubmitAnnualReport',
  { readonly cadreId: string; readonly year: number; readonly statement: string }
>;

export interface AssessmentVerdict {
  readonly cadreId: string;
  readonly year: number;
  readonly score: number;
  readonly grade: AssessmentGrade;
  readonly remarks: string;
}

export type RecordAnnualAssessment = Command<'RecordAnnualAssessment', AssessmentVerdict>;

export type CorrectAnnualAssessment = Command<
  'CorrectAnnualAssessment',
  AssessmentVerdict & { readonly reason: string }
>;

export type AssessmentCommand =
  SubmitAnnualReport | RecordAnnualAssessment | CorrectAnnualAssessment;

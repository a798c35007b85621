import { type DomainEvent, eventTypesOf } from '../shared/decider';

export const ASSESSMENT_GRADES = [
  'EXCELLENT',
  'COMPETENT',
  'BASICALLY_COMPETENT',
  'INCOMPETENT',
] as const;
export type AssessmentGrade = (typeof ASSESSMENT_GRADES)[number];

export type AnnualReportSubmitted = DomainEvent<
  'AnnualReportSubmitted',
  {
    readonly cadreId: string;
    readonly year: number;
    /** how the two responsibilities were implemented during the year */
    readonly statement: string;
    readonly occurredAt: string;
  }
>;

export type AnnualAssessmentRecorded = DomainEvent<
  'AnnualAssessmentRecorded',
  {
    readonly cadreId: string;
    readonly year: number;
    readonly score: number;
    readonly grade: AssessmentGrade;
    readonly remarks: string;
    readonly occurredAt: string;
  }
>;

/** Replaces the year's assessment; the one it corrects stays in the history. */
export type AnnualAssessmentCorrected = DomainEvent<
  'AnnualAssessmentCorrected',
  {
    readonly cadreId: string;
    readonly year: number;
    readonly score: number;
    readonly grade: AssessmentGrade;
    readonly remarks: string;
    readonly previousScore: number;
    readonly previousGrade: AssessmentGrade;
    readonly reason: string;
    readonly occurredAt: string;
  }
>;

export type AssessmentEvent =
  AnnualReportSubmitted | AnnualAssessmentRecorded | AnnualAssessmentCorrected;

/** Every assessment event type, as the assessment decider reads them. */
export const ASSESSMENT_EVENT_TYPES = eventTypesOf<AssessmentEvent['type']>({
  AnnualReportSubmitted: true,
  AnnualAssessmentRecorded: true,
  AnnualAssessmentCorrected: true,
});

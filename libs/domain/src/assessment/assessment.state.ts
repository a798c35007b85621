import { unreachable } from '../shared/decider';
import type { AssessmentEvent, AssessmentGrade } from './assessment.events';

export interface AnnualAssessment {
  readonly score: number;
  readonly grade: AssessmentGrade;
  readonly remarks: string;
  readonly assessedAt: string;
}

/** One cadre's year: the annual report, then the assessment in force (corrections replace it). */
export interface AssessmentState {
  readonly report: { readonly submittedAt: string } | null;
  readonly assessment: AnnualAssessment | null;
}

export const initialAssessmentState: AssessmentState = { report: null, assessment: null };

export function evolveAssessment(state: AssessmentState, event: AssessmentEvent): AssessmentState {
  switch (event.type) {
    case 'AnnualReportSubmitted':
      return { ...state, report: { submittedAt: event.data.occurredAt } };
    case 'AnnualAssessmentRecorded':
    case 'AnnualAssessmentCorrected': {
      const { score, grade, remarks, occurredAt } = event.data;
      return { ...state, assessment: { score, grade, remarks, assessedAt: occurredAt } };
    }
    default:
      return unreachable(event);
  }
}

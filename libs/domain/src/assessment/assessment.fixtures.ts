import type { RecordAnnualAssessment, SubmitAnnualReport } from './assessment.commands';
import type { AnnualAssessmentRecorded, AnnualReportSubmitted } from './assessment.events';

export const NOW = '2026-01-15T09:00:00.000Z';

export const submit = (
  overrides: Partial<SubmitAnnualReport['data']> = {},
): SubmitAnnualReport => ({
  type: 'SubmitAnnualReport',
  data: {
    cadreId: 'cadre-1',
    year: 2025,
    statement: 'Led 4 quarterly inspections of construction and transport; closed 31 hazards.',
    postsHeldInYear: ['post-1'],
    ...overrides,
  },
});

export const reportSubmitted: AnnualReportSubmitted = {
  type: 'AnnualReportSubmitted',
  data: {
    cadreId: 'cadre-1',
    year: 2025,
    statement: submit().data.statement,
    occurredAt: '2026-01-05T09:00:00.000Z',
  },
};

export const assess = (
  overrides: Partial<RecordAnnualAssessment['data']> = {},
): RecordAnnualAssessment => ({
  type: 'RecordAnnualAssessment',
  data: {
    cadreId: 'cadre-1',
    year: 2025,
    score: 86,
    grade: 'COMPETENT',
    remarks: 'inspections on time',
    ...overrides,
  },
});

export const assessmentRecorded: AnnualAssessmentRecorded = {
  type: 'AnnualAssessmentRecorded',
  data: { ...assess().data, occurredAt: '2026-01-10T09:00:00.000Z' },
};

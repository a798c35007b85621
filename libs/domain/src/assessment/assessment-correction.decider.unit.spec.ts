import { spec } from '../testing/decider-spec';
import type { CorrectAnnualAssessment } from './assessment.commands';
import { assessmentDecider } from './assessment.decider';
import { ASSESSMENT_ERRORS } from './assessment.errors';
import type { AnnualAssessmentCorrected } from './assessment.events';
import { NOW, assess, assessmentRecorded, reportSubmitted } from './assessment.fixtures';

const correct = (
  overrides: Partial<CorrectAnnualAssessment['data']> = {},
): CorrectAnnualAssessment => ({
  type: 'CorrectAnnualAssessment',
  data: {
    ...assess().data,
    score: 58,
    grade: 'INCOMPETENT',
    reason: 'an unreported failure to perform came to light',
    ...overrides,
  },
});

describe('assessment decider: correcting an assessment', () => {
  it('corrects the assessment, keeping what it replaces and why', () => {
    spec(assessmentDecider)
      .given([reportSubmitted, assessmentRecorded])
      .when(correct())
      .then([
        {
          type: 'AnnualAssessmentCorrected',
          data: {
            cadreId: 'cadre-1',
            year: 2025,
            score: 58,
            grade: 'INCOMPETENT',
            remarks: 'inspections on time',
            previousScore: 86,
            previousGrade: 'COMPETENT',
            reason: 'an unreported failure to perform came to light',
            occurredAt: NOW,
          },
        },
      ]);
  });

  it('corrects against the latest correction, not the original', () => {
    const firstCorrection: AnnualAssessmentCorrected = {
      type: 'AnnualAssessmentCorrected',
      data: {
        ...correct().data,
        previousScore: 86,
        previousGrade: 'COMPETENT',
        occurredAt: '2026-01-12T09:00:00.000Z',
      },
    };
    spec(assessmentDecider)
      .given([reportSubmitted, assessmentRecorded, firstCorrection])
      .when(correct({ score: 62, grade: 'BASICALLY_COMPETENT', reason: 'recount of the score' }))
      .then([
        {
          type: 'AnnualAssessmentCorrected',
          data: {
            ...correct().data,
            score: 62,
            grade: 'BASICALLY_COMPETENT',
            previousScore: 58,
            previousGrade: 'INCOMPETENT',
            reason: 'recount of the score',
            occurredAt: NOW,
          },
        },
      ]);
  });

  it('rejects correcting an assessment that was never recorded', () => {
    spec(assessmentDecider)
      .given([reportSubmitted])
      .when(correct())
      .thenRejects(ASSESSMENT_ERRORS.ANNUAL_ASSESSMENT_NOT_RECORDED);
  });

  it('rejects a correction that does not say why', () => {
    spec(assessmentDecider)
      .given([reportSubmitted, assessmentRecorded])
      .when(correct({ reason: '' }))
      .thenRejects(ASSESSMENT_ERRORS.ASSESSMENT_CORRECTION_REASON_REQUIRED);
  });

  it('rejects a corrected score outside 0–100', () => {
    spec(assessmentDecider)
      .given([reportSubmitted, assessmentRecorded])
      .when(correct({ score: 101 }))
      .thenRejects(ASSESSMENT_ERRORS.ASSESSMENT_SCORE_OUT_OF_RANGE);
  });

  it('rejects a correction that changes nothing', () => {
    spec(assessmentDecider)
      .given([reportSubmitted, assessmentRecorded])
      .when(correct({ score: 86, grade: 'COMPETENT' }))
      .thenRejects(ASSESSMENT_ERRORS.ASSESSMENT_CORRECTION_CHANGES_NOTHING);
  });
});

describe('assessment decider: a correction in business time and bands', () => {
  it('rejects a corrected grade that disagrees with the corrected score', () => {
    spec(assessmentDecider)
      .given([reportSubmitted, assessmentRecorded])
      .when(correct({ score: 58, grade: 'BASICALLY_COMPETENT' }))
      .thenRejects(ASSESSMENT_ERRORS.ASSESSMENT_GRADE_MISMATCH);
  });

  it('rejects a correction dated before the assessment it corrects', () => {
    spec(assessmentDecider)
      .given([reportSubmitted, assessmentRecorded])
      .when(correct({ occurredAt: '2026-01-09T09:00:00.000Z' }))
      .thenRejects(ASSESSMENT_ERRORS.CORRECTION_BEFORE_ASSESSMENT);
  });

  it('dates a correction when the caller says it was made', () => {
    spec(assessmentDecider)
      .given([reportSubmitted, assessmentRecorded])
      .when(correct({ occurredAt: '2026-01-12' }))
      .then([
        {
          type: 'AnnualAssessmentCorrected',
          data: {
            cadreId: 'cadre-1',
            year: 2025,
            score: 58,
            grade: 'INCOMPETENT',
            remarks: 'inspections on time',
            previousScore: 86,
            previousGrade: 'COMPETENT',
            reason: 'an unreported failure to perform came to light',
            occurredAt: '2026-01-11T16:00:00.000Z',
          },
        },
      ]);
  });
});

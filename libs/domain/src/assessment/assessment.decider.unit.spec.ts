import { spec } from '../testing/decider-spec';
import { assessmentDecider } from './assessment.decider';
import { ASSESSMENT_ERRORS } from './assessment.errors';
import { NOW, assess, assessmentRecorded, reportSubmitted, submit } from './assessment.fixtures';

describe('assessment decider: annual report', () => {
  it('submits the annual report on the two responsibilities', () => {
    spec(assessmentDecider)
      .given([])
      .when(submit())
      .then([{ ...reportSubmitted, data: { ...reportSubmitted.data, occurredAt: NOW } }]);
  });

  it('rejects submitting the annual report twice', () => {
    spec(assessmentDecider)
      .given([reportSubmitted])
      .when(submit())
      .thenRejects(ASSESSMENT_ERRORS.ANNUAL_REPORT_ALREADY_SUBMITTED);
  });

  it('rejects a report for a year that has not begun', () => {
    spec(assessmentDecider)
      .given([])
      .when(submit({ year: 2027 }))
      .thenRejects(ASSESSMENT_ERRORS.ASSESSMENT_YEAR_INVALID);
  });

  it('rejects a report without a statement', () => {
    spec(assessmentDecider)
      .given([])
      .when(submit({ statement: ' ' }))
      .thenRejects(ASSESSMENT_ERRORS.ANNUAL_REPORT_STATEMENT_REQUIRED);
  });
});

describe('assessment decider: annual assessment', () => {
  it('records the assessment once the annual report is in', () => {
    spec(assessmentDecider)
      .given([reportSubmitted])
      .when(assess())
      .then([{ ...assessmentRecorded, data: { ...assessmentRecorded.data, occurredAt: NOW } }]);
  });

  it.each([0, 100])('accepts the score %i at the edge of the range', (score) => {
    spec(assessmentDecider)
      .given([reportSubmitted])
      .when(assess({ score }))
      .then([
        { ...assessmentRecorded, data: { ...assessmentRecorded.data, score, occurredAt: NOW } },
      ]);
  });

  it('rejects an assessment before the annual report', () => {
    spec(assessmentDecider)
      .given([])
      .when(assess())
      .thenRejects(ASSESSMENT_ERRORS.ANNUAL_REPORT_REQUIRED);
  });

  it('rejects a second assessment of the same cadre and year', () => {
    spec(assessmentDecider)
      .given([reportSubmitted, assessmentRecorded])
      .when(assess({ score: 90, grade: 'EXCELLENT' }))
      .thenRejects(ASSESSMENT_ERRORS.ANNUAL_ASSESSMENT_ALREADY_RECORDED);
  });

  it.each([-1, 100.5, Number.NaN])('rejects the score %d outside 0–100', (score) => {
    spec(assessmentDecider)
      .given([reportSubmitted])
      .when(assess({ score }))
      .thenRejects(ASSESSMENT_ERRORS.ASSESSMENT_SCORE_OUT_OF_RANGE);
  });
});

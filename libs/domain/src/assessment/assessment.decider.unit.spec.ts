import { gradeBands } from '../policies/assessment-grades';
import { BUSINESS_TIME_IN_FUTURE } from '../shared/business-time';
import { decidedAt, spec } from '../testing/decider-spec';
import { assessmentDecider, createAssessmentDecider } from './assessment.decider';
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

  it.each([
    [0, 'INCOMPETENT'],
    [100, 'EXCELLENT'],
  ] as const)('accepts the score %i at the edge of the range, graded %s', (score, grade) => {
    spec(assessmentDecider)
      .given([reportSubmitted])
      .when(assess({ score, grade }))
      .then([
        {
          ...assessmentRecorded,
          data: { ...assessmentRecorded.data, score, grade, occurredAt: NOW },
        },
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

describe('assessment decider: only for a year in which the cadre held a post', () => {
  it('rejects a report for a year in which the cadre held no leading post', () => {
    spec(assessmentDecider)
      .given([])
      .when(submit({ year: 2001, postsHeldInYear: [] }))
      .thenRejects(ASSESSMENT_ERRORS.NO_POST_HELD_IN_YEAR);
  });
});

describe('assessment decider: the year in the jurisdiction’s calendar', () => {
  // 00:30 on 1 January 2026 in Beijing is still 2025 in UTC
  const newYearInBeijing = decidedAt('2025-12-31T16:30:00.000Z');

  it('accepts a report for the year just begun in Beijing time', () => {
    spec(assessmentDecider, newYearInBeijing)
      .given([])
      .when(submit({ year: 2026 }))
      .then([
        {
          type: 'AnnualReportSubmitted',
          data: {
            ...reportSubmitted.data,
            year: 2026,
            occurredAt: '2025-12-31T16:30:00.000Z',
          },
        },
      ]);
  });

  it('rejects a report for the next year, not begun in Beijing time', () => {
    spec(assessmentDecider, newYearInBeijing)
      .given([])
      .when(submit({ year: 2027 }))
      .thenRejects(ASSESSMENT_ERRORS.ASSESSMENT_YEAR_INVALID);
  });

  it('rejects a report dated before its year began in Beijing time', () => {
    spec(assessmentDecider)
      .given([])
      .when(submit({ year: 2026, occurredAt: '2025-12-31T23:59:59+08:00' }))
      .thenRejects(ASSESSMENT_ERRORS.ANNUAL_REPORT_BEFORE_YEAR);
  });

  it('accepts a report dated the first instant of its year in Beijing time', () => {
    spec(assessmentDecider)
      .given([])
      .when(submit({ year: 2026, occurredAt: '2026-01-01' }))
      .then([
        {
          type: 'AnnualReportSubmitted',
          data: { ...reportSubmitted.data, year: 2026, occurredAt: '2025-12-31T16:00:00.000Z' },
        },
      ]);
  });

  it('rejects a report dated in the future', () => {
    spec(assessmentDecider)
      .given([])
      .when(submit({ occurredAt: '2026-01-16' }))
      .thenRejects(BUSINESS_TIME_IN_FUTURE);
  });
});

describe('assessment decider: the grade agrees with the score', () => {
  it('rejects a score of 96 graded INCOMPETENT, naming both bands', () => {
    spec(assessmentDecider)
      .given([reportSubmitted])
      .when(assess({ score: 96, grade: 'INCOMPETENT' }))
      .thenRejects(
        ASSESSMENT_ERRORS.ASSESSMENT_GRADE_MISMATCH,
        'A score of 96 is EXCELLENT (90 and above), not INCOMPETENT (below 60)',
      );
  });

  it('grades by the bands the decider is configured with', () => {
    const strict = createAssessmentDecider(gradeBands({ EXCELLENT: 95 }));
    spec(strict)
      .given([reportSubmitted])
      .when(assess({ score: 92, grade: 'COMPETENT' }))
      .then([
        {
          ...assessmentRecorded,
          data: { ...assessmentRecorded.data, score: 92, grade: 'COMPETENT', occurredAt: NOW },
        },
      ]);
  });

  it('rejects under the default bands what configured bands accept', () => {
    spec(assessmentDecider)
      .given([reportSubmitted])
      .when(assess({ score: 92, grade: 'COMPETENT' }))
      .thenRejects(ASSESSMENT_ERRORS.ASSESSMENT_GRADE_MISMATCH);
  });
});

describe('assessment decider: the assessment follows the report', () => {
  it('rejects an assessment dated before the annual report', () => {
    spec(assessmentDecider)
      .given([reportSubmitted])
      .when(assess({ occurredAt: '2026-01-05T16:59:59+08:00' }))
      .thenRejects(ASSESSMENT_ERRORS.ASSESSMENT_BEFORE_REPORT);
  });

  it('records an assessment dated the instant of the report', () => {
    const { occurredAt } = reportSubmitted.data;
    spec(assessmentDecider)
      .given([reportSubmitted])
      .when(assess({ occurredAt }))
      .then([{ ...assessmentRecorded, data: { ...assessmentRecorded.data, occurredAt } }]);
  });
});

import { ASSESSMENT_EVENT_TYPES } from './assessment.events';
import type { DecisionContext, Decider } from '../shared/decider';
import { unreachable } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { businessTimeOf, requireNotBefore } from '../shared/business-time';
import type { GradeBands } from '../policies/assessment-grades';
import { DEFAULT_GRADE_BANDS } from '../policies/assessment-grades';
import type {
  AssessmentCommand,
  CorrectAnnualAssessment,
  RecordAnnualAssessment,
  SubmitAnnualReport,
} from './assessment.commands';
import { ASSESSMENT_ERRORS } from './assessment.errors';
import type { AssessmentEvent } from './assessment.events';
import { checkVerdict, checkYear } from './assessment.rules';
import type { AssessmentState } from './assessment.state';
import { evolveAssessment, initialAssessmentState } from './assessment.state';

function submit(
  command: SubmitAnnualReport,
  state: AssessmentState,
  context: DecisionContext,
): AssessmentEvent[] {
  const { cadreId, year, statement, postsHeldInYear } = command.data;
  if (state.report !== null) {
    throw new DomainError(
      ASSESSMENT_ERRORS.ANNUAL_REPORT_ALREADY_SUBMITTED,
      `Cadre ${cadreId} has already submitted the annual report for ${year}`,
    );
  }
  checkYear(year, context);
  if (postsHeldInYear.length === 0) {
    throw new DomainError(
      ASSESSMENT_ERRORS.NO_POST_HELD_IN_YEAR,
      `Cadre ${cadreId} held no leading post in ${year}: there is no annual report or assessment for that year`,
    );
  }
  if (statement.trim() === '') {
    throw new DomainError(
      ASSESSMENT_ERRORS.ANNUAL_REPORT_STATEMENT_REQUIRED,
      'The annual report states how the two responsibilities were implemented',
    );
  }
  const occurredAt = businessTimeOf(command.data.occurredAt, context, 'occurredAt');
  const yearBegan = context.calendar.periodStart(String(year));
  requireNotBefore(
    occurredAt,
    yearBegan,
    ASSESSMENT_ERRORS.ANNUAL_REPORT_BEFORE_YEAR,
    () => `The ${year} report cannot have been submitted at ${occurredAt}, before the year began`,
  );
  return [{ type: 'AnnualReportSubmitted', data: { cadreId, year, statement, occurredAt } }];
}

function record(
  command: RecordAnnualAssessment,
  state: AssessmentState,
  context: DecisionContext,
  bands: GradeBands,
): AssessmentEvent[] {
  const { cadreId, year, score, grade, remarks } = command.data;
  const { report } = state;
  if (report === null) {
    throw new DomainError(
      ASSESSMENT_ERRORS.ANNUAL_REPORT_REQUIRED,
      `Cadre ${cadreId} has not submitted the annual report for ${year}`,
    );
  }
  if (state.assessment !== null) {
    throw new DomainError(
      ASSESSMENT_ERRORS.ANNUAL_ASSESSMENT_ALREADY_RECORDED,
      `Cadre ${cadreId} is already assessed for ${year}; correct the assessment instead`,
    );
  }
  checkVerdict(score, grade, bands);
  const occurredAt = businessTimeOf(command.data.occurredAt, context, 'occurredAt');
  requireNotBefore(
    occurredAt,
    report.submittedAt,
    ASSESSMENT_ERRORS.ASSESSMENT_BEFORE_REPORT,
    () => `The ${year} assessment cannot precede the annual report (${report.submittedAt})`,
  );
  return [
    {
      type: 'AnnualAssessmentRecorded',
      data: { cadreId, year, score, grade, remarks, occurredAt },
    },
  ];
}

function correct(
  command: CorrectAnnualAssessment,
  state: AssessmentState,
  context: DecisionContext,
  bands: GradeBands,
): AssessmentEvent[] {
  const { cadreId, year, score, grade, remarks, reason } = command.data;
  const previous = state.assessment;
  if (previous === null) {
    throw new DomainError(
      ASSESSMENT_ERRORS.ANNUAL_ASSESSMENT_NOT_RECORDED,
      `Cadre ${cadreId} has no assessment for ${year} to correct`,
    );
  }
  if (reason.trim() === '') {
    throw new DomainError(
      ASSESSMENT_ERRORS.ASSESSMENT_CORRECTION_REASON_REQUIRED,
      'A correction says what was wrong',
    );
  }
  checkVerdict(score, grade, bands);
  if (score === previous.score && grade === previous.grade && remarks === previous.remarks) {
    throw new DomainError(
      ASSESSMENT_ERRORS.ASSESSMENT_CORRECTION_CHANGES_NOTHING,
      `The correction leaves the ${year} assessment of cadre ${cadreId} as it is`,
    );
  }
  return [
    {
      type: 'AnnualAssessmentCorrected',
      data: {
        cadreId,
        year,
        score,
        grade,
        remarks,
        previousScore: previous.score,
        previousGrade: previous.grade,
        reason,
        occurredAt: correctedAt(command, previous.assessedAt, context),
      },
    },
  ];
}

function correctedAt(
  command: CorrectAnnualAssessment,
  assessedAt: string,
  context: DecisionContext,
): string {
  const at = businessTimeOf(command.data.occurredAt, context, 'occurredAt');
  requireNotBefore(
    at,
    assessedAt,
    ASSESSMENT_ERRORS.CORRECTION_BEFORE_ASSESSMENT,
    () => `A correction cannot precede the assessment it corrects (${assessedAt})`,
  );
  return at;
}

export type AssessmentDecider = Decider<AssessmentCommand, AssessmentEvent, AssessmentState>;

/** The annual assessment decider with the given grade bands (the defaults when left out). */
export function createAssessmentDecider(
  bands: GradeBands = DEFAULT_GRADE_BANDS,
): AssessmentDecider {
  return {
    initialState: initialAssessmentState,
    eventTypes: ASSESSMENT_EVENT_TYPES,
    evolve: evolveAssessment,
    decide(command, state, context) {
      switch (command.type) {
        case 'SubmitAnnualReport':
          return submit(command, state, context);
        case 'RecordAnnualAssessment':
          return record(command, state, context, bands);
        case 'CorrectAnnualAssessment':
          return correct(command, state, context, bands);
        default:
          return unreachable(command);
      }
    },
  };
}

/** The annual assessment decider with the default bands (90 / 75 / 60). */
export const assessmentDecider: AssessmentDecider = createAssessmentDecider();

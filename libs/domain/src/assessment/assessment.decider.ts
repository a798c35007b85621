import type { DecisionContext, Decider } from '../shared/decider';
import { unreachable } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type {
  AssessmentCommand,
  CorrectAnnualAssessment,
  RecordAnnualAssessment,
  SubmitAnnualReport,
} from './assessment.commands';
import { ASSESSMENT_ERRORS } from './assessment.errors';
import type { AssessmentEvent } from './assessment.events';
import { checkScore, checkYear } from './assessment.rules';
import type { AssessmentState } from './assessment.state';
import { evolveAssessment, initialAssessmentState } from './assessment.state';

function submit(
  command: SubmitAnnualReport,
  state: AssessmentState,
  context: DecisionContext,
): AssessmentEvent[] {
  const { cadreId, year, statement } = command.data;
  if (state.report !== null) {
    throw new DomainError(
      ASSESSMENT_ERRORS.ANNUAL_REPORT_ALREADY_SUBMITTED,
      `Cadre ${cadreId} has already submitted the annual report for ${year}`,
    );
  }
  checkYear(year, context);
  if (statement.trim() === '') {
    throw new DomainError(
      ASSESSMENT_ERRORS.ANNUAL_REPORT_STATEMENT_REQUIRED,
      'The annual report states how the two responsibilities were implemented',
    );
  }
  const occurredAt = context.now.toISOString();
  return [{ type: 'AnnualReportSubmitted', data: { cadreId, year, statement, occurredAt } }];
}

function record(
  command: RecordAnnualAssessment,
  state: AssessmentState,
  context: DecisionContext,
): AssessmentEvent[] {
  const { cadreId, year, score, grade, remarks } = command.data;
  if (state.report === null) {
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
  checkScore(score);
  const occurredAt = context.now.toISOString();
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
  checkScore(score);
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
        occurredAt: context.now.toISOString(),
      },
    },
  ];
}

export const assessmentDecider: Decider<AssessmentCommand, AssessmentEvent, AssessmentState> = {
  initialState: initialAssessmentState,
  evolve: evolveAssessment,
  decide(command, state, context) {
    switch (command.type) {
      case 'SubmitAnnualReport':
        return submit(command, state, context);
      case 'RecordAnnualAssessment':
        return record(command, state, context);
      case 'CorrectAnnualAssessment':
        return correct(command, state, context);
      default:
        return unreachable(command);
    }
  },
};

import { Module } from '@nestjs/common';
import { CorrectAnnualAssessmentHandler } from './correct-annual-assessment/correct-annual-assessment.handler';
import { CorrectAnnualAssessmentController } from './correct-annual-assessment/correct-annual-assessment.http';
import { RecordAnnualAssessmentHandler } from './record-annual-assessment/record-annual-assessment.handler';
import { RecordAnnualAssessmentController } from './record-annual-assessment/record-annual-assessment.http';
import { SubmitAnnualReportHandler } from './submit-annual-report/submit-annual-report.handler';
import { SubmitAnnualReportController } from './submit-annual-report/submit-annual-report.http';

import { assessmentDeciderProvider } from './assessment-decider.provider';

/** The assessments use cases: one folder each (controller, DTO, command, handler). */
@Module({
  controllers: [
    SubmitAnnualReportController,
    RecordAnnualAssessmentController,
    CorrectAnnualAssessmentController,
  ],
  providers: [
    assessmentDeciderProvider,
    SubmitAnnualReportHandler,
    RecordAnnualAssessmentHandler,
    CorrectAnnualAssessmentHandler,
  ],
})
export class AssessmentsModule {}

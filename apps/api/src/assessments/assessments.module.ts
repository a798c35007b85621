import { Module } from '@nestjs/common';
import { assessmentDeciderProvider } from './assessment-decider.provider';
import { useCasesIn } from '../platform/use-cases';

/** The assessments use cases: one folder each (controller, DTO, command, handler), gathered from here. */
const ASSESSMENTS = useCasesIn(__dirname);

@Module({
  controllers: ASSESSMENTS.controllers,
  providers: [assessmentDeciderProvider, ...ASSESSMENTS.handlers],
})
export class AssessmentsModule {}

import { Module } from '@nestjs/common';

/** The assessments use cases: one folder each (controller, DTO, command, handler). */
@Module({
  controllers: [],
  providers: [],
})
export class AssessmentsModule {}

import { Module } from '@nestjs/common';
import { GetCaseController } from './get-case/get-case.http';
import { GetCaseTimelineController } from './get-case-timeline/get-case-timeline.http';
import { ListCasesController } from './list-cases/list-cases.http';
import { ListClosedCasesController } from './list-closed-cases/list-closed-cases.http';

/** Reading cases: the caseworker queue, closed cases, a case's header and its timeline (read models). */
@Module({
  controllers: [
    ListClosedCasesController,
    ListCasesController,
    GetCaseController,
    GetCaseTimelineController,
  ],
})
export class CaseQueriesModule {}

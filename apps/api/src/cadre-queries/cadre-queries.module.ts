import { Module } from '@nestjs/common';
import { CadreEligibilityReader } from './cadre-eligibility.reader';
import { GetCadreAssessmentController } from './get-cadre-assessment/get-cadre-assessment.http';
import { GetCadreEligibilityController } from './get-cadre-eligibility/get-cadre-eligibility.http';
import { GetCadreHistoryController } from './get-cadre-history/get-cadre-history.http';
import { ListCadresController } from './list-cadres/list-cadres.http';

/**
 * The cadre assessment history, appointment eligibility and the assessor's brief of a year, read
 * from the read models.
 */
@Module({
  controllers: [
    ListCadresController,
    GetCadreHistoryController,
    GetCadreEligibilityController,
    GetCadreAssessmentController,
  ],
  providers: [CadreEligibilityReader],
})
export class CadreQueriesModule {}

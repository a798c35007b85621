import { Module } from '@nestjs/common';
import { GetCadreEligibilityController } from './get-cadre-eligibility/get-cadre-eligibility.http';
import { GetCadreHistoryController } from './get-cadre-history/get-cadre-history.http';
import { ListCadresController } from './list-cadres/list-cadres.http';

/** The cadre assessment history and appointment eligibility, read from the read models. */
@Module({
  controllers: [ListCadresController, GetCadreHistoryController, GetCadreEligibilityController],
})
export class CadreQueriesModule {}

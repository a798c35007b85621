import { Controller, Get, NotFoundException, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import { UuidParam } from '../../platform/http/uuid-param';
import { PERSONAL_DETAILS_ROLES } from '../../platform/auth/personal-details';
import { type CadreEligibility, CadreEligibilityReader } from '../cadre-eligibility.reader';
import { CadreEligibilityQuery } from './get-cadre-eligibility.dto';

@ApiTags('cadres')
@Controller('cadres')
export class GetCadreEligibilityController {
  constructor(private readonly eligibility: CadreEligibilityReader) {}

  @Get(':cadreId/eligibility')
  @Allow(...PERSONAL_DETAILS_ROLES)
  @ApiOkResponse({
    description:
      'Appointment eligibility as of a moment: {cadreId, asOf, eligible, blocks: [{reason: OPEN_CASE | SANCTION_INFLUENCE_PERIOD | INCOMPETENT_GRADE, detail, until?, sourceEventIds}]}. A date alone means the end of that day in DUTYLEDGER_TIME_ZONE; influence periods are DUTYLEDGER_SANCTION_INFLUENCE_MONTHS (an expulsion blocks for good; referrals block nothing)',
  })
  @ApiBadRequestResponse({ description: 'asOf is not an ISO-8601 date or zoned date-time' })
  @ApiNotFoundResponse({ description: 'No such cadre (or not projected yet)' })
  @ApiForbiddenResponse({ description: 'Personal details: not for VIEWER' })
  async get(
    @UuidParam('cadreId') cadreId: string,
    @Query() query: CadreEligibilityQuery,
  ): Promise<CadreEligibility> {
    const answer = await this.eligibility.of(cadreId, this.eligibility.asOf(query.asOf));
    if (answer === null) throw new NotFoundException(`Cadre ${cadreId} was not found`);
    return answer;
  }
}

import { Controller, Get, Inject, NotFoundException, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { DutyLedgerConfig } from '@dutyledger/config';
import {
  type EligibilityBlock,
  type EligibilityPolicy,
  type JurisdictionCalendar,
  appointmentEligibility,
  eligibilityPolicy,
} from '@dutyledger/domain';
import { CALENDAR, CLOCK, CONFIG, type Clock, READ_MODELS } from '@dutyledger/wiring';
import { eligibilityFactsOf } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { UuidParam } from '../../platform/http/uuid-param';
import { PERSONAL_DETAILS_ROLES } from '../../platform/auth/personal-details';
import { CadreEligibilityQuery } from './get-cadre-eligibility.dto';

export interface CadreEligibility {
  cadreId: string;
  asOf: string;
  eligible: boolean;
  blocks: EligibilityBlock[];
}

@ApiTags('cadres')
@Controller('cadres')
export class GetCadreEligibilityController {
  /** The influence periods: the domain's defaults with the configured overrides. */
  private readonly policy: EligibilityPolicy;

  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDAR) private readonly calendar: JurisdictionCalendar,
    @Inject(CONFIG) config: DutyLedgerConfig,
  ) {
    this.policy = eligibilityPolicy(config.policy.sanctionInfluenceMonths);
  }

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
    const facts = await eligibilityFactsOf(this.readModels, cadreId);
    if (facts === null) throw new NotFoundException(`Cadre ${cadreId} was not found`);
    const asOf = this.calendar.asOf(query.asOf ?? this.clock().toISOString());
    return { cadreId, asOf, ...appointmentEligibility(asOf, facts, this.policy, this.calendar) };
  }
}

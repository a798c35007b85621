import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { type JurisdictionCalendar, eligibilityPolicy } from '@dutyledger/domain';
import { CALENDAR, CONFIG, READ_MODELS } from '@dutyledger/wiring';
import {
  type CadreHistory,
  type InfluenceReading,
  findCadreHistory,
} from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { UuidParam } from '../../platform/http/uuid-param';
import { PERSONAL_DETAILS_ROLES } from '../../platform/auth/personal-details';

@ApiTags('cadres')
@Controller('cadres')
export class GetCadreHistoryController {
  /** How measures weigh on appointment: the configured influence periods, local months. */
  private readonly influence: InfluenceReading;

  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CALENDAR) calendar: JurisdictionCalendar,
    @Inject(CONFIG) config: DutyLedgerConfig,
  ) {
    this.influence = {
      policy: eligibilityPolicy(config.policy.sanctionInfluenceMonths),
      calendar,
    };
  }

  @Get(':cadreId')
  @Allow(...PERSONAL_DETAILS_ROLES)
  @ApiOkResponse({
    description:
      'The assessment history: {cadre, posts (with any eligibility override of the appointment), duties, failures (kind, safety impact, workSafety), cases, findings (hearing basis, aggravating and mitigating circumstances, recordedBy), sanctions (category MEASURE or REFERRAL, influence on appointment and until when), reports, assessments}; every item names the events it rests on (sourceEventIds)',
  })
  @ApiNotFoundResponse({ description: 'No such cadre (or not projected yet)' })
  @ApiForbiddenResponse({ description: 'Personal details: not for VIEWER' })
  async get(@UuidParam('cadreId') cadreId: string): Promise<CadreHistory> {
    const history = await findCadreHistory(this.readModels, cadreId, this.influence);
    if (history === null) throw new NotFoundException(`Cadre ${cadreId} was not found`);
    return history;
  }
}

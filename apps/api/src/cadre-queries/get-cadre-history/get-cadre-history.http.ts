import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { READ_MODELS } from '@dutyledger/platform';
import { type CadreHistory, findCadreHistory } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { UuidParam } from '../../platform/http/uuid-param';
import { PERSONAL_DETAILS_ROLES } from '../../platform/auth/personal-details';

@ApiTags('cadres')
@ApiBearerAuth()
@Controller('cadres')
export class GetCadreHistoryController {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Get(':cadreId')
  @Allow(...PERSONAL_DETAILS_ROLES)
  @ApiOkResponse({
    description:
      'The assessment history: {cadre, posts, duties, failures, cases, findings, sanctions, assessments}; every item names the events it rests on (sourceEventIds)',
  })
  @ApiNotFoundResponse({ description: 'No such cadre (or not projected yet)' })
  @ApiForbiddenResponse({ description: 'Personal details: not for VIEWER' })
  async get(@UuidParam('cadreId') cadreId: string): Promise<CadreHistory> {
    const history = await findCadreHistory(this.readModels, cadreId);
    if (history === null) throw new NotFoundException(`Cadre ${cadreId} was not found`);
    return history;
  }
}

import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { READ_MODELS } from '@dutyledger/wiring';
import { type DutyPage, dutyPage } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { PERSONAL_DETAILS_ROLES } from '../../platform/auth/personal-details';
import { UuidParam } from '../../platform/http/uuid-param';

@ApiTags('duties')
@Controller('duties')
export class GetDutyController {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Get(':dutyId')
  @Allow(...PERSONAL_DETAILS_ROLES)
  @ApiOperation({
    summary:
      'One duty: its terms as amended, its post and department, who held the post over time, performances recorded (work-safety duties), failures with the cadre answering for each, and the cases citing a failure as grounds',
  })
  @ApiOkResponse({
    description:
      '{dutyId, category, title, principle, industries, cadence, basis, assignedAt, revokedAt, revocationReason, amendments, post: {postId, title, departmentId, departmentName}, holders: [{cadreId, name, heldFrom, heldUntil}], performances: [{performanceId, period, performedAt, due}], failures: [{failureId, occurredAt, kind, adverseEffect, description, cadreId, cadreName}], cases: [{caseId, failureId, citedAt}]}',
  })
  @ApiBadRequestResponse({ description: 'dutyId is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such duty (or not projected yet)' })
  @ApiForbiddenResponse({ description: 'Personal details (who held the post): not for VIEWER' })
  async get(@UuidParam('dutyId') dutyId: string): Promise<DutyPage> {
    const page = await dutyPage(this.readModels, dutyId);
    if (page === null) throw new NotFoundException(`Duty ${dutyId} was not found`);
    return page;
  }
}
